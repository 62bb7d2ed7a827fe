using CorsKit.Browser.Tests.Infrastructure;

namespace CorsKit.Browser.Tests.Scenarios;

/// <summary>
/// <c>*</c> for request headers covers every name but Authorization, and means nothing literal-free on credentialed
/// requests; the engine must answer so that the browser accepts exactly what the policy says.
/// </summary>
public sealed class WildcardHeaderTests(BrowserSuite suite) : BrowserScenario(suite)
{
    private Task<ApiServer> AnyHeaderApiAsync() =>
        Suite.CorsKitApiAsync("headers-any", options =>
        {
            options.Origins.Add(Suite.Pages.Origin(BrowserSuite.AppHost));
            options.Headers.Add("*");
        });

    private Task<ApiServer> AnyHeaderAndAuthorizationApiAsync() =>
        Suite.CorsKitApiAsync("headers-any-and-authorization", options =>
        {
            options.Origins.Add(Suite.Pages.Origin(BrowserSuite.AppHost));
            options.Headers.Add("*");
            options.Headers.Add("Authorization");
        });

    private Task<ApiServer> AnyHeaderWithCredentialsApiAsync() =>
        Suite.CorsKitApiAsync("headers-any-credentials", options =>
        {
            options.Origins.Add(Suite.Pages.Origin(BrowserSuite.AppHost));
            options.Headers.Add("*");
            options.Headers.Add("Authorization");
            options.Credentials = true;
            options.AllowInsecureOrigins = true;
        });

    [Theory]
    [InlineData("X-Anything")]
    [InlineData("X-Request-Id")]
    [InlineData("Content-Type")]
    public async Task Star_allows_any_header_name(string header)
    {
        var api = await AnyHeaderApiAsync();
        var page = await PageAsync();

        BrowserAssert.Allowed(await page.FetchAsync(api.Url(ApiServer.NewPath("headers-any")), FetchInit.WithHeader(header, "application/json", "POST")));
    }

    [Fact]
    public async Task Star_does_not_cover_Authorization()
    {
        var api = await AnyHeaderApiAsync();
        var page = await PageAsync();
        var path = ApiServer.NewPath("headers-any-authorization");

        BrowserAssert.Blocked(await page.FetchAsync(api.Url(path), FetchInit.WithHeader("Authorization", "Bearer t")));

        Assert.Equal("authorization", Assert.Single(api.Log.PreflightsFor(path)).AccessControlRequestHeaders);
        Assert.Empty(api.Log.ActualRequestsFor(path));
    }

    [Fact]
    public async Task Star_does_not_cover_Authorization_even_beside_another_header()
    {
        var api = await AnyHeaderApiAsync();
        var page = await PageAsync();
        var init = new FetchInit { Headers = new Dictionary<string, string> { ["Authorization"] = "Bearer t", ["X-Anything"] = "1" } };

        BrowserAssert.Blocked(await page.FetchAsync(api.Url(ApiServer.NewPath("headers-any-authorization-pair")), init));
    }

    [Fact]
    public async Task Star_plus_Authorization_allows_Authorization()
    {
        var api = await AnyHeaderAndAuthorizationApiAsync();
        var page = await PageAsync();
        var path = ApiServer.NewPath("headers-authorization-listed");
        var init = new FetchInit { Headers = new Dictionary<string, string> { ["Authorization"] = "Bearer t", ["X-Anything"] = "1" } };

        BrowserAssert.Allowed(await page.FetchAsync(api.Url(path), init));

        Assert.True(Assert.Single(api.Log.ActualRequestsFor(path)).HasAuthorization);
    }

    [Fact]
    public async Task Star_with_credentials_on_still_allows_any_header_on_a_credentialed_fetch()
    {
        // A literal "*" would be read as a header named "*" here (see the raw test below); the engine must answer otherwise.
        var api = await AnyHeaderWithCredentialsApiAsync();
        var page = await PageAsync();
        var init = new FetchInit { Credentials = "include", Headers = new Dictionary<string, string> { ["X-Anything"] = "1", ["Authorization"] = "Bearer t" } };

        BrowserAssert.Allowed(await page.FetchAsync(api.Url(ApiServer.NewPath("headers-any-credentials")), init));
    }

    [Theory]
    [InlineData("omit", true)]
    [InlineData("include", false)]
    public async Task A_literal_star_in_allow_headers_counts_only_without_credentials(string credentials, bool allowed)
    {
        var raw = await Suite.RawApiAsync();
        var page = await PageAsync();
        var init = new FetchInit { Credentials = credentials, Headers = new Dictionary<string, string> { ["X-Anything"] = "1" } };

        var verdict = await page.FetchAsync(raw.Url(ApiServer.NewPath("raw-headers-star") + "?acao=origin&acac=true&acah=*"), init);

        Assert.True(verdict.Allowed == allowed, verdict.ToString());
    }
}
