using System.Net;
using CorsKit.AspNetCore.Configuration;
using CorsKit.AspNetCore.Diagnostics;
using CorsKit.AspNetCore.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging;

namespace CorsKit.AspNetCore.Tests.Diagnostics;

public sealed class DiagnosticsTests
{
    private const string Allowed = "https://app.example.com";

    private static async Task<TestApp> StartAsync(bool developmentMode = false)
    {
        var builder = TestApp.CreateBuilder();
        builder.Services.AddCorsKit(options =>
        {
            options.AddDefaultPolicy(policy => policy.WithOrigins(Allowed).WithMethods("PUT").WithHeaders("Content-Type"));
            options.IncludeDenialReasonHeader = developmentMode;
        });
        return await TestApp.StartAsync(builder, app =>
        {
            app.UseCorsKit();
            app.MapGet("/", () => "hi");
            app.MapGet("/rewrites-origin", (HttpContext context) =>
            {
                context.Request.Headers.Origin = "https://evil.example.com";
                return "rewritten";
            });
        });
    }

    public static TheoryData<HttpRequestMessage, int, string, string?> Denials => new()
    {
        { CorsRequests.Actual("/", "https://evil.example.com"), CorsKitEventIds.OriginNotAllowed, "origin-not-allowed", "https://evil.example.com" },
        { CorsRequests.Actual("/", "not an origin"), CorsKitEventIds.MalformedOrigin, "malformed-origin", null },
        { CorsRequests.Actual("/", "null"), CorsKitEventIds.NullOrigin, "null-origin", null },
        { CorsRequests.Preflight("/", Allowed, "DELETE"), CorsKitEventIds.MethodNotAllowed, "method-not-allowed", "DELETE" },
        { CorsRequests.Preflight("/", Allowed, "TRACE"), CorsKitEventIds.MalformedMethod, "malformed-method", "TRACE" },
        { CorsRequests.Preflight("/", Allowed, "GET", "content-type,x-secret"), CorsKitEventIds.HeaderNotAllowed, "header-not-allowed", "x-secret" },
    };

    [Theory]
    [MemberData(nameof(Denials))]
    public async Task Each_denial_is_logged_at_debug_under_its_event_id_and_counted(HttpRequestMessage request, int eventId, string outcome, string? detail)
    {
        await using var app = await StartAsync();
        using var metrics = new MetricCollector<long>(app.App.Services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(), CorsKitMetrics.MeterName, CorsKitMetrics.DecisionsInstrumentName);

        using var response = await app.Client.SendAsync(request);

        var record = Assert.Single(app.Logs.GetSnapshot(), log => log.Category == typeof(CorsKit.AspNetCore.Middleware.CorsKitMiddleware).FullName);
        Assert.Equal(eventId, record.Id.Id);
        Assert.Equal(LogLevel.Debug, record.Level);
        if (detail is not null)
        {
            Assert.Contains(detail, record.Message);
        }

        var measurement = Assert.Single(metrics.GetMeasurementSnapshot());
        Assert.Equal(1, measurement.Value);
        Assert.Equal(outcome, measurement.Tags["outcome"]);
        Assert.Equal(request.Method == HttpMethod.Options ? "preflight" : "actual", measurement.Tags["kind"]);
        Assert.Null(response.Header(CorsKitOptions.DenialReasonHeaderName));
    }

    [Fact]
    public async Task Allowed_requests_are_counted_and_log_nothing_at_information_or_above()
    {
        await using var app = await StartAsync();
        using var metrics = new MetricCollector<long>(app.App.Services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(), CorsKitMetrics.MeterName, CorsKitMetrics.DecisionsInstrumentName);

        using var actual = await app.Client.SendAsync(CorsRequests.Actual("/", Allowed));
        using var preflight = await app.Client.SendAsync(CorsRequests.Preflight("/", Allowed, "PUT"));

        Assert.Equal(HttpStatusCode.NoContent, preflight.StatusCode);
        Assert.DoesNotContain(app.Logs.GetSnapshot(), log => log.Category!.StartsWith("CorsKit", StringComparison.Ordinal) && log.Level >= LogLevel.Information);
        var measurements = metrics.GetMeasurementSnapshot();
        Assert.Equal(2, measurements.Count);
        Assert.All(measurements, m => Assert.Equal("allowed", m.Tags["outcome"]));
        Assert.Equal(["actual", "preflight"], measurements.Select(m => (string)m.Tags["kind"]!).Order());
    }

    [Fact]
    public async Task An_actual_request_is_counted_and_logged_once_as_it_was_answered_when_its_response_started()
    {
        await using var app = await StartAsync();
        using var metrics = new MetricCollector<long>(app.App.Services.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>(), CorsKitMetrics.MeterName, CorsKitMetrics.DecisionsInstrumentName);

        // Allowed when it arrived; the application then rewrote its Origin, so it was answered as refused.
        using var response = await app.Client.SendAsync(CorsRequests.Actual("/rewrites-origin", Allowed));

        Assert.Equal("rewritten", await response.Content.ReadAsStringAsync());
        Assert.Null(response.Header("Access-Control-Allow-Origin"));
        var measurement = Assert.Single(metrics.GetMeasurementSnapshot());
        Assert.Equal("origin-not-allowed", measurement.Tags["outcome"]);
        Assert.Equal("actual", measurement.Tags["kind"]);
        var record = Assert.Single(app.Logs.GetSnapshot(), log => log.Category == typeof(CorsKit.AspNetCore.Middleware.CorsKitMiddleware).FullName);
        Assert.Equal(CorsKitEventIds.OriginNotAllowed, record.Id.Id);
        Assert.Contains("https://evil.example.com", record.Message);
    }

    [Fact]
    public async Task Development_mode_states_the_denial_reason_on_actual_and_preflight_responses()
    {
        await using var app = await StartAsync(developmentMode: true);

        using var actual = await app.Client.SendAsync(CorsRequests.Actual("/", "https://evil.example.com"));
        using var malformed = await app.Client.SendAsync(CorsRequests.Actual("/", "https://EVIL.example.com"));
        using var preflight = await app.Client.SendAsync(CorsRequests.Preflight("/", Allowed, "DELETE"));
        using var allowed = await app.Client.SendAsync(CorsRequests.Actual("/", Allowed));

        Assert.Equal("origin-not-allowed", actual.Header(CorsKitOptions.DenialReasonHeaderName));
        Assert.Equal("malformed-origin", malformed.Header(CorsKitOptions.DenialReasonHeaderName));
        Assert.Equal(HttpStatusCode.Forbidden, preflight.StatusCode);
        Assert.Equal("method-not-allowed", preflight.Header(CorsKitOptions.DenialReasonHeaderName));
        Assert.Null(allowed.Header(CorsKitOptions.DenialReasonHeaderName));
        Assert.Contains(app.Logs.GetSnapshot(), log => log.Id.Id == CorsKitEventIds.DenialReasonHeaderEnabled && log.Level == LogLevel.Warning);
    }
}
