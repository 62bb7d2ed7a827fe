using CorsKit.Browser.Tests.Infrastructure;

namespace CorsKit.Browser.Tests.Harness;

/// <summary>How the suite finds its browser, and that a missing one fails loudly with what to install.</summary>
public sealed class ChromiumLocatorTests
{
    [Fact]
    public void The_override_variable_wins()
    {
        var found = ChromiumLocator.Find(Env(("CORSKIT_CHROMIUM", "/opt/chromium/chrome")), path => path is "/opt/chromium/chrome" or "/usr/bin/chromium");

        Assert.Equal("/opt/chromium/chrome", found);
    }

    [Fact]
    public void Debian_chromium_comes_before_PATH()
    {
        var found = ChromiumLocator.Find(Env(("PATH", "/snap/bin")), path => path is "/usr/bin/chromium" or "/snap/bin/chromium");

        Assert.Equal("/usr/bin/chromium", found);
    }

    [Fact]
    public void Chromium_on_PATH_is_the_last_resort()
    {
        var found = ChromiumLocator.Find(Env(("PATH", "/a:/snap/bin")), path => path == "/snap/bin/chromium");

        Assert.Equal("/snap/bin/chromium", found);
    }

    [Theory]
    [InlineData("true")]
    [InlineData(null)]
    public void A_missing_browser_fails_with_what_to_install_in_CI_and_locally(string? ci)
    {
        var error = Assert.Throws<InvalidOperationException>(() => ChromiumLocator.Find(Env(("PATH", "/usr/local/bin"), ("CI", ci)), _ => false));

        Assert.Contains("install Debian's chromium: apt-get install chromium", error.Message);
    }

    [Fact]
    public void An_override_pointing_nowhere_fails_naming_the_variable_and_the_value()
    {
        var error = Assert.Throws<InvalidOperationException>(() => ChromiumLocator.Find(Env(("CORSKIT_CHROMIUM", "/nope")), _ => false));

        Assert.Contains("CORSKIT_CHROMIUM is \"/nope\"", error.Message);
    }

    private static Func<string, string?> Env(params (string Name, string? Value)[] variables) =>
        name => variables.FirstOrDefault(v => v.Name == name).Value;
}
