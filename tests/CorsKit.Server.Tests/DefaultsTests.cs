using System.Net;
using CorsKit.TestSupport.Server;

namespace CorsKit.Server.Tests;

// With no configuration at all, the server is the seed's: hello on /, credentials, GET/POST/DELETE,
// Content-Type and Authorization, for any local development frontend.
public class DefaultsTests : IAsyncLifetime
{
    private ServerProcess _server = null!;

    public async Task InitializeAsync() => _server = await ServerProcess.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Says_hello_on_the_root()
    {
        var response = await _server.Client.Get("/", origin: null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Hello", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Is_healthy_once_listening()
    {
        var response = await _server.Client.Get("/healthz", origin: null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("http://localhost:5173")]
    [InlineData("http://localhost:3000")]
    [InlineData("http://127.0.0.1:8080")]
    [InlineData("http://[::1]:4200")]
    public async Task Allows_any_local_frontend_with_credentials(string origin)
    {
        var response = await _server.Client.Preflight("/", origin, "DELETE", "authorization,content-type");
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(origin, response.Header("Access-Control-Allow-Origin"));
        Assert.Equal("true", response.Header("Access-Control-Allow-Credentials"));
        Assert.Equal("GET, POST, DELETE", response.Header("Access-Control-Allow-Methods"));
        Assert.Equal("Content-Type, Authorization", response.Header("Access-Control-Allow-Headers"));
    }

    [Fact]
    public async Task Refuses_other_origins()
    {
        var preflight = await _server.Client.Preflight("/", "https://evil.example", "DELETE");
        Assert.Equal(HttpStatusCode.Forbidden, preflight.StatusCode);
        Assert.Null(preflight.Header("Access-Control-Allow-Origin"));

        var actual = await _server.Client.Get("/", "https://evil.example");
        Assert.Equal(HttpStatusCode.OK, actual.StatusCode);
        Assert.Null(actual.Header("Access-Control-Allow-Origin"));
        Assert.Contains("Origin", actual.Header("Vary") ?? "", StringComparison.Ordinal);
    }

    // Only an exact OPTIONS is a preflight; "options" is an ordinary request for /echo (it got "HTTP/1.1 0" before).
    // Sent over a raw socket: HttpClient would upper-case a known method.
    [Theory]
    [InlineData("options")]
    [InlineData("OpTions")]
    public async Task Another_spelling_of_options_is_an_ordinary_request_that_reaches_the_route(string method)
    {
        using var client = new System.Net.Sockets.TcpClient();
        await client.ConnectAsync(_server.BaseAddress.Host, _server.BaseAddress.Port);
        await using var stream = client.GetStream();
        var request = $"{method} /echo HTTP/1.1\r\nHost: {_server.BaseAddress.Authority}\r\nOrigin: http://localhost:5173\r\n"
            + "Access-Control-Request-Method: PUT\r\nConnection: close\r\n\r\n";
        await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes(request));
        var response = await new StreamReader(stream).ReadToEndAsync();

        Assert.StartsWith("HTTP/1.1 200 OK\r\n", response, StringComparison.Ordinal);
        Assert.Contains("Access-Control-Allow-Origin: http://localhost:5173\r\n", response, StringComparison.Ordinal);
        Assert.DoesNotContain("Access-Control-Allow-Methods", response, StringComparison.Ordinal);
        Assert.Contains($"\"method\": \"{method}\"", response, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Refuses_methods_and_headers_outside_the_seed()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await _server.Client.Preflight("/", "http://localhost:5173", "PUT")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _server.Client.Preflight("/", "http://localhost:5173", "POST", "x-custom")).StatusCode);
    }

    [Fact]
    public async Task Prints_one_block_with_the_address_and_the_policy_and_no_warning_for_defaults()
    {
        Assert.True(await _server.PrintsAsync("preflight max age:"), _server.Output);
        Assert.Matches($@"CorsKit\.Server \d+\.\d+\.\d+\S* listening on {System.Text.RegularExpressions.Regex.Escape(_server.BaseAddress.ToString().TrimEnd('/'))}", _server.Output);
        Assert.Contains("http://localhost:*, http://127.0.0.1:*, http://[::1]:*", _server.Output, StringComparison.Ordinal);
        Assert.Contains("credentials:       allowed", _server.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("warn", _server.Output + _server.Errors, StringComparison.OrdinalIgnoreCase);
    }
}
