using System.Text.Json;
using CorsKit.Policy;
using Microsoft.AspNetCore.Http;
using CorsKit.Cli.Tests.Infrastructure;
using CorsKit.TestSupport.Cli;

namespace CorsKit.Cli.Tests.Commands;

public class CheckCommandTests
{
    private const string App = "https://app.example.com";

    private static CorsKitPolicy SeedPolicy() => new CorsKitPolicyBuilder()
        .WithOrigins(App)
        .WithMethods("GET", "POST", "DELETE")
        .WithHeaders("Content-Type", "Authorization")
        .WithExposedHeaders("X-Total")
        .AllowCredentials()
        .Build();

    [Fact]
    public async Task A_simple_GET_from_a_trusted_origin_is_allowed_and_lists_readable_headers()
    {
        await using var server = await TestServer.StartCorsKitAsync(SeedPolicy());
        var result = await Corskit.RunAsync("check", server.At("/"), "--origin", App, "--credentials");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("ALLOWED", result.Out);
        Assert.Contains("No preflight", result.Out);
        Assert.Matches("readable headers: .*X-Total", result.Out);
        Assert.Matches("hidden from the page: .*Set-Cookie", result.Out);
    }

    [Fact]
    public async Task An_untrusted_origin_is_blocked_with_Chromiums_message_and_a_fix()
    {
        await using var server = await TestServer.StartCorsKitAsync(SeedPolicy());
        var result = await Corskit.RunAsync("check", server.At("/"), "--origin", "https://evil.example.net");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"Access to fetch at '{server.At("/")}' from origin 'https://evil.example.net' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource.", result.Out);
        Assert.Contains("Fix: ", result.Out);
        Assert.Contains("CORS_ORIGINS", result.Out);
    }

    [Fact]
    public async Task A_DELETE_with_Authorization_is_preflighted_and_allowed()
    {
        await using var server = await TestServer.StartCorsKitAsync(SeedPolicy());
        var result = await Corskit.RunAsync("check", server.At("/items/1"), "--origin", App, "-X", "delete", "-H", "Authorization: Bearer t", "-H", "Content-Type: application/json", "--credentials", "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        Assert.Equal("allowed", root.GetProperty("verdict").GetString());
        Assert.Equal("DELETE", root.GetProperty("method").GetString());
        Assert.True(root.GetProperty("preflightNeeded").GetBoolean());
        var preflight = root.GetProperty("steps")[0];
        Assert.Equal("preflight", preflight.GetProperty("kind").GetString());
        Assert.Equal("OPTIONS", preflight.GetProperty("request").GetProperty("method").GetString());
        var sent = preflight.GetProperty("request").GetProperty("headers").EnumerateArray()
            .ToDictionary(h => h.GetProperty("name").GetString()!, h => h.GetProperty("value").GetString());
        Assert.Equal("DELETE", sent["Access-Control-Request-Method"]);
        Assert.Equal("authorization,content-type", sent["Access-Control-Request-Headers"]);
        Assert.Equal("*/*", sent["Accept"]);
        Assert.False(sent.ContainsKey("Authorization"));
        Assert.Equal(204, preflight.GetProperty("response").GetProperty("status").GetInt32());
        Assert.Equal("request", root.GetProperty("steps")[1].GetProperty("kind").GetString());
    }

    [Theory]
    [InlineData("PUT", "X-Custom: 1", true, "x-custom")]
    [InlineData("PUT", null, true, null)]
    [InlineData("DELETE", "X-Custom: 1", false, "x-custom")]
    public async Task A_refused_preflight_names_the_refused_method_and_headers_not_the_allowed_origin(string method, string? header, bool methodRefused, string? refusedHeader)
    {
        await using var server = await TestServer.StartCorsKitAsync(SeedPolicy());
        string[] args = ["check", server.At("/echo"), "--origin", App, "-X", method, .. header is null ? Array.Empty<string>() : ["-H", header], "--json"];
        var result = await Corskit.RunAsync(args);

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var fix = json.RootElement.GetProperty("blocked").GetProperty("fix").GetString()!;
        Assert.StartsWith("The origin is allowed", fix, StringComparison.Ordinal);
        Assert.DoesNotContain("add " + App, fix, StringComparison.Ordinal);
        Assert.Equal(methodRefused, fix.Contains($"Allow {method} in Access-Control-Allow-Methods", StringComparison.Ordinal));
        Assert.Equal(refusedHeader is not null, refusedHeader is not null && fix.Contains($"Allow {refusedHeader}", StringComparison.Ordinal));
        var notes = json.RootElement.GetProperty("steps")[0].GetProperty("notes").EnumerateArray().Select(note => note.GetString()).ToList();
        Assert.Contains(notes, note => note!.StartsWith("corskit sent ", StringComparison.Ordinal) && note.Contains("a browser sends none of them", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_refused_preflight_from_an_unknown_origin_still_says_to_allow_the_origin()
    {
        await using var server = await TestServer.StartCorsKitAsync(SeedPolicy());
        var result = await Corskit.RunAsync("check", server.At("/echo"), "--origin", "https://evil.example.net", "-X", "PUT", "--json");

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Contains("add https://evil.example.net to Origins", json.RootElement.GetProperty("blocked").GetProperty("fix").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_text_puts_the_verdict_first_in_a_few_lines_and_verbose_adds_every_exchange()
    {
        await using var server = await TestServer.StartCorsKitAsync(SeedPolicy());
        string[] args = ["check", server.At("/items/1"), "--origin", App, "-X", "DELETE", "-H", "Authorization: Bearer t", "--credentials"];
        var brief = await Corskit.RunAsync(args);
        var verbose = await Corskit.RunAsync([.. args, "--verbose"]);

        Assert.Equal(0, brief.ExitCode);
        var lines = brief.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal($"fetch('{server.At("/items/1")}', {{ method: 'DELETE', headers: {{ 'Authorization': 'Bearer t' }}, credentials: 'include' }}) from {App}", lines[0]);
        Assert.StartsWith("ALLOWED", lines[1], StringComparison.Ordinal);
        Assert.True(lines.Length <= 10, $"{lines.Length} lines:\n{brief.Out}");
        Assert.DoesNotContain("  > ", brief.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("Access-Control-Allow-Origin", brief.Out, StringComparison.Ordinal);

        Assert.Equal(0, verbose.ExitCode);
        Assert.Contains("  > Access-Control-Request-Method: DELETE", verbose.Out, StringComparison.Ordinal);
        Assert.Contains("  < Access-Control-Allow-Origin: " + App, verbose.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Header_names_are_reported_as_the_server_spelled_them()
    {
        // HttpClient knows X-Request-ID and would report this server's X-Request-Id in its own spelling.
        await using var server = await TestServer.StartAsync(context =>
        {
            context.Response.Headers["Access-Control-Allow-Origin"] = App;
            context.Response.Headers["Access-Control-Expose-Headers"] = "X-Request-Id";
            context.Response.Headers["X-Request-Id"] = "42";
            return Task.CompletedTask;
        });
        var result = await Corskit.RunAsync("check", server.At("/"), "--origin", App, "--json");

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        Assert.Contains("X-Request-Id", json.RootElement.GetProperty("readableHeaders").EnumerateArray().Select(name => name.GetString()));
        var received = json.RootElement.GetProperty("steps")[0].GetProperty("response").GetProperty("headers").EnumerateArray().Select(h => h.GetProperty("name").GetString()).ToList();
        Assert.Contains("X-Request-Id", received);
        Assert.DoesNotContain("X-Request-ID", received);
    }

    [Fact]
    public async Task A_method_the_policy_does_not_list_is_blocked_at_the_preflight()
    {
        await using var server = await TestServer.StartCorsKitAsync(SeedPolicy());
        var result = await Corskit.RunAsync("check", server.At("/"), "--origin", App, "-X", "PUT", "--json");

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var blocked = json.RootElement.GetProperty("blocked");
        Assert.Equal("MissingAllowOriginHeader", blocked.GetProperty("reason").GetString());
        Assert.Contains("Response to preflight request doesn't pass access control check", blocked.GetProperty("message").GetString());
        Assert.Single(json.RootElement.GetProperty("steps").EnumerateArray());
    }

    [Fact]
    public async Task A_lower_case_patch_is_not_covered_by_PATCH()
    {
        await using var server = await TestServer.StartAsync(context =>
        {
            context.Response.Headers.AccessControlAllowOrigin = App;
            context.Response.Headers.AccessControlAllowMethods = "PATCH";
            return context.Request.Method == "OPTIONS" ? Task.CompletedTask : TestServer.App(context);
        });

        var lower = await Corskit.RunAsync("check", server.At("/"), "--origin", App, "-X", "patch");
        Assert.Equal(1, lower.ExitCode);
        Assert.Contains("Method patch is not allowed by Access-Control-Allow-Methods in preflight response.", lower.Out);
        Assert.Contains("only DELETE, GET, HEAD, OPTIONS, POST and PUT are upper-cased", lower.Out);

        var upper = await Corskit.RunAsync("check", server.At("/"), "--origin", App, "-X", "PATCH");
        Assert.Equal(0, upper.ExitCode);
    }

    [Fact]
    public async Task Wildcard_allow_headers_covers_Authorization_as_in_chromium_and_says_other_browsers_block_it()
    {
        await using var server = await TestServer.StartAsync(context =>
        {
            context.Response.Headers.AccessControlAllowOrigin = "*";
            context.Response.Headers.AccessControlAllowHeaders = "*";
            return context.Request.Method == "OPTIONS" ? Task.CompletedTask : TestServer.App(context);
        });

        var custom = await Corskit.RunAsync("check", server.At("/"), "--origin", App, "-H", "X-Custom: 1");
        Assert.Equal(0, custom.ExitCode);

        // Chromium's verdict (tests/CorsKit.Browser.Tests CheckAgreementTests), with the caveat for Firefox and Fetch.
        var authorization = await Corskit.RunAsync("check", server.At("/"), "--origin", App, "-H", "Authorization: Bearer x");
        Assert.Equal(0, authorization.ExitCode);
        Assert.Contains("list Authorization by name", authorization.Out);
    }

    [Fact]
    public async Task A_wildcard_origin_with_credentials_is_blocked()
    {
        await using var server = await TestServer.StartAsync(context =>
        {
            context.Response.Headers.AccessControlAllowOrigin = "*";
            context.Response.Headers.AccessControlAllowCredentials = "true";
            return TestServer.App(context);
        });

        var withCredentials = await Corskit.RunAsync("check", server.At("/"), "--origin", App, "--credentials");
        Assert.Equal(1, withCredentials.ExitCode);
        Assert.Contains("must not be the wildcard '*' when the request's credentials mode is 'include'", withCredentials.Out);

        var without = await Corskit.RunAsync("check", server.At("/"), "--origin", App);
        Assert.Equal(0, without.ExitCode);
    }

    [Fact]
    public async Task Two_allow_origin_lines_are_blocked_as_multiple_values()
    {
        await using var server = await TestServer.StartAsync(context =>
        {
            context.Response.Headers.Append("Access-Control-Allow-Origin", App);
            context.Response.Headers.Append("Access-Control-Allow-Origin", App);
            return TestServer.App(context);
        });

        var result = await Corskit.RunAsync("check", server.At("/"), "--origin", App);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("contains multiple values", result.Out);
    }

    [Fact]
    public async Task A_preflight_rejected_by_authentication_fails_on_status()
    {
        await using var server = await TestServer.StartAsync(context =>
        {
            context.Response.Headers.AccessControlAllowOrigin = App;
            context.Response.Headers.AccessControlAllowMethods = "DELETE";
            context.Response.StatusCode = 401;
            return Task.CompletedTask;
        });

        var result = await Corskit.RunAsync("check", server.At("/"), "--origin", App, "-X", "DELETE");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("It does not have HTTP ok status.", result.Out);
    }

    [Fact]
    public async Task A_redirected_preflight_is_blocked()
    {
        await using var server = await TestServer.StartAsync(context =>
        {
            context.Response.Headers.AccessControlAllowOrigin = App;
            context.Response.Redirect("/elsewhere");
            return Task.CompletedTask;
        });

        var result = await Corskit.RunAsync("check", server.At("/"), "--origin", App, "-X", "DELETE");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Redirect is not allowed for a preflight request.", result.Out);
    }

    [Fact]
    public async Task A_cross_origin_redirect_is_checked_and_the_origin_becomes_null()
    {
        await using var server = await TestServer.StartAsync(context =>
        {
            // Echo whatever origin arrives, so the test sees which one the browser model sent at each hop.
            context.Response.Headers.AccessControlAllowOrigin = context.Request.Headers.Origin.ToString();
            if (context.Request.Path == "/start")
            {
                context.Response.Redirect(new Uri(new UriBuilder(context.Request.Scheme, "localhost", context.Connection.LocalPort).Uri, "/final").ToString());
                return Task.CompletedTask;
            }

            return TestServer.App(context);
        });

        var result = await Corskit.RunAsync("check", server.At("/start"), "--origin", App, "--json");
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Out);
        var steps = json.RootElement.GetProperty("steps").EnumerateArray().ToList();
        Assert.Equal(["redirect", "request"], steps.Select(s => s.GetProperty("kind").GetString()));
        string OriginSent(JsonElement step) => step.GetProperty("request").GetProperty("headers").EnumerateArray()
            .Single(h => h.GetProperty("name").GetString() == "Origin").GetProperty("value").GetString()!;
        Assert.Equal(App, OriginSent(steps[0]));
        Assert.Equal("null", OriginSent(steps[1]));
    }

    [Fact]
    public async Task A_redirect_without_CORS_headers_blocks_the_fetch()
    {
        await using var server = await TestServer.StartAsync(context =>
        {
            if (context.Request.Path == "/start")
            {
                context.Response.Redirect("/final");
                return Task.CompletedTask;
            }

            context.Response.Headers.AccessControlAllowOrigin = App;
            return TestServer.App(context);
        });

        var result = await Corskit.RunAsync("check", server.At("/start"), "--origin", App);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("No 'Access-Control-Allow-Origin' header", result.Out);
    }

    [Fact]
    public async Task A_same_origin_fetch_is_allowed_without_CORS()
    {
        await using var server = await TestServer.StartAsync(TestServer.App);
        var origin = server.Url.GetLeftPart(UriPartial.Authority);
        var result = await Corskit.RunAsync("check", server.At("/"), "--origin", origin, "-X", "DELETE");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("same-origin", result.Out);
    }

    [Fact]
    public async Task Forbidden_methods_are_refused_by_fetch_itself()
    {
        await using var server = await TestServer.StartAsync(TestServer.App);
        var result = await Corskit.RunAsync("check", server.At("/"), "--origin", App, "-X", "TRACE");
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("'TRACE' HTTP method is unsupported.", result.Out);
    }

    [Theory]
    [InlineData("check", "not-a-url", "--origin", "https://app.example.com")]
    [InlineData("check", "http://127.0.0.1:9/", "--origin", "https://app.example.com/path")]
    [InlineData("check", "http://127.0.0.1:9/", "--origin", "https://app.example.com", "-H", "no colon")]
    [InlineData("check", "http://127.0.0.1:9/")]
    [InlineData("frobnicate")]
    public async Task Usage_errors_exit_with_2_and_a_message(params string[] args)
    {
        var result = await Corskit.RunAsync(args);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("corskit: error:", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public async Task An_unreachable_server_exits_with_2_without_a_stack_trace()
    {
        int port;
        await using (var server = await TestServer.StartAsync(TestServer.App))
        {
            port = server.Url.Port;
        }

        var result = await Corskit.RunAsync("check", $"http://127.0.0.1:{port}/", "--origin", App);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("could not get a response", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("check", "--help")]
    [InlineData("audit", "--help")]
    [InlineData("lint", "--help")]
    public async Task Every_command_has_help_with_examples(params string[] args)
    {
        var result = await Corskit.RunAsync(args);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Examples:", result.Out);
        Assert.Contains("corskit ", result.Out);
    }
}
