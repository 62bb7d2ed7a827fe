using CorsKit.Browser.Tests.Infrastructure;

namespace CorsKit.Browser.Tests.Scenarios;

/// <summary>
/// Browsers upper-case only DELETE, GET, HEAD, OPTIONS, POST and PUT; every other method keeps its case and is
/// compared byte for byte, so <c>patch</c> and <c>PATCH</c> are different methods.
/// </summary>
public sealed class MethodCaseTests(BrowserSuite suite) : BrowserScenario(suite)
{
    private Task<ApiServer> UpperCaseApiAsync() =>
        Suite.CorsKitApiAsync("methods-upper", options =>
        {
            options.Origins.Add(Suite.Pages.Origin(BrowserSuite.AppHost));
            options.Methods.Add("DELETE");
            options.Methods.Add("PATCH");
        });

    private Task<ApiServer> LowerCasePatchApiAsync() =>
        Suite.CorsKitApiAsync("methods-lower-patch", options =>
        {
            options.Origins.Add(Suite.Pages.Origin(BrowserSuite.AppHost));
            options.Methods.Add("patch");
        });

    [Theory]
    [InlineData("delete", "DELETE")]
    [InlineData("Delete", "DELETE")]
    [InlineData("DELETE", "DELETE")]
    [InlineData("PATCH", "PATCH")]
    public async Task Methods_the_browser_normalizes_or_that_match_exactly_pass(string fetchMethod, string sentMethod)
    {
        var api = await UpperCaseApiAsync();
        var page = await PageAsync();
        var path = ApiServer.NewPath("method-case-allowed");

        var verdict = BrowserAssert.Allowed(await page.FetchAsync(api.Url(path), FetchInit.WithMethod(fetchMethod)));

        Assert.Equal(sentMethod, Assert.Single(api.Log.PreflightsFor(path)).AccessControlRequestMethod);
        Assert.Equal(sentMethod, verdict.Echo.Method);
    }

    [Theory]
    [InlineData("patch")]
    [InlineData("Patch")]
    public async Task A_patch_method_in_another_case_than_listed_is_blocked(string fetchMethod)
    {
        var api = await UpperCaseApiAsync();
        var page = await PageAsync();
        var path = ApiServer.NewPath("method-case-blocked");

        BrowserAssert.Blocked(await page.FetchAsync(api.Url(path), FetchInit.WithMethod(fetchMethod)));

        Assert.Equal(fetchMethod, Assert.Single(api.Log.PreflightsFor(path)).AccessControlRequestMethod);
        Assert.Empty(api.Log.ActualRequestsFor(path));
    }

    [Fact]
    public async Task A_lower_case_patch_policy_allows_patch_and_refuses_PATCH()
    {
        var api = await LowerCasePatchApiAsync();
        var page = await PageAsync();
        var lowerPath = ApiServer.NewPath("lower-patch");
        var upperPath = ApiServer.NewPath("upper-patch");

        var lower = BrowserAssert.Allowed(await page.FetchAsync(api.Url(lowerPath), FetchInit.WithMethod("patch")));
        BrowserAssert.Blocked(await page.FetchAsync(api.Url(upperPath), FetchInit.WithMethod("PATCH")));

        Assert.Equal("patch", lower.Echo.Method);
        Assert.Empty(api.Log.ActualRequestsFor(upperPath));
    }
}
