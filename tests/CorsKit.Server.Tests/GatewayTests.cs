using System.Net;
using CorsKit.TestSupport.Server;

namespace CorsKit.Server.Tests;

// UPSTREAM turns the server into a CORS gateway: CorsKit's policy in front of an API that has none. As a reverse
// proxy it keeps the client's error statuses, a configurable body limit, quiet logs, paths as sent, and redirects
// that point at the gateway.
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
            ["MAX_REQUEST_BODY_SIZE"] = "100000",
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

    private Task<HttpResponseMessage> Upload(int bytes) =>
        _gateway.Client.PostAsync("/api/upload", new ByteArrayContent(new byte[bytes]));

    [Fact]
    public async Task A_body_within_the_limit_reaches_the_upstream_and_one_over_it_is_a_413_not_a_502()
    {
        using var within = await Upload(100_000);
        using var over = await Upload(100_001);

        Assert.Equal(HttpStatusCode.OK, within.StatusCode);
        Assert.Equal("100000", await within.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, over.StatusCode);
        Assert.Contains("the upstream API did not fail", await over.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_chunked_body_over_the_limit_is_a_413_too()
    {
        var content = new StreamContent(new MemoryStream(new byte[200_000]));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/upload") { Content = content };
        request.Headers.TransferEncodingChunked = true;

        using var response = await _gateway.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task A_malformed_chunked_body_is_the_clients_400()
    {
        var raw = "POST /api/upload HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n";

        var status = await RawStatusAsync(raw);

        Assert.Equal(400, status);
    }

    [Theory]
    [InlineData("/api/raw/group%2Fproject")]
    [InlineData("/api/raw/@scope%2Fpackage?version=1.0%2B2&q=a%20b")]
    [InlineData("/api/raw/keys/2024%2F01/file%3Aname.txt")]
    [InlineData("/api/raw/plain/path")]
    public async Task The_path_and_query_reach_the_upstream_as_the_client_sent_them(string target)
    {
        using var response = await _gateway.Client.Get(target, null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(target, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_redirect_the_upstream_builds_from_its_own_address_points_at_the_gateway()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = _gateway.BaseAddress };

        using var response = await client.GetAsync("/api/login");

        var gateway = _gateway.BaseAddress.GetLeftPart(UriPartial.Authority);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"{gateway}/landing", response.Headers.Location?.ToString());
        Assert.Equal($"5; url={gateway}/landing", response.Header("Refresh"));
        Assert.DoesNotContain(_upstream.Address.Authority, response.Headers.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forwarding_headers_are_set_by_the_gateway_and_others_pass_untouched()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/forwarded");
        request.Headers.Add("X-Forwarded-For", "203.0.113.9");
        request.Headers.Add("X-Forwarded-Host", "spoofed.example");
        request.Headers.Add("X-Real-IP", "198.51.100.7");

        using var response = await _gateway.Client.SendAsync(request);
        var seen = await response.Content.ReadAsStringAsync();

        Assert.Contains("X-Forwarded-For: 127.0.0.1", seen, StringComparison.Ordinal);
        Assert.DoesNotContain("203.0.113.9", seen, StringComparison.Ordinal);
        Assert.Contains($"X-Forwarded-Host: {_gateway.BaseAddress.Authority}", seen, StringComparison.Ordinal);
        Assert.Contains("X-Forwarded-Proto: http", seen, StringComparison.Ordinal);
        Assert.Contains("X-Real-IP: 198.51.100.7", seen, StringComparison.Ordinal);
        Assert.Contains($"Host: {_upstream.Address.Authority}", seen, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_clients_errors_write_nothing_at_the_default_log_level()
    {
        // The startup block arrives line by line after the listening line; its last line ends it.
        Assert.True(await _gateway.PrintsAsync("  writes:"));
        var before = _gateway.Output.Length + _gateway.Errors.Length;

        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(400, await RawStatusAsync("POST /api/upload HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n"));
            using var over = await Upload(100_001);
        }

        await Task.Delay(500);
        Assert.Equal(before, _gateway.Output.Length + _gateway.Errors.Length);
    }

    [Fact]
    public async Task The_startup_block_reports_the_body_limit() =>
        Assert.Contains("body limit:        100,000 bytes", _gateway.Output, StringComparison.Ordinal);

    private async Task<int> RawStatusAsync(string raw)
    {
        using var client = new System.Net.Sockets.TcpClient();
        await client.ConnectAsync(_gateway.BaseAddress.Host, _gateway.BaseAddress.Port);
        var stream = client.GetStream();
        await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes(raw));
        using var reader = new StreamReader(stream, System.Text.Encoding.ASCII);
        var statusLine = await reader.ReadLineAsync() ?? "";
        return int.Parse(statusLine.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
    }
}

public class GatewayFailureTests
{
    private static int ClosedPort()
    {
        using var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    [Fact]
    public async Task An_outage_logs_one_line_a_second_without_stack_traces()
    {
        await using var gateway = await ServerProcess.StartAsync(new Dictionary<string, string> { ["UPSTREAM"] = $"http://127.0.0.1:{ClosedPort()}" });

        for (var i = 0; i < 30; i++)
        {
            using var response = await gateway.Client.Get("/api/items", null);
            Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        }

        Assert.True(await gateway.PrintsAsync("failed: Request, answered 502"), gateway.Output);
        var logs = gateway.Output + gateway.Errors;
        Assert.DoesNotContain("   at ", logs, StringComparison.Ordinal);
        Assert.InRange(logs.Split('\n').Count(line => line.Contains("failed: Request", StringComparison.Ordinal)), 1, 5);
    }

    [Theory]
    [InlineData("Error")]
    [InlineData("None")]
    public async Task A_quieter_LOG_LEVEL_silences_the_gateways_failures_too(string level)
    {
        await using var gateway = await ServerProcess.StartAsync(new Dictionary<string, string>
        {
            ["UPSTREAM"] = $"http://127.0.0.1:{ClosedPort()}",
            ["LOG_LEVEL"] = level,
        });
        Assert.True(await gateway.PrintsAsync("  writes:"));
        var before = gateway.Output.Length + gateway.Errors.Length;

        for (var i = 0; i < 10; i++)
        {
            using var response = await gateway.Client.Get("/api/items", null);
            Assert.Equal(HttpStatusCode.BadGateway, response.StatusCode);
        }

        await Task.Delay(500);
        Assert.Equal(before, gateway.Output.Length + gateway.Errors.Length);
    }

    [Fact]
    public async Task An_unreachable_upstream_is_a_502_with_a_clear_body()
    {
        var closedPort = ClosedPort();
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

public class BodyLimitSettingTests
{
    [Fact]
    public async Task UPSTREAM_TIMEOUT_bounds_the_wait_for_a_slow_upstream_with_a_504()
    {
        await using var upstream = await Upstream.StartAsync();
        await using var gateway = await ServerProcess.StartAsync(new Dictionary<string, string>
        {
            ["UPSTREAM"] = upstream.Address.ToString(),
            ["UPSTREAM_TIMEOUT"] = "1",
        });

        using var response = await gateway.Client.Get("/api/slow", null);

        Assert.Equal(HttpStatusCode.GatewayTimeout, response.StatusCode);
        Assert.Contains("did not answer in time", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Contains("upstream timeout 1 s", gateway.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreadable_timeout_stops_the_start_naming_the_variable()
    {
        var (exitCode, errors, _) = await ServerProcess.RunToExitAsync(new Dictionary<string, string> { ["UPSTREAM_TIMEOUT"] = "0" });

        Assert.Equal(1, exitCode);
        Assert.Contains("UPSTREAM_TIMEOUT: \"0\": is not a whole number of seconds above 0.", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreadable_limit_stops_the_start_naming_the_variable()
    {
        var (exitCode, errors, _) = await ServerProcess.RunToExitAsync(new Dictionary<string, string> { ["MAX_REQUEST_BODY_SIZE"] = "30MB" });

        Assert.Equal(1, exitCode);
        Assert.Contains("MAX_REQUEST_BODY_SIZE: \"30MB\": is not a number of bytes.", errors, StringComparison.Ordinal);
        Assert.Contains("or unlimited", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unlimited_lets_a_body_over_the_default_through_the_gateway()
    {
        await using var upstream = await Upstream.StartAsync();
        await using var gateway = await ServerProcess.StartAsync(new Dictionary<string, string>
        {
            ["UPSTREAM"] = upstream.Address.ToString(),
            ["MAX_REQUEST_BODY_SIZE"] = "unlimited",
        });

        using var response = await gateway.Client.PostAsync("/api/upload", new ByteArrayContent(new byte[31_000_000]));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("31000000", await response.Content.ReadAsStringAsync());
        Assert.Contains("body limit:        unlimited", gateway.Output, StringComparison.Ordinal);
    }
}
