using CorsKit.Browser.Tests.Infrastructure;
using CorsKit.TestSupport.Server;

namespace CorsKit.Browser.Tests.Scenarios;

/// <summary>
/// CorsKit.Server as shipped, a real process, judged by the browser: its defaults (any local frontend, credentials,
/// the seed's methods and headers), a configured origin with an exposed header, and the gateway in front of an API.
/// </summary>
public sealed class ServerTests(BrowserSuite suite) : BrowserScenario(suite)
{
    private Task<ServerProcess> DefaultServerAsync() =>
        Suite.ServerAsync("defaults", () => Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>()));

    private Task<ServerProcess> ConfiguredServerAsync() =>
        Suite.ServerAsync("app-origin-exposing-request-id", () => Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>
        {
            ["CORS_ORIGINS"] = Suite.Pages.Origin(BrowserSuite.AppHost),
            ["CORS_EXPOSE_HEADERS"] = "X-Request-Id",
            ["CORS_CREDENTIALS"] = "false",
        }));

    private Task<ServerProcess> GatewayAsync() =>
        Suite.ServerAsync("gateway", async () => new Dictionary<string, string>
        {
            ["UPSTREAM"] = (await Suite.UpstreamAsync()).Address.ToString(),
            ["CORS_ORIGINS"] = Suite.Pages.Origin(BrowserSuite.AppHost),

            // The suite's pages are plain http on non-local names; the engine refuses that with credentials unless told.
            ["CORS_ALLOW_INSECURE_ORIGINS"] = "true",
        });

    private static string Url(ServerProcess server, string path) => new Uri(server.BaseAddress, path).ToString();

    [Fact]
    public async Task With_no_configuration_a_localhost_frontend_reads_a_credentialed_response()
    {
        var server = await DefaultServerAsync();
        var page = await PageAsync("localhost");
        var verdict = BrowserAssert.Allowed(await page.FetchAsync(Url(server, "/"), FetchInit.IncludingCredentials()));
        Assert.Contains("Hello", verdict.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_no_configuration_the_seeds_preflighted_delete_with_authorization_passes()
    {
        var server = await DefaultServerAsync();
        var page = await PageAsync("localhost");
        var init = new FetchInit
        {
            Method = "DELETE",
            Credentials = "include",
            Headers = new Dictionary<string, string> { ["Authorization"] = "Bearer token", ["Content-Type"] = "application/json" },
        };
        var verdict = BrowserAssert.Allowed(await page.FetchAsync(Url(server, "/echo"), init));
        Assert.Contains("\"method\": \"DELETE\"", verdict.Body, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("PUT", null)]
    [InlineData("POST", "X-Custom")]
    public async Task With_no_configuration_methods_and_headers_outside_the_seed_are_blocked(string method, string? header)
    {
        var server = await DefaultServerAsync();
        var page = await PageAsync("localhost");
        var init = header is null ? FetchInit.WithMethod(method) : FetchInit.WithHeader(header, "1", method);
        BrowserAssert.Blocked(await page.FetchAsync(Url(server, "/echo"), init));
    }

    [Fact]
    public async Task With_no_configuration_a_non_local_page_is_blocked()
    {
        var server = await DefaultServerAsync();
        var page = await PageAsync("evil.test");
        BrowserAssert.Blocked(await page.FetchAsync(Url(server, "/")));
    }

    [Fact]
    public async Task A_configured_origin_reads_the_exposed_request_id_and_nothing_unexposed()
    {
        var server = await ConfiguredServerAsync();
        var page = await PageAsync();
        var verdict = BrowserAssert.Allowed(await page.FetchAsync(Url(server, "/echo")));
        Assert.True(verdict.CanRead("X-Request-Id"), verdict.ToString());
        Assert.False(verdict.CanRead("Vary"), verdict.ToString());
        BrowserAssert.Blocked(await (await PageAsync("localhost")).FetchAsync(Url(server, "/echo")));
    }

    [Fact]
    public async Task The_gateway_lets_the_configured_origin_read_the_upstream_api()
    {
        var gateway = await GatewayAsync();
        var page = await PageAsync();
        var init = new FetchInit { Method = "DELETE", Headers = new Dictionary<string, string> { ["Authorization"] = "Bearer token" }, Credentials = "include" };
        BrowserAssert.Allowed(await page.FetchAsync(Url(gateway, "/api/items")));
        var preflighted = await page.FetchAsync(Url(gateway, "/api/items"), init);

        // The upstream maps no DELETE: the browser may read its 405, which is the point: CORS let the page see it.
        Assert.True(preflighted.Allowed, preflighted.ToString());
    }

    [Fact]
    public async Task The_gateway_blocks_other_origins_although_the_upstream_says_star()
    {
        var gateway = await GatewayAsync();
        var page = await PageAsync("other.test");
        BrowserAssert.Blocked(await page.FetchAsync(Url(gateway, "/api/items")));
    }
}
