using System.Net;
using System.Text;
using System.Text.Json;
using CorsKit.AspNetCore.Dashboard;
using CorsKit.AspNetCore.Diagnostics;
using CorsKit.AspNetCore.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CorsKit.AspNetCore.Tests.Dashboard;

/// <summary>
/// <c>MapCorsKitDashboard</c> in a real pipeline: what the page's state document shows after real requests, the ring's
/// bound, the try-it form, and the guards (environment, loopback client, loopback Host, proxied requests).
/// </summary>
public sealed class DashboardTests
{
    private const string App = "https://app.example.com";
    private const string Evil = "https://evil.example.net";

    // The test server has no socket: this stands in for the connection's address, which the guard reads.
    private static readonly string AddressHeader = "X-Test-Remote-Address";

    private static async Task<TestApp> StartAsync(string environment = "Development", Action<CorsKitDashboardOptions>? configure = null, IConfigurationSource? source = null)
    {
        var builder = TestApp.CreateBuilder(environment);
        if (source is not null)
        {
            ((IConfigurationBuilder)builder.Configuration).Add(source);
            builder.Services.AddCorsKit("Cors");
        }
        else
        {
            builder.Services.AddCorsKit(options => options
                .AddDefaultPolicy(policy => policy.WithOrigins(App).WithMethods("DELETE").WithHeaders("Content-Type").ProtectWrites())
                .AddPolicy("admin", policy => policy.WithOrigins("https://admin.example.com")));
        }

        return await TestApp.StartAsync(builder, app =>
        {
            app.Use((context, next) =>
            {
                context.Connection.RemoteIpAddress = context.Request.Headers[AddressHeader] is [var address] ? IPAddress.Parse(address!) : IPAddress.Loopback;
                return next(context);
            });
            app.UseCorsKit();
            app.MapGet("/items", () => "items");
            app.MapPost("/items", () => "created");
            app.MapCorsKitDashboard(configure: configure);
        });
    }

    private static HttpRequestMessage Request(HttpMethod method, string path, string? origin = null, params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(method, path);
        request.Headers.Host = "localhost";
        if (origin is not null)
        {
            request.Headers.Add("Origin", origin);
        }

        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return request;
    }

