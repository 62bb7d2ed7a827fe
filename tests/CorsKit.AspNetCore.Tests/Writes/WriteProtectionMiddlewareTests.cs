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
        builder.Services.AddCors(options => options.AddPolicy("microsoft", policy => policy.WithOrigins(Frontend)));
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
            // Sets a header as a raw client could, including empty values HttpClient would not send.
            app.Use((context, next) =>
            {
                if (context.Request.Query.TryGetValue("site", out var sites))
                {
                    context.Request.Headers["Sec-Fetch-Site"] = sites;
                }

                return next(context);
            });
            app.UseCorsKit();
            app.UseCors();
            app.MapPost("/", () => { hits.Hit(); return "written"; });
            app.MapGet("/", () => { hits.Hit(); return "read"; });
            app.MapDelete("/", () => { hits.Hit(); return "deleted"; });
            app.MapPost("/webhook", () => { hits.Hit(); return "hooked"; }).DisableWriteProtection();
            app.MapPost("/no-cors", () => { hits.Hit(); return "written"; }).DisableCorsKit();
            app.MapPost("/required", () => { hits.Hit(); return "written"; }).RequireWriteProtection();
            app.MapPost("/microsoft", () => { hits.Hit(); return "written"; }).RequireCors("microsoft");
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

    [Fact]
    public async Task An_endpoint_left_to_microsofts_cors_keeps_the_default_protection_without_readers()
    {
        var (app, hits) = await StartAsync();
        await using var _ = app;

        using var attacker = await app.Client.SendAsync(Write("/microsoft", Attacker, "cross-site"));
        using var trusted = await app.Client.SendAsync(Write("/microsoft", "https://pay.example.net", "cross-site"));

        Assert.Equal(HttpStatusCode.Forbidden, attacker.StatusCode);
        Assert.Equal(HttpStatusCode.OK, trusted.StatusCode);
        Assert.Equal(1, hits.Hits);
    }

    // An empty Sec-Fetch-Site is present, and no browser's: it must not read as a missing header (which, without an
    // Origin, passes). Several lines are no browser's either.
    [Theory]
    [InlineData("/?site=")]
    [InlineData("/?site=same-origin&site=same-origin")]
    public async Task A_fetch_site_no_browser_sends_is_refused_even_without_an_origin(string path)
    {
        var (app, hits) = await StartAsync();
        await using var _ = app;
        using var request = Write(path, null, null);

        using var response = await app.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("\"reason\":\"unknown-fetch-site\"", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, hits.Hits);
    }

    [Fact]
    public async Task Requiring_protection_on_a_public_policy_checks_writes_without_its_readers()
    {
        var hits = new HitCounter();
        var builder = TestApp.CreateBuilder();
        builder.Services.AddCorsKit(options => options.AddDefaultPolicy(policy => policy.AllowAnyOrigin()));
        await using var app = await TestApp.StartAsync(builder, app =>
        {
            app.UseCorsKit();
            app.MapPost("/", () => { hits.Hit(); return "written"; });
            app.MapPost("/required", () => { hits.Hit(); return "written"; }).RequireWriteProtection();
        });

        using var open = await app.Client.SendAsync(Write("/", Attacker, "cross-site"));
        using var required = await app.Client.SendAsync(Write("/required", Attacker, "cross-site"));

        Assert.Equal(HttpStatusCode.OK, open.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, required.StatusCode);
        Assert.Equal(1, hits.Hits);
    }

    // The Host header is compared as sent (punycode, like Origin), not decoded to Unicode as HttpRequest.Host is.
    [Fact]
    public async Task An_international_host_is_its_own_origin_in_punycode()
    {
        var (app, hits) = await StartAsync();
        await using var _ = app;
        using var request = Write("/", "http://xn--bcher-kva.example", null);
        request.Headers.Host = "xn--bcher-kva.example";

        using var response = await app.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, hits.Hits);
    }

    [Fact]
    public void The_public_event_ids_are_the_ones_refusals_are_logged_under()
    {
        Assert.Equal(
            [51, 52, 53, 54, 55, 56, 57],
            new[] { CorsKitEventIds.CrossSiteWrite, CorsKitEventIds.SameSiteWrite, CorsKitEventIds.UnknownFetchSiteWrite, CorsKitEventIds.NullOriginWrite, CorsKitEventIds.MultipleOriginsWrite, CorsKitEventIds.MalformedOriginWrite, CorsKitEventIds.ForeignOriginWrite });
        Assert.Equal(
            [51, 52, 53, 54, 55, 56, 57],
            CorsKit.Writes.WriteDenialReasons.All.Skip(1).Select(reason => reason.EventId));
    }
}
