using CorsKit.Browser.Tests.Infrastructure;

namespace CorsKit.Browser.Tests.Scenarios;

/// <summary>
/// Which fetches the browser sends straight away and which it asks about first, judged against an API that lists
/// only the page's origin (no methods, no headers) and one that allows PUT, DELETE, X-Custom and Content-Type.
/// </summary>
public sealed class SimpleAndPreflightedTests(BrowserSuite suite) : BrowserScenario(suite)
{
    private static readonly string LongValue = new('a', 129);

    private Task<ApiServer> OriginOnlyApiAsync() => Suite.AppOriginOnlyApiAsync();

    private Task<ApiServer> PermissiveApiAsync() =>
        Suite.CorsKitApiAsync("preflight-permissive", options =>
        {
            options.Origins.Add(Suite.Pages.Origin(BrowserSuite.AppHost));
            options.Methods.Add("PUT");
            options.Methods.Add("DELETE");
            options.Headers.Add("X-Custom");
            options.Headers.Add("Content-Type");
        });

    public static TheoryData<string, string, string> SafelistedRequests => new()
    {
        { "GET", "Accept", "application/json" },
        { "GET", "Accept-Language", "en-GB, de;q=0.5" },
        { "GET", "Content-Language", "de-DE" },
        { "POST", "Content-Type", "text/plain" },
        { "POST", "Content-Type", "text/plain; charset=utf-8" },
        { "POST", "Content-Type", "application/x-www-form-urlencoded" },
        { "POST", "Content-Type", "multipart/form-data; boundary=x" },
        { "HEAD", "Accept", "*/*" },
        { "GET", "Range", "bytes=0-" },
        { "GET", "Range", "bytes=0-499" },
    };

    public static TheoryData<string, string, string> UnsafeRequests => new()
    {
        { "GET", "X-Custom", "1" },
        { "GET", "Accept", "a(b" }, // an unsafe byte
        { "GET", "Accept", LongValue }, // over 128 bytes
        { "GET", "Accept-Language", "en@x" },
        { "POST", "Content-Type", "application/json" },
        { "POST", "Content-Type", "text/xml" },
        { "POST", "Content-Type", "text/plain; a=\"x\"" }, // a safelisted type with an unsafe byte
        { "GET", "Range", "bytes=5-1" }, // start after end
        { "GET", "Range", "bytes=-500" }, // a suffix range has no start
        { "GET", "Range", "bytes=0-1,3-4" }, // more than one range
        { "PUT", "Accept", "*/*" }, // the method alone
        { "DELETE", "Accept", "*/*" },
    };

    [Theory]
    [MemberData(nameof(SafelistedRequests))]
    public async Task A_simple_request_is_sent_without_a_preflight_and_read(string method, string header, string value)
    {
        var api = await OriginOnlyApiAsync();
        var page = await PageAsync();
        var path = ApiServer.NewPath("simple");

        BrowserAssert.Allowed(await page.FetchAsync(api.Url(path), WithHeader(method, header, value)));

        Assert.Empty(api.Log.PreflightsFor(path));
        Assert.Equal(method, Assert.Single(api.Log.ActualRequestsFor(path)).Method);
    }

    [Theory]
    [MemberData(nameof(UnsafeRequests))]
    public async Task A_denied_preflight_means_the_request_itself_never_reaches_the_server(string method, string header, string value)
    {
        var api = await OriginOnlyApiAsync();
        var page = await PageAsync();
        var path = ApiServer.NewPath("preflight-denied");

        BrowserAssert.Blocked(await page.FetchAsync(api.Url(path), WithHeader(method, header, value)));

        Assert.Equal(method, Assert.Single(api.Log.PreflightsFor(path)).AccessControlRequestMethod);
        Assert.Empty(api.Log.ActualRequestsFor(path));
    }

    [Theory]
    [InlineData("GET", "X-Custom", "1", "x-custom")]
    [InlineData("POST", "Content-Type", "application/json", "content-type")]
    [InlineData("PUT", "Content-Type", "application/json", "content-type")]
    [InlineData("DELETE", "Accept", "*/*", null)]
    public async Task An_allowed_preflight_is_followed_by_the_request(string method, string header, string value, string? requestHeaders)
    {
        var api = await PermissiveApiAsync();
        var page = await PageAsync();
        var path = ApiServer.NewPath("preflight-allowed");

        var verdict = BrowserAssert.Allowed(await page.FetchAsync(api.Url(path), WithHeader(method, header, value)));

        var preflight = Assert.Single(api.Log.PreflightsFor(path));
        Assert.Equal(method, preflight.AccessControlRequestMethod);
        Assert.Equal(requestHeaders, preflight.AccessControlRequestHeaders);
        Assert.Equal(method, verdict.Echo.Method);
    }

    [Theory]
    [InlineData("PATCH", "Accept", "*/*")]
    [InlineData("GET", "X-Other", "1")]
    [InlineData("GET", "Authorization", "Bearer t")]
    public async Task A_preflight_for_something_unlisted_is_denied_and_the_request_never_sent(string method, string header, string value)
    {
        var api = await PermissiveApiAsync();
        var page = await PageAsync();
        var path = ApiServer.NewPath("preflight-unlisted");

        BrowserAssert.Blocked(await page.FetchAsync(api.Url(path), WithHeader(method, header, value)));

        Assert.Single(api.Log.PreflightsFor(path));
        Assert.Empty(api.Log.ActualRequestsFor(path));
    }

    [Fact]
    public async Task The_preflight_lists_every_unsafe_header_lower_cased_and_sorted()
    {
        var api = await PermissiveApiAsync();
        var page = await PageAsync();
        var path = ApiServer.NewPath("preflight-header-list");
        var init = new FetchInit
        {
            Method = "POST",
            Headers = new Dictionary<string, string> { ["X-Custom"] = "1", ["Content-Type"] = "application/json", ["Accept"] = "*/*" },
            Body = "{}",
        };

        BrowserAssert.Allowed(await page.FetchAsync(api.Url(path), init));

        Assert.Equal("content-type,x-custom", Assert.Single(api.Log.PreflightsFor(path)).AccessControlRequestHeaders);
    }

    private static FetchInit WithHeader(string method, string header, string value) => new()
    {
        Method = method,
        Headers = new Dictionary<string, string> { [header] = value },
        Body = method is "POST" or "PUT" ? "body" : null,
    };
}