    private static async Task<JsonElement> StateAsync(TestApp app, long after = 0)
    {
        using var response = await app.Client.SendAsync(Request(HttpMethod.Get, $"/_corskit/state?after={after}"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    private static async Task SendAsync(TestApp app, HttpRequestMessage request)
    {
        using var response = await app.Client.SendAsync(request);
    }

    [Fact]
    public async Task The_page_is_served_whole_from_the_assembly_under_a_strict_content_security_policy()
    {
        await using var app = await StartAsync();
        using var page = await app.Client.SendAsync(Request(HttpMethod.Get, "/_corskit"));
        using var script = await app.Client.SendAsync(Request(HttpMethod.Get, "/_corskit/dashboard.js"));
        using var style = await app.Client.SendAsync(Request(HttpMethod.Get, "/_corskit/dashboard.css"));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("<script src=\"/_corskit/dashboard.js\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("http://", html.Replace("http://localhost:5173", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("no-store", page.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.Contains("textContent", await script.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal("text/css; charset=utf-8", style.Content.Headers.ContentType?.ToString());
    }

    [Fact]
    public async Task Each_kind_of_decision_appears_with_the_servers_reason_and_the_fix()
    {
        await using var app = await StartAsync();
        await SendAsync(app, Request(HttpMethod.Get, "/items?token=secret-query", App));
        await SendAsync(app, Request(HttpMethod.Get, "/items", Evil));
        await SendAsync(app, Request(HttpMethod.Options, "/items", App, ("Access-Control-Request-Method", "PUT")));
        await SendAsync(app, Request(HttpMethod.Options, "/items", App, ("Access-Control-Request-Method", "DELETE"), ("Access-Control-Request-Headers", "x-custom")));
        await SendAsync(app, Request(HttpMethod.Post, "/items", Evil, ("Sec-Fetch-Site", "cross-site")));

        var decisions = (await StateAsync(app)).GetProperty("decisions").EnumerateArray().ToList();
        Assert.Equal(["allowed", "origin-not-allowed", "method-not-allowed", "header-not-allowed", "cross-site"], decisions.Select(d => d.GetProperty("outcome").GetString()));
        Assert.Equal(["actual", "actual", "preflight", "preflight", "write"], decisions.Select(d => d.GetProperty("kind").GetString()));
        Assert.Equal("/items", decisions[0].GetProperty("path").GetString());
        Assert.Equal(Evil, decisions[1].GetProperty("origin").GetString());
        Assert.Contains($"the origin \"{Evil}\" is not allowed", decisions[1].GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Contains("Allow PUT in Access-Control-Allow-Methods", decisions[2].GetProperty("fix").GetString(), StringComparison.Ordinal);
        Assert.Equal("OPTIONS (PUT)", decisions[2].GetProperty("method").GetString());
        Assert.Contains("Allow x-custom in Access-Control-Allow-Headers", decisions[3].GetProperty("fix").GetString(), StringComparison.Ordinal);
        Assert.Contains("write protection refused it before the endpoint ran", decisions[4].GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Contains("TrustedWriteOrigins", decisions[4].GetProperty("fix").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task It_never_shows_a_cookie_an_authorization_value_or_a_query()
    {
        await using var app = await StartAsync();
        await SendAsync(app, Request(HttpMethod.Get, "/items?session=query-secret", Evil, ("Cookie", "session=cookie-secret"), ("Authorization", "Bearer token-secret")));
        await SendAsync(app, Request(HttpMethod.Options, "/items", App, ("Access-Control-Request-Method", "DELETE"), ("Access-Control-Request-Headers", "authorization"), ("Authorization", "Bearer token-secret")));

        var state = (await StateAsync(app)).GetRawText();
        Assert.Equal(2, (await StateAsync(app)).GetProperty("decisions").GetArrayLength());
        Assert.DoesNotContain("secret", state, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_ring_keeps_the_last_200_decisions_and_the_page_asks_only_for_new_ones()
    {
        await using var app = await StartAsync();
        for (var i = 0; i < 250; i++)
        {
            await SendAsync(app, Request(HttpMethod.Get, $"/items", Evil));
        }

        var all = (await StateAsync(app)).GetProperty("decisions").EnumerateArray().Select(d => d.GetProperty("sequence").GetInt64()).ToList();
        var newer = (await StateAsync(app, after: 240)).GetProperty("decisions").EnumerateArray().Select(d => d.GetProperty("sequence").GetInt64()).ToList();

        Assert.Equal(DecisionJournal.DefaultCapacity, all.Count);
        Assert.Equal(Enumerable.Range(51, 200).Select(n => (long)n), all);
        Assert.Equal(Enumerable.Range(241, 10).Select(n => (long)n), newer);
        Assert.Equal(200, (await StateAsync(app)).GetProperty("capacity").GetInt32());
    }

    [Fact]
    public async Task The_state_lists_every_policy_with_the_startup_reports_lines()
    {
        await using var app = await StartAsync();
        var policies = (await StateAsync(app)).GetProperty("policies").EnumerateArray().ToList();

        Assert.Equal(["(default)", "admin"], policies.Select(p => p.GetProperty("name").GetString()));
        var settings = policies[0].GetProperty("settings").EnumerateArray().ToDictionary(s => s.GetProperty("label").GetString()!, s => s.GetProperty("value").GetString());
        Assert.Equal(App, settings["origins"]);
        Assert.StartsWith("DELETE", settings["methods"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Configured_settings_show_where_they_came_from_and_a_rejected_reload_shows_its_problems()
    {
        var source = new ReloadableConfigurationSource();
        source.Provider.Replace(new Dictionary<string, string?> { ["Cors:Origins"] = App });
        await using var app = await StartAsync(source: source);
        Assert.Equal(JsonValueKind.Null, (await StateAsync(app)).GetProperty("reload").ValueKind);

        source.Provider.Replace(new Dictionary<string, string?> { ["Cors:Origins"] = "*", ["Cors:Credentials"] = "true" });
        var state = await StateAsync(app);

        var sources = state.GetProperty("sources").EnumerateArray().ToList();
        Assert.Equal(["Cors:Credentials", "Cors:Origins"], sources.Select(s => s.GetProperty("key").GetString()));
        Assert.All(sources, s => Assert.Equal("Reloadable", s.GetProperty("source").GetString()));
        var reload = state.GetProperty("reload");
        Assert.False(reload.GetProperty("accepted").GetBoolean());
        Assert.Contains(reload.GetProperty("problems").EnumerateArray(), problem => problem.GetString()!.Contains("Cors:Origins", StringComparison.Ordinal));
        Assert.Equal(App, state.GetProperty("policies")[0].GetProperty("settings")[0].GetProperty("value").GetString());
    }

    [Fact]
    public async Task The_try_it_form_runs_the_browser_model_against_the_policy_and_sends_nothing()
    {
        await using var app = await StartAsync();
        var form = """{"origin":"https://app.example.com","method":"PUT","path":"/items","headers":"X-Custom: 1","credentials":true}""";
        using var response = await app.Client.SendAsync(Post("/_corskit/try", form));
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var result = document.RootElement;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("blocked", result.GetProperty("verdict").GetString());
        Assert.True(result.GetProperty("preflight").GetBoolean());
        Assert.Contains("Allow PUT", result.GetProperty("fix").GetString(), StringComparison.Ordinal);
        Assert.Contains("x-custom", result.GetProperty("fix").GetString(), StringComparison.Ordinal);
        Assert.Empty((await StateAsync(app)).GetProperty("decisions").EnumerateArray());
    }

    [Fact]
    public async Task An_allowed_try_shows_what_the_page_can_read()
    {
        await using var app = await StartAsync();
        using var response = await app.Client.SendAsync(Post("/_corskit/try", """{"origin":"https://app.example.com","method":"DELETE","path":"/items","headers":"Content-Type: application/json"}"""));
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("allowed", document.RootElement.GetProperty("verdict").GetString());
        Assert.Equal(["preflight", "request"], document.RootElement.GetProperty("steps").EnumerateArray().Select(step => step.GetProperty("kind").GetString()));
    }

    [Theory]
    [InlineData("""{"origin":"app.example.com"}""", "origin \"app.example.com\" is not an origin")]
    [InlineData("""{"origin":"https://a.example","path":"items"}""", "path \"items\" does not start with '/'")]
    [InlineData("""{"origin":"https://a.example","headers":"no colon"}""", "header \"no colon\" is not \"Name: value\"")]
    [InlineData("""{"origin":"https://a.example","policy":"nope"}""", "there is no policy named \"nope\"")]
    [InlineData("""[1]""", "the form is not a JSON object")]
    [InlineData("""{""", "the form is not a JSON object")]
    public async Task A_bad_form_gets_a_400_naming_the_field(string form, string error)
    {
        await using var app = await StartAsync();
        using var response = await app.Client.SendAsync(Post("/_corskit/try", form));
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(error, document.RootElement.GetProperty("error").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("10.0.0.7", "localhost", null)]
    [InlineData("192.168.1.20", "localhost", null)]
    [InlineData("127.0.0.1", "evil.example", null)]
    [InlineData("127.0.0.1", "localhost", "X-Forwarded-For")]
    [InlineData("127.0.0.1", "localhost", "Forwarded")]
    public async Task Anyone_but_a_browser_on_this_machine_gets_404(string address, string host, string? proxyHeader)
    {
        await using var app = await StartAsync();
        foreach (var path in new[] { "/_corskit", "/_corskit/state", "/_corskit/dashboard.js" })
        {
            var request = Request(HttpMethod.Get, path, null, (AddressHeader, address));
            request.Headers.Host = host;
            if (proxyHeader is not null)
            {
                request.Headers.TryAddWithoutValidation(proxyHeader, "for=203.0.113.9");
            }

            using var response = await app.Client.SendAsync(request);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }
    }

    [Theory]
    [InlineData("::1", "localhost")]
    [InlineData("::ffff:127.0.0.1", "127.0.0.1")]
    [InlineData("127.0.0.1", "app.localhost")]
    [InlineData("127.0.0.2", "[::1]")]
    public async Task A_loopback_client_addressing_a_loopback_name_sees_it(string address, string host)
    {
        await using var app = await StartAsync();
        var request = Request(HttpMethod.Get, "/_corskit", null, (AddressHeader, address));
        request.Headers.Host = host;
        using var response = await app.Client.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Outside_Development_it_is_off_records_nothing_and_says_so()
    {
        await using var app = await StartAsync("Production");
        await SendAsync(app, Request(HttpMethod.Get, "/items", Evil));
        using var response = await app.Client.SendAsync(Request(HttpMethod.Get, "/_corskit"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.False(app.App.Services.GetRequiredService<DecisionJournal>().IsEnabled);
        Assert.Empty(app.App.Services.GetRequiredService<DecisionJournal>().After(0));
        Assert.Contains(app.Logs.GetSnapshot(), log => log.Id.Id == CorsKitEventIds.DashboardOff && log.Message.Contains("AllowOutsideDevelopment", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Forced_outside_Development_it_is_served_with_a_warning()
    {
        await using var app = await StartAsync("Production", options => options.AllowOutsideDevelopment = true);
        await SendAsync(app, Request(HttpMethod.Get, "/items", Evil));
        using var response = await app.Client.SendAsync(Request(HttpMethod.Get, "/_corskit"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single((await StateAsync(app)).GetProperty("decisions").EnumerateArray());
        Assert.Contains(app.Logs.GetSnapshot(), log => log.Id.Id == CorsKitEventIds.DashboardOutsideDevelopment && log.Level == Microsoft.Extensions.Logging.LogLevel.Warning
            && log.Message.Contains("origins and paths", StringComparison.Ordinal));
    }

    private static HttpRequestMessage Post(string path, string json)
    {
        var request = Request(HttpMethod.Post, path);
        request.Content = new StringContent(json, Encoding.UTF8, "application/json");
        return request;
    }
}
