using CorsKit.Browser.Tests.Infrastructure;

namespace CorsKit.Browser.Tests.Scenarios;

/// <summary>
/// <c>*</c>: every origin may read, but never with credentials. The engine refuses to combine the two, so the
/// misconfigured combination is served by hand to prove that the browser refuses it too.
/// </summary>
public sealed class AnyOriginTests(BrowserSuite suite) : BrowserScenario(suite)
{
    private Task<ApiServer> AnyOriginApiAsync() => Suite.AnyOriginApiAsync();

    [Theory]
    [InlineData("app.test")]
    [InlineData("other.test")]
    [InlineData("evil.test")]
    public async Task Any_page_reads_the_response_without_credentials(string host)
    {
        var api = await AnyOriginApiAsync();
        var page = await PageAsync(host);

        var verdict = BrowserAssert.Allowed(await page.FetchAsync(api.Url(ApiServer.NewPath("any-origin"))));

        Assert.Equal(page.Origin, verdict.Echo.Origin);
    }

    [Fact]
    public async Task Including_credentials_is_blocked_because_star_never_covers_credentialed_requests()
    {
        var api = await AnyOriginApiAsync();
        var page = await PageAsync();
        var path = ApiServer.NewPath("any-origin-credentials");

        BrowserAssert.Blocked(await page.FetchAsync(api.Url(path), FetchInit.IncludingCredentials()));

        Assert.Single(api.Log.ActualRequestsFor(path));
    }

    [Fact]
    public async Task Star_with_allow_credentials_true_is_still_blocked_for_a_credentialed_fetch()
    {
        var raw = await Suite.RawApiAsync();
        var page = await PageAsync();
        var path = ApiServer.NewPath("raw-star-credentials");

        BrowserAssert.Blocked(await page.FetchAsync(raw.Url(path + "?acao=*&acac=true"), FetchInit.IncludingCredentials()));
    }

    [Fact]
    public async Task Star_with_allow_credentials_true_is_readable_when_the_fetch_omits_credentials()
    {
        var raw = await Suite.RawApiAsync();
        var page = await PageAsync();

        BrowserAssert.Allowed(await page.FetchAsync(raw.Url(ApiServer.NewPath("raw-star-omit") + "?acao=*&acac=true"), new FetchInit { Credentials = "omit" }));
    }

    [Fact]
    public async Task The_echoed_origin_with_allow_credentials_true_is_readable_with_credentials()
    {
        // The control for the two tests above: the same credentialed fetch passes once the origin is named.
        var raw = await Suite.RawApiAsync();
        var page = await PageAsync();

        BrowserAssert.Allowed(await page.FetchAsync(raw.Url(ApiServer.NewPath("raw-echo-credentials") + "?acao=origin&acac=true"), FetchInit.IncludingCredentials()));
    }
}
