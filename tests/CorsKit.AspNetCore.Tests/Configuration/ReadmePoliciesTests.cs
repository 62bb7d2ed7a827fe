using System.Text;
using CorsKit.AspNetCore.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CorsKit.AspNetCore.Tests.Configuration;

/// <summary>
/// The README's middleware snippets: the code policies, the same policies as JSON, and what a section that gives only
/// some settings does to the code's policy of the same name (it replaces it whole).
/// </summary>
public sealed class ReadmePoliciesTests
{
    private const string ReadmeJson = """
        { "Cors": { "Origins": ["https://app.example.com", "http://localhost:*"], "Methods": ["DELETE"],
                    "Headers": ["Content-Type", "Authorization"], "Credentials": true, "ProtectWrites": "on",
                    "Policies": { "public": { "Origins": "*" } } } }
        """;

    private static async Task<TestApp> StartAsync(string? json)
    {
        var builder = TestApp.CreateBuilder();
        if (json is not null)
        {
            builder.Configuration.AddJsonStream(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        }

        builder.Services.AddCorsKit(options => options
                .AddDefaultPolicy(policy => policy
                    .WithOrigins("https://app.example.com", "http://localhost:*")
                    .WithMethods("DELETE")
                    .WithHeaders("Content-Type", "Authorization")
                    .AllowCredentials()
                    .ProtectWrites())
                .AddPolicy("public", policy => policy.AllowAnyOrigin()))
            .BindConfiguration();
        return await TestApp.StartAsync(builder, app =>
        {
            app.UseCorsKit();
            app.MapDelete("/api/items", () => "deleted");
            app.MapGet("/api/catalog", () => "catalog").RequireCorsKit("public");
        });
    }

    private static async Task<(string? Local, string? Delete, string? Public)> DecisionsAsync(TestApp app)
    {
        using var local = await app.Client.SendAsync(CorsRequests.Preflight("/api/items", "http://localhost:5173", "DELETE"));
        using var delete = await app.Client.SendAsync(CorsRequests.Preflight("/api/items", "https://app.example.com", "DELETE", "authorization"));
        using var open = await app.Client.SendAsync(CorsRequests.Actual("/api/catalog", "https://anyone.example.net"));
        return (local.Header("Access-Control-Allow-Origin"), delete.Header("Access-Control-Allow-Methods"), open.Header("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task The_json_decides_as_the_code_does()
    {
        await using var code = await StartAsync(null);
        await using var json = await StartAsync(ReadmeJson);

        var expected = await DecisionsAsync(code);
        Assert.Equal(("http://localhost:5173", "DELETE", "*"), expected);
        Assert.Equal(expected, await DecisionsAsync(json));
    }

    [Fact]
    public async Task A_section_with_only_origins_replaces_the_code_default_whole()
    {
        await using var app = await StartAsync("""{ "Cors": { "Origins": ["https://app.example.com"], "Credentials": true } }""");

        var (local, delete, open) = await DecisionsAsync(app);
        Assert.Null(local);
        Assert.Null(delete);
        Assert.Equal("*", open);
    }
}
