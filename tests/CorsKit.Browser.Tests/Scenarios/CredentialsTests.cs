using CorsKit.Browser.Tests.Infrastructure;

namespace CorsKit.Browser.Tests.Scenarios;

/// <summary>
/// Credentials on and off. The API's cookie is sent by the browser only when a fetch includes credentials; the
/// response is readable then only if the policy allows credentials.
/// </summary>
public sealed class CredentialsTests(BrowserSuite suite) : BrowserScenario(suite)
{
    private Task<ApiServer> CredentialedApiAsync() =>
        Suite.CorsKitApiAsync("credentials-on", options =>
        {
            options.Origins.Add(Suite.Pages.Origin(BrowserSuite.AppHost));
            options.Credentials = true;
            options.AllowInsecureOrigins = true; // the suite's origins are plain http on *.test names
        });

    private Task<ApiServer> UncredentialedApiAsync() => Suite.AppOriginOnlyApiAsync();

    [Fact]
    public async Task With_credentials_allowed_a_credentialed_fetch_sends_the_cookie_and_reads_the_response()
    {
        var api = await CredentialedApiAsync();
        var page = await PageAsync();
        await page.AddCookieAsync(api, "session", "s1");

        var verdict = BrowserAssert.Allowed(await page.FetchAsync(api.Url(ApiServer.NewPath("credentials-on")), FetchInit.IncludingCredentials()));

        Assert.Equal("session=s1", verdict.Echo.Cookie);
    }

    [Theory]
    [InlineData("omit")]
    [InlineData("same-origin")]
    public async Task With_credentials_allowed_a_fetch_without_credentials_sends_no_cookie_and_reads_the_response(string credentials)
    {
        var api = await CredentialedApiAsync();
        var page = await PageAsync();
        await page.AddCookieAsync(api, "session", "s2");

        var verdict = BrowserAssert.Allowed(await page.FetchAsync(api.Url(ApiServer.NewPath("credentials-on-omit")), new FetchInit { Credentials = credentials }));

        Assert.Null(verdict.Echo.Cookie);
    }

    [Fact]
    public async Task With_credentials_off_a_credentialed_fetch_reaches_the_server_with_the_cookie_but_is_blocked()
    {
        var api = await UncredentialedApiAsync();
        var page = await PageAsync();
        await page.AddCookieAsync(api, "session", "s3");
        var path = ApiServer.NewPath("credentials-off");

        BrowserAssert.Blocked(await page.FetchAsync(api.Url(path), FetchInit.IncludingCredentials()));

        Assert.Equal("session=s3", Assert.Single(api.Log.ActualRequestsFor(path)).Cookie);
    }

    [Fact]
    public async Task With_credentials_off_a_fetch_without_credentials_reads_the_response()
    {
        var api = await UncredentialedApiAsync();
        var page = await PageAsync();

        BrowserAssert.Allowed(await page.FetchAsync(api.Url(ApiServer.NewPath("credentials-off-omit"))));
    }
}
