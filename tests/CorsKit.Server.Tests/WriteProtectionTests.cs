using System.Net;
using CorsKit.TestSupport.Cli;
using CorsKit.TestSupport.Server;

namespace CorsKit.Server.Tests;

// The server protects writes unless CSRF_PROTECTION=off: an attacker's form post gets 403 and never reaches a route.
public class WriteProtectionTests
{
    private const string Frontend = "https://app.example.com";
    private const string Attacker = "https://attacker.example";

    [Fact]
    public async Task By_default_a_cross_site_form_post_is_refused_and_the_allowed_frontend_writes()
    {
        await using var server = await ServerProcess.StartAsync(new Dictionary<string, string> { ["CORS_ORIGINS"] = Frontend });

        using var attacker = await server.Client.PostForm("/echo", Attacker, "cross-site");
        using var frontend = await server.Client.PostForm("/echo", Frontend, "cross-site");
        using var sameOrigin = await server.Client.PostForm("/echo", null, "same-origin");
        using var curl = await server.Client.PostForm("/echo", null, null);

        Assert.Equal(HttpStatusCode.Forbidden, attacker.StatusCode);
        Assert.Equal("application/problem+json", attacker.Content.Headers.ContentType?.MediaType);
        Assert.Contains("\"reason\":\"cross-site\"", await attacker.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, frontend.StatusCode);
        Assert.Equal(Frontend, frontend.Header("Access-Control-Allow-Origin"));
        Assert.Equal(HttpStatusCode.OK, sameOrigin.StatusCode);
        Assert.Equal(HttpStatusCode.OK, curl.StatusCode);
        Assert.True(await server.PrintsAsync("writes:"), server.Output);
        Assert.Contains("writes:            protected: same-origin requests and the origins above may write", server.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Trusted_writers_write_and_the_report_names_them()
    {
        await using var server = await ServerProcess.StartAsync(new Dictionary<string, string>
        {
            ["CORS_ORIGINS"] = Frontend,
            ["CSRF_TRUSTED_ORIGINS"] = "https://pay.example.net",
        });

        using var trusted = await server.Client.PostForm("/echo", "https://pay.example.net", "cross-site");

        Assert.Equal(HttpStatusCode.OK, trusted.StatusCode);
        Assert.Null(trusted.Header("Access-Control-Allow-Origin"));
        Assert.True(await server.PrintsAsync("writes:"), server.Output);
        Assert.Contains("may write, and https://pay.example.net", server.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Off_lets_every_write_through_and_the_report_says_so()
    {
        await using var server = await ServerProcess.StartAsync(new Dictionary<string, string> { ["CORS_ORIGINS"] = Frontend, ["CSRF_PROTECTION"] = "off" });

        using var attacker = await server.Client.PostForm("/echo", Attacker, "cross-site");

        Assert.Equal(HttpStatusCode.OK, attacker.StatusCode);
        Assert.True(await server.PrintsAsync("writes:"), server.Output);
        Assert.Contains("writes:            not protected: any website's form", server.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_public_api_restricts_no_writer_and_the_report_says_so()
    {
        await using var server = await ServerProcess.StartAsync(new Dictionary<string, string> { ["CORS_ORIGINS"] = "*", ["CORS_CREDENTIALS"] = "false" });

        using var attacker = await server.Client.PostForm("/echo", Attacker, "cross-site");

        Assert.Equal(HttpStatusCode.OK, attacker.StatusCode);
        Assert.True(await server.PrintsAsync("writes:"), server.Output);
        Assert.Contains("not restricted: every origin may read, so every origin may write", server.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_gateway_refuses_before_forwarding()
    {
        await using var upstream = await Upstream.StartAsync();
        await using var gateway = await ServerProcess.StartAsync(new Dictionary<string, string>
        {
            ["UPSTREAM"] = upstream.Address.ToString(),
            ["CORS_ORIGINS"] = Frontend,
        });

        var before = upstream.Requests;
        using var attacker = await gateway.Client.PostForm("/api/items", Attacker, "cross-site");
        using var frontend = await gateway.Client.PostForm("/api/items", Frontend, "cross-site");

        Assert.Equal(HttpStatusCode.Forbidden, attacker.StatusCode);
        Assert.NotEqual(HttpStatusCode.Forbidden, frontend.StatusCode);
        Assert.Equal(before + 1, upstream.Requests);
    }

    [Fact]
    public async Task Corskit_check_sends_fetch_metadata_and_explains_a_refused_write_as_such()
    {
        await using var server = await ServerProcess.StartAsync(new Dictionary<string, string> { ["CORS_ORIGINS"] = Frontend });
        var url = new Uri(server.BaseAddress, "/echo").ToString();

        var refused = await Corskit.RunAsync("check", url, "--origin", Attacker, "-X", "POST", "-H", "Content-Type: text/plain", "-d", "hello", "--verbose");
        var allowed = await Corskit.RunAsync("check", url, "--origin", Frontend, "-X", "POST", "-H", "Content-Type: text/plain", "-d", "hello");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("> Sec-Fetch-Site: cross-site", refused.Out, StringComparison.Ordinal);
        Assert.Contains("> Sec-Fetch-Mode: cors", refused.Out, StringComparison.Ordinal);
        Assert.Contains("> Sec-Fetch-Dest: empty", refused.Out, StringComparison.Ordinal);
        Assert.Contains("REFUSED the server's cross-origin write protection refused this write (cross-site) before the endpoint ran.", refused.Out, StringComparison.Ordinal);
        Assert.Contains("Fix: If this origin should write, allow it in the CORS origins", refused.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("BLOCKED", refused.Out, StringComparison.Ordinal);
        Assert.Equal(0, allowed.ExitCode);
        Assert.Contains("ALLOWED", allowed.Out, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("on", "A cross-site form post is refused")]
    [InlineData("off", "A cross-site form post reaches the application")]
    public async Task Corskit_audit_notes_whether_a_cross_site_form_post_reaches_the_application(string protection, string note)
    {
        await using var server = await ServerProcess.StartAsync(new Dictionary<string, string> { ["CORS_ORIGINS"] = Frontend, ["CSRF_PROTECTION"] = protection });

        var result = await Corskit.RunAsync("audit", new Uri(server.BaseAddress, "/echo").ToString(), "--origin", Frontend);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains(note, result.Out, StringComparison.Ordinal);
        Assert.Contains("No CORS misconfiguration found.", result.Out, StringComparison.Ordinal);
    }
}
