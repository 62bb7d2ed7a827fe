using CorsKit.Browser.Tests.Infrastructure;

namespace CorsKit.Browser.Tests.Scenarios;

/// <summary>
/// Access-Control-Max-Age lets the browser skip the preflight for repeat requests; 0 turns the cache off. Counted
/// at the server, never timed.
/// </summary>
public sealed class PreflightCacheTests(BrowserSuite suite) : BrowserScenario(suite)
{
    private Task<ApiServer> ApiAsync(int maxAgeSeconds) =>
        Suite.CorsKitApiAsync("max-age-" + maxAgeSeconds, options =>
        {
            options.Origins.Add(Suite.Pages.Origin(BrowserSuite.AppHost));
            options.Methods.Add("PUT");
            options.Headers.Add("X-Custom");
            options.MaxAge = TimeSpan.FromSeconds(maxAgeSeconds);
        });

    [Fact]
    public async Task With_a_max_age_the_second_request_sends_no_preflight()
    {
        var api = await ApiAsync(600);
        var page = await PageAsync();
        var url = api.Url(ApiServer.NewPath("max-age-cached"));
        var path = new Uri(url).AbsolutePath;

        BrowserAssert.Allowed(await page.FetchAsync(url, FetchInit.WithMethod("PUT")));
        BrowserAssert.Allowed(await page.FetchAsync(url, FetchInit.WithMethod("PUT")));

        Assert.Single(api.Log.PreflightsFor(path));
        Assert.Equal(2, api.Log.ActualRequestsFor(path).Count);
    }

    [Fact]
    public async Task With_max_age_zero_every_request_is_preflighted()
    {
        var api = await ApiAsync(0);
        var page = await PageAsync();
        var path = ApiServer.NewPath("max-age-zero");

        BrowserAssert.Allowed(await page.FetchAsync(api.Url(path), FetchInit.WithMethod("PUT")));
        BrowserAssert.Allowed(await page.FetchAsync(api.Url(path), FetchInit.WithMethod("PUT")));

        Assert.Equal(2, api.Log.PreflightsFor(path).Count);
    }

    [Fact]
    public async Task A_cached_preflight_also_covers_headers_it_allowed_without_being_asked()
    {
        var api = await ApiAsync(600);
        var page = await PageAsync();
        var path = ApiServer.NewPath("max-age-new-header");

        BrowserAssert.Allowed(await page.FetchAsync(api.Url(path), FetchInit.WithMethod("PUT")));
        BrowserAssert.Allowed(await page.FetchAsync(api.Url(path), FetchInit.WithHeader("X-Custom", "1", "PUT")));

        // The engine answers with its configured lists, so the first answer already allowed X-Custom: one preflight.
        Assert.Single(api.Log.PreflightsFor(path));
    }

    [Fact]
    public async Task The_preflight_cache_is_per_url()
    {
        var api = await ApiAsync(600);
        var page = await PageAsync();
        var first = ApiServer.NewPath("max-age-url-a");
        var second = ApiServer.NewPath("max-age-url-b");

        BrowserAssert.Allowed(await page.FetchAsync(api.Url(first), FetchInit.WithMethod("PUT")));
        BrowserAssert.Allowed(await page.FetchAsync(api.Url(second), FetchInit.WithMethod("PUT")));

        Assert.Single(api.Log.PreflightsFor(first));
        Assert.Single(api.Log.PreflightsFor(second));
    }
}
