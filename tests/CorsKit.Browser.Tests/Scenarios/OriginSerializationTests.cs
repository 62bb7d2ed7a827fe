using CorsKit.Browser.Tests.Infrastructure;
using CorsKit.Policy;

namespace CorsKit.Browser.Tests.Scenarios;

/// <summary>
/// A configured origin means what Chromium sends: CorsKit stores each one as Chromium serializes the same text
/// (<c>new URL(text).origin</c>, the value of <c>Origin</c> for a page there), or refuses it, naming Chromium's form
/// where there is one. International names and IP addresses are where hand-rolled serializers go wrong.
/// </summary>
public sealed class OriginSerializationTests(BrowserSuite suite) : BrowserScenario(suite)
{
    private const string ChromiumOrigin = "text => { try { return new URL(text).origin; } catch { return 'invalid URL'; } }";

    [Theory]
    [InlineData("https://BÜCHER.Example")]
    [InlineData("https://\uFF21\uFF30\uFF30.example.com")]   // fullwidth ＡＰＰ
    [InlineData("https://e\u0301xample.com")]                // é decomposed
    [InlineData("https://ex\u00ADample.com")]                // a soft hyphen
    [InlineData("https://app\u3002example\uFF0Ecom")]        // ideographic and fullwidth dots
    [InlineData("https://faß.de")]
    [InlineData("https://xn--bcher-kva.example")]
    [InlineData("HTTPS://App.Example.COM:443")]
    [InlineData("http://[::ffff:7f7f:7f7f]:90")]
    [InlineData("http://[::ffff:127.0.0.1]:90")]
    [InlineData("http://[2001:DB8:0:0:1:0:0:1]")]
    [InlineData("http://[0:0:0:0:0:0:0:1]:5173")]
    public async Task A_configured_origin_is_stored_as_Chromium_serializes_it(string configured)
    {
        var page = await PageAsync();
        var chromium = await page.EvaluateAsync<string>(ChromiumOrigin, configured);

        var compilation = Compile(configured);

        Assert.True(compilation.Succeeded, string.Join("; ", compilation.Errors));
        Assert.Equal(chromium, Assert.Single(compilation.Policy!.Origins));
    }

    [Theory]
    [InlineData("http://0x7f.0.0.1:3000")]
    [InlineData("http://0177.0.0.1:3000")]
    [InlineData("http://127.1:3000")]
    [InlineData("http://2130706433")]
    public async Task An_address_in_a_form_browsers_never_send_is_refused_with_Chromiums_form(string configured)
    {
        var page = await PageAsync();
        var chromium = await page.EvaluateAsync<string>(ChromiumOrigin, configured);

        var problem = Assert.Single(Compile(configured).Errors);

        Assert.Equal($"Write \"{chromium}\".", problem.Fix);
    }

    [Theory]
    [InlineData("http://foo.bar.255:6060")]
    [InlineData("http://[fe80::1ff:fe23:4567:890a%eth2]:90")]
    [InlineData("http://1.2.3.4.5")]
    [InlineData("https://app\u0378.example")]   // an unassigned code point
    [InlineData("https://a\u200Db.example")]     // a zero width joiner outside the context that allows it
    public async Task A_host_Chromium_rejects_is_refused(string configured)
    {
        var page = await PageAsync();
        Assert.Equal("invalid URL", await page.EvaluateAsync<string>(ChromiumOrigin, configured));

        Assert.False(Compile(configured).Succeeded);
    }

    // CorsKit.Server runs with invariant globalization, where .NET's own IDN mapping folds no case: the page at the
    // international name must still be allowed by the origin written in capitals.
    [Fact]
    public async Task The_server_allows_a_page_at_an_international_name_configured_in_capitals()
    {
        var port = new Uri(Suite.Pages.Origin(BrowserSuite.AppHost)).Port;
        var server = await Suite.ServerAsync("international-origin", () => Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>
        {
            ["CORS_ORIGINS"] = $"http://BÜCHER.test:{port}",
            ["CORS_CREDENTIALS"] = "false",
        }));
        var page = await PageAsync("bücher.test");

        var verdict = BrowserAssert.Allowed(await page.FetchAsync(new Uri(server.BaseAddress, "/echo").ToString()));

        Assert.Contains($"\"Origin\": \"http://xn--bcher-kva.test:{port}\"", verdict.Body, StringComparison.Ordinal);
    }

    private static CorsPolicyCompilation Compile(string origin)
    {
        var options = new CorsPolicyOptions();
        options.Origins.Add(origin);
        return CorsKitPolicy.TryCompile(options);
    }
}
