using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CorsKit.Browser.Tests.Infrastructure;

/// <summary>
/// What an API answers behind its CORS layer, on every path: a redirect when asked (<c>?redirect=URL</c>, optional
/// <c>&amp;status=307</c>), otherwise JSON describing the request, with one header the policies expose and one they do not.
/// </summary>
internal static class ApiEndpoints
{
    public const string ExposedHeader = "X-Exposed";
    public const string HiddenHeader = "X-Hidden";

    public static void MapApiEndpoints(this IApplicationBuilder app) => app.Run(async context =>
    {
        var request = context.Request;
        var redirect = request.Query["redirect"];
        if (redirect.Count > 0)
        {
            context.Response.StatusCode = int.TryParse(request.Query["status"], out var status) ? status : StatusCodes.Status302Found;
            context.Response.Headers.Location = redirect.ToString();
            return;
        }

        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync();
        context.Response.Headers[ExposedHeader] = "exposed-value";
        context.Response.Headers[HiddenHeader] = "hidden-value";
        context.Response.Headers.CacheControl = "no-store";
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(JsonSerializer.Serialize(new ApiEcho(
            request.Method,
            request.Path.Value ?? "",
            request.Headers.Origin.Count == 0 ? null : request.Headers.Origin.ToString(),
            request.Headers.Cookie.Count == 0 ? null : request.Headers.Cookie.ToString(),
            body)));
    });
}

/// <summary>The JSON an API endpoint answers with: what it received.</summary>
internal sealed record ApiEcho(string Method, string Path, string? Origin, string? Cookie, string Body);
