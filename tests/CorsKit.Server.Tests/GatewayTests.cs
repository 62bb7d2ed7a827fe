using System.Net;
using CorsKit.TestSupport.Server;

namespace CorsKit.Server.Tests;

// UPSTREAM turns the server into a CORS gateway: CorsKit's policy in front of an API that has none.
public class GatewayTests : IAsyncLifetime
{
    private const string Frontend = "https://app.example.com";
    private Upstream _upstream = null!;
    private ServerProcess _gateway = null!;

    public async Task InitializeAsync()
    {
        _upstream = await Upstream.StartAsync();
        _gateway = await ServerProcess.StartAsync(new Dictionary<string, string>
        {
            ["UPSTREAM"] = _upstream.Address.ToString(),
            ["CORS_ORIGINS"] = Frontend,
        });
    }

    public async Task DisposeAsync()
    {
        await _gateway.DisposeAsync();
        await _upstream.DisposeAsync();
    }

    [Fact]
    public async Task Forwards_requests_and_answers_with_the_gateways_policy_only()
    {
        var response = await _gateway.Client.Get("/api/items", Frontend);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("one", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal([Frontend], response.Headers.GetValues("Access-Control-Allow-Origin"));
        Assert.Null(response.Header("Access-Control-Allow-Methods"));
    }

    [Fact]
    public async Task Strips_the_upstreams_wildcard_for_refused_origins()
    {
        var response = await _gateway.Client.Get("/api/items", "https://evil.example");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Header("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Answers_preflights_itself_and_never_forwards_them()
    {
        var before = _upstream.OptionsRequests;
        var allowed = await _gateway.Client.Preflight("/api/items", Frontend, "DELETE", "authorization");
        var denied = await _gateway.Client.Preflight("/api/items", "https://evil.example", "DELETE");
        Assert.Equal(HttpStatusCode.NoContent, allowed.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Equal(before, _upstream.OptionsRequests);
    }

    [Fact]
    public async Task Proxies_the_root_and_keeps_its_own_health_route()
    {
        Assert.Equal("upstream root", await (await _gateway.Client.Get("/", null)).Content.ReadAsStringAsync());
        Assert.Equal("ok", await (await _gateway.Client.Get("/healthz", null)).Content.ReadAsStringAsync());
    }
}

public class GatewayFailureTests
{
    [Fact]
    public async Task An_unreachable_upstream_is_a_502_with_a_clear_body()
    {
        using var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var closedPort = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();

        await using var gateway = await ServerProcess.StartAsync(new Dictionary<string, string>
        {
            ["UPSTREAM"] = $"http://127.0.0.1:{closedPort}",
            ["CORS_ORIGINS"] = "https://app.example.com",
        });
        var response = await gateway.Client.Get("/api/items", "https://app.example.com");
        Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        Assert.Contains("upstream API could not be reached", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("https://app.example.com", response.Header("Access-Control-Allow-Origin"));
    }
}
