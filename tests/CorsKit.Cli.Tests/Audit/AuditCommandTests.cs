using System.Text.Json;
using System.Text.RegularExpressions;
using CorsKit.Policy;
using Microsoft.AspNetCore.Http;
using CorsKit.Cli.Tests.Infrastructure;
using CorsKit.TestSupport.Cli;

namespace CorsKit.Cli.Tests.Audit;

public class AuditCommandTests
{
    private const string App = "https://app.example.com";

    public static TheoryData<string, string[], bool> CorrectPolicies => new()
    {
        { "exact origins with credentials", [App, "https://admin.example.com"], true },
        { "subdomain pattern with credentials", ["https://*.example.com"], true },
        { "any origin without credentials", ["*"], false },
        { "local development default", ["http://localhost:*", "http://127.0.0.1:*", "http://[::1]:*"], true },
    };

    [Theory]
    [MemberData(nameof(CorrectPolicies))]
    public async Task A_correctly_configured_CorsKit_server_has_no_findings(string description, string[] origins, bool credentials)
    {
        var builder = new CorsKitPolicyBuilder().WithOrigins(origins).WithMethods("GET", "POST", "DELETE", "PUT").WithHeaders("Content-Type", "Authorization");
        if (credentials)
        {
            builder.AllowCredentials();
        }

        await using var server = await TestServer.StartCorsKitAsync(builder.Build());
        var result = await Corskit.RunAsync("audit", server.At("/"), "--origin", App, "--json");

        Assert.True(result.ExitCode == 0, $"{description}: {result.Out}{result.Error}");
        using var json = JsonDocument.Parse(result.Out);
        Assert.Empty(json.RootElement.GetProperty("findings").EnumerateArray());
        Assert.True(json.RootElement.GetProperty("requestsSent").GetInt32() > 40);
    }

