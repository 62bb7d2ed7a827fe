using CorsKit.Browser.Tests.Infrastructure;

namespace CorsKit.Browser.Tests.Scenarios;

/// <summary>
/// A cross-origin page reads only the safelisted response headers and those the server exposes. Every API response
/// carries X-Exposed and X-Hidden; the policy decides which the page's script can see.
/// </summary>
public sealed class ExposedHeaderTests(BrowserSuite suite) : BrowserScenario(suite)
{
    private Task<ApiServer> ExposingApiAsync() =>
        Suite.CorsKitApiAsync("expose-one", options =>
        {
            options.Origins.Add(Suite.Pages.Origin(BrowserSuite.AppHost));
            options.ExposeHeaders.Add(ApiEndpoints.ExposedHeader);
        });

    private Task<ApiServer> ExposingAllApiAsync() =>
        Suite.CorsKitApiAsync("expose-all", options =>
        {
            options.Origins.Add(Suite.Pages.Origin(BrowserSuite.AppHost));
            options.ExposeHeaders.Add("*");
        });

    private Task<ApiServer> ExposingNothingApiAsync() => Suite.AppOriginOnlyApiAsync();

    [Fact]
    public async Task Without_exposed_headers_the_page_reads_only_safelisted_ones()
    {
        var api = await ExposingNothingApiAsync();
        var page = await PageAsync();

        var verdict = BrowserAssert.Allowed(await page.FetchAsync(api.Url(ApiServer.NewPath("expose-none"))));

        // The response also carries Date, Server, Vary, X-Exposed and X-Hidden; none of them is readable.
        Assert.Equal(["cache-control", "content-type"], verdict.ReadableHeaders.Keys.Order());
        Assert.Equal("application/json", verdict.ReadableHeaders["content-type"]);
        Assert.Equal("no-store", verdict.ReadableHeaders["cache-control"]);
    }

    [Fact]
    public async Task An_exposed_header_is_readable_and_an_unexposed_one_is_not()
    {
        var api = await ExposingApiAsync();
        var page = await PageAsync();

        var verdict = BrowserAssert.Allowed(await page.FetchAsync(api.Url(ApiServer.NewPath("expose-one"))));

        Assert.Equal("exposed-value", verdict.ReadableHeaders["x-exposed"]);
        Assert.False(verdict.CanRead(ApiEndpoints.HiddenHeader), verdict.ToString());
    }

    [Fact]
    public async Task Star_exposes_every_header_without_credentials()
    {
        var api = await ExposingAllApiAsync();
        var page = await PageAsync();

        var verdict = BrowserAssert.Allowed(await page.FetchAsync(api.Url(ApiServer.NewPath("expose-all"))));

        Assert.Equal("exposed-value", verdict.ReadableHeaders["x-exposed"]);
        Assert.Equal("hidden-value", verdict.ReadableHeaders["x-hidden"]);
    }

    [Theory]
    [InlineData("omit", true)]
    [InlineData("include", false)]
    public async Task A_literal_star_in_expose_headers_exposes_everything_only_without_credentials(string credentials, bool hiddenReadable)
    {
        var raw = await Suite.RawApiAsync();
        var page = await PageAsync();

        var verdict = BrowserAssert.Allowed(await page.FetchAsync(
            raw.Url(ApiServer.NewPath("raw-expose-star") + "?acao=origin&acac=true&aceh=*"), new FetchInit { Credentials = credentials }));

        Assert.Equal(hiddenReadable, verdict.CanRead(ApiEndpoints.HiddenHeader));
        Assert.True(verdict.CanRead("content-type"), verdict.ToString());
    }
}
