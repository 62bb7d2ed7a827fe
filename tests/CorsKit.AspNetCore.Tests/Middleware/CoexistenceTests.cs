using System.Net;
using CorsKit.AspNetCore.Tests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace CorsKit.AspNetCore.Tests.Middleware;

public sealed class CoexistenceTests
{
    [Fact]
    public async Task Endpoints_with_microsoft_cors_metadata_are_left_to_microsofts_middleware()
    {
        var builder = TestApp.CreateBuilder();
        builder.Services.AddCors(options => options.AddPolicy("ms", policy => policy.WithOrigins("https://ms.example.com")));
        builder.Services.AddCorsKit(options => options.AddDefaultPolicy(policy => policy.WithOrigins("https://kit.example.com")));
        await using var app = await TestApp.StartAsync(builder, app =>
        {
            app.UseRouting();
            app.UseCorsKit();
            app.UseCors();
            app.MapGet("/ms", () => "ms").RequireCors("ms");
            app.MapGet("/kit", () => "kit");
        });

        using var msAllowed = await app.Client.SendAsync(CorsRequests.Actual("/ms", "https://ms.example.com"));
        using var kitOriginOnMs = await app.Client.SendAsync(CorsRequests.Actual("/ms", "https://kit.example.com"));
        using var kit = await app.Client.SendAsync(CorsRequests.Actual("/kit", "https://kit.example.com"));
        using var msPreflight = await app.Client.SendAsync(CorsRequests.Preflight("/ms", "https://ms.example.com", "GET", "x-anything"));

        Assert.Equal("https://ms.example.com", msAllowed.Header("Access-Control-Allow-Origin"));
        Assert.Null(kitOriginOnMs.Header("Access-Control-Allow-Origin"));
        Assert.Equal("https://kit.example.com", kit.Header("Access-Control-Allow-Origin"));
        Assert.Equal(HttpStatusCode.NoContent, msPreflight.StatusCode);
    }
}