    [Fact]
    public async Task The_subdomain_pattern_is_reported_as_a_note_not_a_finding()
    {
        await using var server = await TestServer.StartCorsKitAsync(new CorsKitPolicyBuilder().WithOrigins("https://*.example.com").Build());
        var result = await Corskit.RunAsync("audit", server.At("/"), "--origin", App, "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Contains(json.RootElement.GetProperty("notes").EnumerateArray(), n => n.GetProperty("id").GetString() == "any-subdomain-trusted");
    }

    public static TheoryData<string, string, string> Misconfigurations => new()
    {
        { "reflect", "origin-reflected", "High" },
        { "null", "null-origin-trusted", "High" },
        { "suffix", "suffix-match", "High" },
        { "prefix", "prefix-match", "High" },
        { "regex", "unescaped-dot", "High" },
        { "contains", "special-character", "High" },
        { "no-vary", "missing-vary-origin", "Medium" },
        { "leak", "preflight-leaks-allow-lists", "Low" },
        { "wildcard-credentials", "wildcard-with-credentials", "Low" },
        { "third-party", "third-party-host", "High" },
        { "http", "insecure-origin-trusted", "Medium" },
        { "host-suffix", "host-suffix-match", "High" },
        { "include", "include-match", "High" },
        { "localhost", "localhost-prefix", "High" },
        { "dotted-label", "special-character", "High" },
        { "last-dot", "unescaped-dot", "High" },
    };

    [Theory]
    [MemberData(nameof(Misconfigurations))]
    public async Task A_misconfigured_server_is_caught(string misconfiguration, string expectedId, string expectedSeverity)
    {
        await using var server = await TestServer.StartAsync(Misconfigured(misconfiguration));
        var result = await Corskit.RunAsync("audit", server.At("/"), "--origin", App, "--json");

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var finding = json.RootElement.GetProperty("findings").EnumerateArray().SingleOrDefault(f => f.GetProperty("id").GetString() == expectedId);
        Assert.True(finding.ValueKind == JsonValueKind.Object, $"no {expectedId} in {result.Out}");
        Assert.Equal(expectedSeverity, finding.GetProperty("severity").GetString());
        Assert.NotEmpty(finding.GetProperty("fix").GetString()!);
        Assert.NotEmpty(finding.GetProperty("response").GetProperty("headers").EnumerateArray());
    }

    [Fact]
    public async Task A_wildcard_without_credentials_is_a_note_not_a_finding()
    {
        await using var server = await TestServer.StartCorsKitAsync(new CorsKitPolicyBuilder().WithOrigins("*").Build());
        var result = await Corskit.RunAsync("audit", server.At("/"), "--origin", App, "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Contains(json.RootElement.GetProperty("notes").EnumerateArray(), n => n.GetProperty("id").GetString() == "wildcard-origin");
    }

    [Fact]
    public async Task The_text_report_shows_severity_evidence_and_fix()
    {
        await using var server = await TestServer.StartAsync(Misconfigured("reflect"));
        var result = await Corskit.RunAsync("audit", server.At("/"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("HIGH", result.Out);
        Assert.Contains("> Origin: https://evil-corskit.example", result.Out);
        Assert.Contains("< Access-Control-Allow-Origin: https://evil-corskit.example", result.Out);
        Assert.Contains("fix:", result.Out);
    }

    [Fact]
    public async Task An_unreachable_server_exits_with_2()
    {
        int port;
        await using (var server = await TestServer.StartAsync(TestServer.App))
        {
            port = server.Url.Port;
        }

        var result = await Corskit.RunAsync("audit", $"http://127.0.0.1:{port}/");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("could not get a response", result.Error);
    }

    /// <summary>Hand-written CORS layers with the mistakes scanners look for.</summary>
    private static Func<HttpContext, Task> Misconfigured(string kind) => context =>
    {
        var origin = context.Request.Headers.Origin.ToString();
        var headers = context.Response.Headers;
        var isPreflight = context.Request.Method == "OPTIONS";
        bool trusted = kind switch
        {
            "reflect" => origin.Length > 0,
            "null" => origin is App or "null",
            "suffix" => origin.EndsWith("example.com", StringComparison.Ordinal),
            "prefix" => origin.StartsWith(App, StringComparison.Ordinal),
            "regex" => Regex.IsMatch(origin, "^https://app.example.com$"),
            "contains" => origin.Contains("app.example.com", StringComparison.Ordinal),
            "third-party" => origin == App || origin.EndsWith(".github.io", StringComparison.Ordinal),
            "http" => origin is App or "http://app.example.com",

            // Corsy's pre-domain wildcard: the end of the whole host, so evilapp.example.com passes.
            "host-suffix" => origin.EndsWith("app.example.com", StringComparison.Ordinal),

            // CORScanner's include match: the trusted host contains the origin's host.
            "include" => Uri.TryCreate(origin, UriKind.Absolute, out var url) && "app.example.com".Contains(url.Host, StringComparison.Ordinal),

            // nuclei's localhost edge case: a development allowance without an end anchor.
            "localhost" => origin == App || Regex.IsMatch(origin, "^https?://localhost"),

            // A parser that stops at the first character it does not know, as some browsers' labels allow.
            "dotted-label" => origin == App || origin.StartsWith("https://app.example.com.$.", StringComparison.Ordinal),

            // CORScanner's unescaped last dot.
            "last-dot" => Regex.IsMatch(origin, "^https://app\\.example.com$"),
            _ => origin == App,
        };

        if (kind == "wildcard-credentials")
        {
            headers.AccessControlAllowOrigin = "*";
            headers.AccessControlAllowCredentials = "true";
        }
        else if (trusted)
        {
            headers.AccessControlAllowOrigin = origin;
            headers.AccessControlAllowCredentials = "true";
        }

        if (kind != "no-vary" && kind != "wildcard-credentials")
        {
            headers.Vary = "Origin";
        }

        if (isPreflight && (trusted || kind == "leak"))
        {
            headers.AccessControlAllowMethods = "GET, POST, PUT, DELETE";
            headers.AccessControlAllowHeaders = "Content-Type, Authorization";
        }

        if (isPreflight)
        {
            context.Response.StatusCode = trusted ? 204 : 403;
            return Task.CompletedTask;
        }

        return TestServer.App(context);
    };
}
