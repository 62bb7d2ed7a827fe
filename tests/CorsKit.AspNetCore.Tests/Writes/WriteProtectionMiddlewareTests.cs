using System.Net;
using System.Text.Json;
using CorsKit.AspNetCore.Diagnostics;
using CorsKit.AspNetCore.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;

namespace CorsKit.AspNetCore.Tests.Writes;

public sealed class WriteProtectionMiddlewareTests
{
    private const string Frontend = "https://app.example.com";
    private const string Attacker = "https://attacker.example";

    private static HttpRequestMessage Write(string path, string? origin, string? site, string method = "POST")
    {
        var request = CorsRequests.Actual(path, origin, method);
        if (site is not null)
        {
            request.Headers.TryAddWithoutValidation("Sec-Fetch-Site", site);
        }

        request.Content = new StringContent("name=value", System.Text.Encoding.UTF8, "application/x-www-form-urlencoded");
        return request;
    }

    private static async Task<(TestApp App, HitCounter Hits)> StartAsync(bool protect = true)
    {
        var hits = new HitCounter();
        var builder = TestApp.CreateBuilder();
        builder.Services.AddCorsKit(options => options.AddDefaultPolicy(policy =>
        {
            policy.WithOrigins(Frontend).WithMethods("DELETE").AllowCredentials();
            if (protect)
            {
                policy.ProtectWrites("https://pay.example.net");
            }
        }));
        var app = await TestApp.StartAsync(builder, app =>
        {
            app.UseCorsKit();
            app.MapPost("/", () => { hits.Hit(); return "written"; });
            app.MapGet("/", () => { hits.Hit(); return "read"; });
            app.MapDelete("/", () => { hits.Hit(); return "deleted"; });
            app.MapPost("/webhook", () => { hits.Hit(); return "hooked"; }).DisableWriteProtection();
            app.MapPost("/no-cors", () => { hits.Hit(); return "written"; }).DisableCorsKit();
            app.MapPost("/required", () => { hits.Hit(); return "written"; }).RequireWriteProtection();
        });
        return (app, hits);
    }

