using CorsKit.AspNetCore.Configuration;
using CorsKit.AspNetCore.Tests.Infrastructure;
using CorsKit.Policy;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CorsKit.AspNetCore.Tests.Configuration;

public sealed class StartupValidationTests
{
    [Fact]
    public async Task Invalid_configuration_stops_startup_listing_every_problem_by_its_key()
    {
        var builder = TestApp.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Cors:Origins"] = "https://app.example.com",
            ["Cors:Policies:admin:Origins"] = "*",
            ["Cors:Policies:admin:Credentials"] = "true",
            ["Cors:Policies:admin:MaxAge"] = "ten minutes",
            ["Cors:Policies:ops:Methods"] = "TRACE",
            ["Cors:Policies:ops:Origins"] = "https://ops.example.com",
        });
        builder.Services.AddCorsKit("Cors");

        var error = await Assert.ThrowsAsync<CorsConfigurationException>(() => TestApp.StartAsync(builder, app => app.UseCorsKit()));

        var settings = error.Problems.Select(problem => problem.Setting).ToList();
        Assert.Contains("Cors:Policies:admin:Origins", settings);
        Assert.Contains("Cors:Policies:admin:MaxAge", settings);
        Assert.Contains("Cors:Policies:ops:Methods", settings);
        Assert.Contains("Cors:Policies:admin:MaxAge", error.Message);
        Assert.Contains("Cors:Policies:ops:Methods", error.Message);
    }

    [Fact]
    public async Task Invalid_code_policy_names_the_policy()
    {
        var builder = TestApp.CreateBuilder();
        builder.Services.AddCorsKit(options => options.AddPolicy("api", policy => policy.WithOrigins("not an origin")));

        var error = await Assert.ThrowsAsync<CorsConfigurationException>(() => TestApp.StartAsync(builder, app => app.UseCorsKit()));

        Assert.Equal("CorsKitOptions:Policies:api:Origins", Assert.Single(error.Problems).Setting);
    }

    [Fact]
    public async Task Invalid_configuration_stops_startup_even_without_the_middleware()
    {
        var builder = TestApp.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["Cors:Credentials"] = "maybe", ["Cors:Origins"] = "https://a.example.com" });
        builder.Services.AddCorsKit("Cors");

        var error = await Assert.ThrowsAsync<CorsConfigurationException>(() => TestApp.StartAsync(builder, app => app.MapGet("/", () => "hi")));

        Assert.Equal("Cors:Credentials", Assert.Single(error.Problems).Setting);
    }

    [Fact]
    public async Task Development_mode_is_refused_in_production()
    {
        var builder = TestApp.CreateBuilder("Production");
        builder.Services.AddCorsKit(options => options.AddDefaultPolicy(policy => policy.WithOrigins("https://a.example.com"))).IncludeDenialReasonHeader();

        var error = await Assert.ThrowsAsync<CorsConfigurationException>(() => TestApp.StartAsync(builder, app => app.UseCorsKit()));

        Assert.Equal("CorsKitOptions:" + nameof(CorsKitOptions.IncludeDenialReasonHeader), Assert.Single(error.Problems).Setting);
        Assert.Contains(nameof(CorsKitOptions.AllowDenialReasonHeaderInProduction), error.Message);
    }

    [Fact]
    public async Task Development_mode_in_production_starts_when_forced()
    {
        var builder = TestApp.CreateBuilder("Production");
        builder.Services.AddCorsKit(options =>
        {
            options.AddDefaultPolicy(policy => policy.WithOrigins("https://a.example.com"));
            options.IncludeDenialReasonHeader = true;
            options.AllowDenialReasonHeaderInProduction = true;
        });

        await using var app = await TestApp.StartAsync(builder, app => { app.UseCorsKit(); app.MapGet("/", () => "hi"); });
        using var response = await app.Client.SendAsync(CorsRequests.Actual("/", "https://evil.example.com"));

        Assert.Equal("origin-not-allowed", response.Header(CorsKitOptions.DenialReasonHeaderName));
    }

    [Fact]
    public async Task An_endpoint_naming_an_undefined_policy_stops_startup_naming_the_endpoint_and_the_policy()
    {
        var builder = TestApp.CreateBuilder();
        builder.Services.AddCorsKit(options => options
            .AddDefaultPolicy(policy => policy.WithOrigins("https://app.example.com"))
            .AddPolicy("admin", policy => policy.WithOrigins("https://admin.example.com")));

        var error = await Assert.ThrowsAsync<CorsConfigurationException>(() => TestApp.StartAsync(builder, app =>
        {
            app.UseCorsKit();
            app.MapGet("/", () => "hi");
            app.MapGet("/default", () => "default").RequireCorsKit();
            app.MapGet("/admin", () => "admin").RequireCorsKit("ADMIN");
            app.MapGet("/partners", () => "partners").RequireCorsKit("partners");

            // Not CorsKit's to check: Microsoft's metadata, and names overridden further in.
            app.MapGet("/microsoft", () => "microsoft").RequireCors("microsoft-only");
            var group = app.MapGroup("/group").RequireCorsKit("nope");
            group.MapGet("/off", () => "off").DisableCorsKit();
            group.MapGet("/default", () => "default").RequireCorsKit();
        }));

        var problem = Assert.Single(error.Problems);
        Assert.Equal("partners", problem.Value);
        Assert.Contains("/partners", problem.Setting);
        Assert.Contains("Defined policies: admin.", problem.Reason);
        Assert.Contains("options.AddPolicy(\"partners\"", error.Message);
    }

    [Fact]
    public async Task A_controller_naming_an_undefined_policy_stops_startup()
    {
        var builder = TestApp.CreateBuilder();
        builder.Services.AddControllers();
        builder.Services.AddCorsKit(options => options.AddDefaultPolicy(policy => policy.WithOrigins("https://app.example.com")));

        var error = await Assert.ThrowsAsync<CorsConfigurationException>(() => TestApp.StartAsync(builder, app =>
        {
            app.UseCorsKit();
            app.MapControllers();
        }));

        // AdminController names "admin" on the class; its [DisableCorsKit] and [CorsKitPolicy] actions name none.
        var problem = Assert.Single(error.Problems);
        Assert.Equal("admin", problem.Value);
        Assert.Contains(nameof(Endpoints.AdminController), problem.Setting);
        Assert.Contains("No named policy is defined.", problem.Reason);
    }
}
