using System.Net;
using System.Text.Json;
using CorsKit.TestSupport.Server;

namespace CorsKit.Server.Tests;

public class EchoTests : IAsyncLifetime
{
    private ServerProcess _server = null!;

    public async Task InitializeAsync() => _server = await ServerProcess.StartAsync(new Dictionary<string, string> { ["CORS_EXPOSE_HEADERS"] = "X-Request-Id" });

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Describes_the_request_as_received()
    {
        var request = new HttpRequestMessage(HttpMethod.Put, "/echo?x=1") { Content = new StringContent("hello world") };
        request.Headers.Add("Origin", "http://localhost:5173");
        request.Headers.Add("X-Trace", "abc");
        var response = await _server.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal("PUT", root.GetProperty("method").GetString());
        Assert.Equal("/echo", root.GetProperty("path").GetString());
        Assert.Equal("?x=1", root.GetProperty("query").GetString());
        Assert.Equal(11, root.GetProperty("bodySize").GetInt64());
        Assert.Equal("abc", root.GetProperty("headers").GetProperty("X-Trace").GetString());
        Assert.Equal("http://localhost:5173", response.Header("Access-Control-Allow-Origin"));
        Assert.Equal("X-Request-Id", response.Header("Access-Control-Expose-Headers"));
    }

    [Fact]
    public async Task Gives_every_answer_a_fresh_request_id()
    {
        var first = (await _server.Client.Get("/echo", null)).Header("X-Request-Id");
        var second = (await _server.Client.Get("/echo", null)).Header("X-Request-Id");
        Assert.False(string.IsNullOrEmpty(first));
        Assert.NotEqual(first, second);
    }
}