    [Fact]
    public async Task A_cross_site_form_post_is_refused_with_a_problem_and_the_endpoint_never_runs()
    {
        var (app, hits) = await StartAsync();
        await using var _ = app;

        using var response = await app.Client.SendAsync(Write("/", Attacker, "cross-site"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("cross-site", problem.RootElement.GetProperty("reason").GetString());
        Assert.Equal(403, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Contains("trusted write origins", problem.RootElement.GetProperty("fix").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(Attacker, await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Null(response.Header("Access-Control-Allow-Origin"));
        Assert.Equal(0, hits.Hits);
    }

    [Theory]
    [InlineData("POST", Frontend, "cross-site")]
    [InlineData("DELETE", Frontend, "cross-site")]
    [InlineData("POST", "https://pay.example.net", "cross-site")]
    [InlineData("POST", null, "same-origin")]
    [InlineData("POST", null, "none")]
    [InlineData("POST", null, null)]
    [InlineData("POST", "http://localhost", null)]
    [InlineData("GET", Attacker, "cross-site")]
    public async Task Allowed_writes_and_safe_requests_reach_the_endpoint(string method, string? origin, string? site)
    {
        var (app, hits) = await StartAsync();
        await using var _ = app;

        using var response = await app.Client.SendAsync(Write("/", origin, site, method));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, hits.Hits);
    }

    [Fact]
    public async Task The_origins_that_may_read_still_get_their_cors_headers_on_a_write()
    {
        var (app, _) = await StartAsync();
        await using var __ = app;

        using var response = await app.Client.SendAsync(Write("/", Frontend, "cross-site"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Frontend, response.Header("Access-Control-Allow-Origin"));
        Assert.Equal("true", response.Header("Access-Control-Allow-Credentials"));
    }

    [Fact]
    public async Task An_endpoint_opts_out_explicitly_and_disabling_cors_does_not_opt_out()
    {
        var (app, hits) = await StartAsync();
        await using var _ = app;

        using var webhook = await app.Client.SendAsync(Write("/webhook", Attacker, "cross-site"));
        using var attacker = await app.Client.SendAsync(Write("/no-cors", Attacker, "cross-site"));
        using var frontend = await app.Client.SendAsync(Write("/no-cors", Frontend, "cross-site"));
        using var trusted = await app.Client.SendAsync(Write("/no-cors", "https://pay.example.net", "cross-site"));

        Assert.Equal(HttpStatusCode.OK, webhook.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, attacker.StatusCode);
        // Nobody reads an endpoint without CORS, so the readers of the policy do not write there either.
        Assert.Equal(HttpStatusCode.Forbidden, frontend.StatusCode);
        Assert.Equal(HttpStatusCode.OK, trusted.StatusCode);
        Assert.Equal(2, hits.Hits);
    }

    [Fact]
    public async Task An_endpoint_can_require_protection_the_policy_does_not_ask_for()
    {
        var (app, hits) = await StartAsync(protect: false);
        await using var _ = app;

        using var unprotected = await app.Client.SendAsync(Write("/", Attacker, "cross-site"));
        using var required = await app.Client.SendAsync(Write("/required", Attacker, "cross-site"));
        using var frontend = await app.Client.SendAsync(Write("/required", Frontend, "cross-site"));

        Assert.Equal(HttpStatusCode.OK, unprotected.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, required.StatusCode);
        Assert.Equal(HttpStatusCode.OK, frontend.StatusCode);
        Assert.Equal(2, hits.Hits);
    }

    [Fact]
    public async Task A_refusal_is_logged_at_debug_under_its_event_id_and_every_write_is_counted()
    {
        var (app, _) = await StartAsync();
        await using var __ = app;
        using var metrics = new MetricCollector<long>(app.App.Services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(), CorsKitMetrics.MeterName, CorsKitMetrics.WritesInstrumentName);

        using var refused = await app.Client.SendAsync(Write("/", Attacker, null));
        using var allowed = await app.Client.SendAsync(Write("/", Frontend, "cross-site"));
        using var read = await app.Client.SendAsync(Write("/", Attacker, "cross-site", "GET"));

        var record = Assert.Single(app.Logs.GetSnapshot(), log => log.Id.Id == CorsKitEventIds.ForeignOriginWrite);
        Assert.Equal(LogLevel.Debug, record.Level);
        Assert.Contains(Attacker, record.Message, StringComparison.Ordinal);
        Assert.Contains("sees its own origin as http://localhost", record.Message, StringComparison.Ordinal);
        Assert.Equal(["foreign-origin", "allowed"], metrics.GetMeasurementSnapshot().Select(measurement => measurement.Tags["outcome"]));
    }

    // Behind a proxy the server sees its own origin only through forwarded headers; with them, a same-origin post from
    // an old browser (no Sec-Fetch-Site) passes, and without them it is refused as foreign.
    [Theory]
    [InlineData(true, HttpStatusCode.OK)]
    [InlineData(false, HttpStatusCode.Forbidden)]
    public async Task Behind_a_proxy_the_own_origin_comes_from_the_forwarded_headers(bool forwarded, HttpStatusCode expected)
    {
        var hits = new HitCounter();
        var builder = TestApp.CreateBuilder();
        builder.Services.AddCorsKit(options => options.AddDefaultPolicy(policy => policy.WithOrigins(Frontend).ProtectWrites()));
        await using var app = await TestApp.StartAsync(builder, app =>
        {
            if (forwarded)
            {
                var options = new ForwardedHeadersOptions { ForwardedHeaders = ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost };
                options.KnownIPNetworks.Clear();
                options.KnownProxies.Clear();
                app.UseForwardedHeaders(options);
            }

            app.UseCorsKit();
            app.MapPost("/", () => { hits.Hit(); return "written"; });
        });
        using var request = Write("/", "https://www.example.org", null);
        request.Headers.TryAddWithoutValidation("X-Forwarded-Proto", "https");
        request.Headers.TryAddWithoutValidation("X-Forwarded-Host", "www.example.org");

        using var response = await app.Client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Configuration_switches_protection_and_a_reload_turns_it_on_and_off()
    {
        var source = new ReloadableConfigurationSource();
        source.Provider.Replace(new Dictionary<string, string?> { ["Cors:Origins"] = Frontend, ["Cors:ProtectWrites"] = "true", ["Cors:TrustedWriteOrigins:0"] = "https://pay.example.net" });
        var builder = TestApp.CreateBuilder();
        ((IConfigurationBuilder)builder.Configuration).Add(source);
        builder.Services.AddCorsKit("Cors");
        await using var app = await TestApp.StartAsync(builder, app =>
        {
            app.UseCorsKit();
            app.MapPost("/", () => "written");
        });

        using var onAttacker = await app.Client.SendAsync(Write("/", Attacker, "cross-site"));
        using var onTrusted = await app.Client.SendAsync(Write("/", "https://pay.example.net", "cross-site"));
        source.Provider.Replace(new Dictionary<string, string?> { ["Cors:Origins"] = Frontend, ["Cors:ProtectWrites"] = "false" });
        using var off = await app.Client.SendAsync(Write("/", Attacker, "cross-site"));
        source.Provider.Replace(new Dictionary<string, string?> { ["Cors:Origins"] = Frontend, ["Cors:ProtectWrites"] = "on" });
        using var onAgain = await app.Client.SendAsync(Write("/", Attacker, "cross-site"));
        source.Provider.Replace(new Dictionary<string, string?> { ["Cors:Origins"] = Frontend, ["Cors:ProtectWrites"] = "true", ["Cors:TrustedWriteOrigins:0"] = "null" });
        using var rejected = await app.Client.SendAsync(Write("/", Attacker, "cross-site"));

        Assert.Equal(HttpStatusCode.Forbidden, onAttacker.StatusCode);
        Assert.Equal(HttpStatusCode.OK, onTrusted.StatusCode);
        Assert.Equal(HttpStatusCode.OK, off.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, onAgain.StatusCode);
        // The rejected reload leaves protection on.
        Assert.Equal(HttpStatusCode.Forbidden, rejected.StatusCode);
        Assert.Single(app.Logs.GetSnapshot(), record => record.Id.Id == CorsKitEventIds.ReloadRejected && record.Message.Contains("Cors:TrustedWriteOrigins", StringComparison.Ordinal));
    }
}
