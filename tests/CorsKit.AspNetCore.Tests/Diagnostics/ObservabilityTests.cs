using CorsKit.AspNetCore.Diagnostics;
using CorsKit.AspNetCore.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CorsKit.AspNetCore.Tests.Diagnostics;

/// <summary>What docs/observability.md tells users to write: one "CorsKit" filter in configuration shows the refusals.</summary>
public sealed class ObservabilityTests
{
    [Theory]
    [InlineData("Debug", true)]
    [InlineData("Information", false)]
    public async Task The_CorsKit_log_filter_in_configuration_shows_each_refusal_at_debug(string level, bool shown)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseTestServer();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Warning",
            ["Logging:LogLevel:CorsKit"] = level,
        });
        builder.Logging.ClearProviders().AddFakeLogging();
        builder.Services.AddCorsKit(options => options.AddDefaultPolicy(policy => policy.WithOrigins("https://app.example.com")));
        await using var app = builder.Build();
        app.UseCorsKit();
        app.MapGet("/", () => "hi");
        await app.StartAsync();

        using var response = await app.GetTestClient().SendAsync(CorsRequests.Actual("/", "https://evil.example.net"));
        var refusals = app.Services.GetFakeLogCollector().GetSnapshot()
            .Where(record => record.Id.Id == CorsKitEventIds.OriginNotAllowed && record.Category!.StartsWith("CorsKit", StringComparison.Ordinal))
            .ToList();

        Assert.Equal(shown ? 1 : 0, refusals.Count);
        Assert.All(refusals, record => Assert.Equal(LogLevel.Debug, record.Level));
        Assert.All(refusals, record => Assert.Contains("https://evil.example.net", record.Message, StringComparison.Ordinal));
        await app.StopAsync();
    }
}
