using CorsKit.Browser.Tests.Infrastructure;

namespace CorsKit.Browser.Tests.Scenarios;

/// <summary>
/// Redirects: the browser runs the CORS check on every hop, refuses redirected preflights, and after a redirect to
/// another origin sends <c>Origin: null</c>, which only <c>*</c> accepts.
/// </summary>
public sealed class RedirectTests(BrowserSuite suite) : BrowserScenario(suite)
{
    [Fact]
    public async Task A_redirect_within_the_API_is_followed_and_both_hops_carry_the_page_origin()
    {
        var api = await Suite.AppOriginOnlyApiAsync();
        var page = await PageAsync();
        var hop = ApiServer.NewPath("redirect-hop");
        var target = ApiServer.NewPath("redirect-target");

        var verdict = BrowserAssert.Allowed(await page.FetchAsync(api.RedirectUrl(hop, api.Url(target))));

        Assert.True(verdict.Redirected);
        Assert.Equal(api.Url(target), verdict.FinalUrl);
        Assert.Equal(page.Origin, Assert.Single(api.Log.For(hop)).Origin);
        Assert.Equal(page.Origin, verdict.Echo.Origin);
    }

    [Fact]
    public async Task A_chain_of_redirects_with_CORS_on_every_hop_is_followed()
    {
        var api = await Suite.AppOriginOnlyApiAsync();
        var page = await PageAsync();
        var target = ApiServer.NewPath("chain-target");
        var second = api.RedirectUrl(ApiServer.NewPath("chain-second"), api.Url(target), status: 307);
        var first = api.RedirectUrl(ApiServer.NewPath("chain-first"), second, status: 301);

        var verdict = BrowserAssert.Allowed(await page.FetchAsync(first));

        Assert.Equal(target, verdict.Echo.Path);
    }

    [Fact]
    public async Task A_preflighted_request_redirected_within_the_API_is_preflighted_again_for_the_new_url()
    {
        var api = await Suite.CorsKitApiAsync("redirect-put", options =>
        {
            options.Origins.Add(Suite.Pages.Origin(BrowserSuite.AppHost));
            options.Methods.Add("PUT");
        });
        var page = await PageAsync();
        var hop = ApiServer.NewPath("redirect-put-hop");
        var target = ApiServer.NewPath("redirect-put-target");

        var verdict = BrowserAssert.Allowed(await page.FetchAsync(api.RedirectUrl(hop, api.Url(target), status: 307), FetchInit.WithMethod("PUT")));

        Assert.Equal("PUT", verdict.Echo.Method);
        Assert.Single(api.Log.PreflightsFor(hop));
        Assert.Single(api.Log.PreflightsFor(target));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_hop_without_CORS_headers_blocks_the_whole_fetch(bool hopHasCors)
    {
        var raw = await Suite.RawApiAsync();
        var page = await PageAsync();
        var target = ApiServer.NewPath("raw-redirect-target");
        var hop = ApiServer.NewPath("raw-redirect-hop");
        var hopUrl = raw.Url($"{hop}?{(hopHasCors ? "acao=origin&" : "")}redirect={Uri.EscapeDataString(raw.Url(target + "?acao=origin"))}");

        var verdict = await page.FetchAsync(hopUrl);

        Assert.True(verdict.Allowed == hopHasCors, verdict.ToString());
        // The browser checks the redirect response itself before following it.
        Assert.Equal(hopHasCors ? 1 : 0, raw.Log.For(target).Count);
    }

    [Fact]
    public async Task A_redirected_preflight_is_refused_and_the_request_never_sent()
    {
        var raw = await Suite.RawApiAsync();
        var page = await PageAsync();
        var hop = ApiServer.NewPath("raw-preflight-redirect");
        var target = ApiServer.NewPath("raw-preflight-target");
        var cors = "acao=origin&acam=PUT";
        var url = raw.Url($"{hop}?{cors}&status=307&redirect={Uri.EscapeDataString(raw.Url($"{target}?{cors}"))}");

        BrowserAssert.Blocked(await page.FetchAsync(url, FetchInit.WithMethod("PUT")));

        Assert.Single(raw.Log.PreflightsFor(hop));
        Assert.Empty(raw.Log.ActualRequestsFor(hop));
        Assert.Empty(raw.Log.For(target));
    }

    [Fact]
    public async Task After_a_redirect_to_another_origin_the_request_carries_origin_null_which_star_accepts()
    {
        var first = await Suite.AppOriginOnlyApiAsync();
        var second = await Suite.AnyOriginApiAsync();
        var page = await PageAsync();
        var target = ApiServer.NewPath("cross-redirect-star");

        var verdict = BrowserAssert.Allowed(await page.FetchAsync(first.RedirectUrl(ApiServer.NewPath("cross-redirect-hop"), second.Url(target))));

        Assert.Equal("null", verdict.Echo.Origin);
    }

    [Fact]
    public async Task After_a_redirect_to_another_origin_an_API_that_lists_the_page_origin_is_blocked()
    {
        var first = await Suite.AppOriginOnlyApiAsync();
        var second = await Suite.CorsKitApiAsync("redirect-second-exact", options => options.Origins.Add(Suite.Pages.Origin(BrowserSuite.AppHost)));
        var page = await PageAsync();
        var target = ApiServer.NewPath("cross-redirect-exact");

        BrowserAssert.Blocked(await page.FetchAsync(first.RedirectUrl(ApiServer.NewPath("cross-redirect-hop"), second.Url(target))));

        Assert.Equal("null", Assert.Single(second.Log.For(target)).Origin);
    }

    [Fact]
    public async Task A_redirect_to_a_url_with_user_information_is_refused()
    {
        var api = await Suite.AppOriginOnlyApiAsync();
        var other = await Suite.AnyOriginApiAsync();
        var page = await PageAsync();
        var target = ApiServer.NewPath("userinfo-target");
        var location = other.Url(target).Replace("http://", "http://user:secret@", StringComparison.Ordinal);

        BrowserAssert.Blocked(await page.FetchAsync(api.RedirectUrl(ApiServer.NewPath("userinfo-hop"), location)));

        Assert.Empty(other.Log.For(target));
    }
}
