using CorsKit.Browser.Tests.Infrastructure;

namespace CorsKit.Browser.Tests.Scenarios;

/// <summary>The two origin patterns, and the look-alike origins they must refuse.</summary>
public sealed class OriginPatternTests(BrowserSuite suite) : BrowserScenario(suite)
{
    private Task<ApiServer> SubdomainApiAsync() =>
        Suite.CorsKitApiAsync("subdomain-pattern", options => options.Origins.Add(Suite.Pages.Origin("*.app.test")));

    private Task<ApiServer> AnyPortApiAsync() =>
        Suite.CorsKitApiAsync("any-port-pattern", options => options.Origins.Add("http://app.test:*"));

    [Theory]
    [InlineData("x.app.test")]
    [InlineData("a.b.app.test")]
    public async Task A_subdomain_pattern_allows_subdomains_at_any_depth(string host)
    {
        var api = await SubdomainApiAsync();
        var page = await PageAsync(host);

        var verdict = BrowserAssert.Allowed(await page.FetchAsync(api.Url(ApiServer.NewPath("subdomain-allowed"))));

        Assert.Equal(page.Origin, verdict.Echo.Origin);
    }

    [Theory]
    [InlineData("app.test", false)] // the apex is not a subdomain of itself
    [InlineData("evilapp.test", false)] // ends with "app.test" but is not under it
    [InlineData("app.test.evil.test", false)] // starts with it
    [InlineData("x.app.test", true)] // right host, wrong port
    public async Task A_subdomain_pattern_refuses_look_alikes(string host, bool otherPort)
    {
        var api = await SubdomainApiAsync();
        var page = await PageAsync(host, otherPort);
        var path = ApiServer.NewPath("subdomain-refused");

        BrowserAssert.Blocked(await page.FetchAsync(api.Url(path)));

        Assert.Equal(page.Origin, Assert.Single(api.Log.ActualRequestsFor(path)).Origin);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_any_port_pattern_allows_the_host_on_every_port(bool otherPort)
    {
        var api = await AnyPortApiAsync();
        var page = await PageAsync(otherPort: otherPort);

        var verdict = BrowserAssert.Allowed(await page.FetchAsync(api.Url(ApiServer.NewPath("any-port-allowed"))));

        Assert.Equal(page.Origin, verdict.Echo.Origin);
    }

    [Theory]
    [InlineData("other.test")]
    [InlineData("x.app.test")]
    public async Task An_any_port_pattern_refuses_other_hosts(string host)
    {
        var api = await AnyPortApiAsync();
        var page = await PageAsync(host);
        var path = ApiServer.NewPath("any-port-refused");

        BrowserAssert.Blocked(await page.FetchAsync(api.Url(path)));

        Assert.Single(api.Log.ActualRequestsFor(path));
    }
}
