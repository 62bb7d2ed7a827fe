using CorsKit.Browser.Tests.Infrastructure;

namespace CorsKit.Browser.Tests.Scenarios;

/// <summary>An API that lists one exact origin: only that page, on that port, may read its responses.</summary>
public sealed class ExactOriginTests(BrowserSuite suite) : BrowserScenario(suite)
{
    private Task<ApiServer> ApiAsync() => Suite.AppOriginOnlyApiAsync();

    [Fact]
    public async Task The_listed_origin_reads_the_response()
    {
        var api = await ApiAsync();
        var page = await PageAsync();
        var path = ApiServer.NewPath("exact-allowed");

        var verdict = BrowserAssert.Allowed(await page.FetchAsync(api.Url(path)));

        Assert.Equal(200, verdict.Status);
        Assert.Equal(path, verdict.Echo.Path);
        Assert.Equal(page.Origin, verdict.Echo.Origin);
    }

    [Theory]
    [InlineData("other.test", false)]
    [InlineData("app.test", true)]
    [InlineData("app.test.other.test", false)]
    public async Task Any_other_origin_is_blocked_although_the_request_reached_the_server(string host, bool otherPort)
    {
        var api = await ApiAsync();
        var page = await PageAsync(host, otherPort);
        var path = ApiServer.NewPath("exact-blocked");

        BrowserAssert.Blocked(await page.FetchAsync(api.Url(path)));

        // A simple GET is sent without asking: the server answered, and the browser withheld the answer from the page.
        var received = Assert.Single(api.Log.ActualRequestsFor(path));
        Assert.Equal(page.Origin, received.Origin);
    }
}
