using System.Text.Json;
using System.Text.Json.Serialization;

namespace CorsKit.Server.Routes;

/// <summary>
/// <c>/echo</c>, any method: describes the request as it arrived, so a frontend developer sees exactly which headers
/// the browser sent. Each answer carries a fresh <c>X-Request-Id</c>, handy to test exposed headers.
/// </summary>
internal static class EchoRoute
{
    public const string RequestIdHeader = "X-Request-Id";

    public static void Map(IEndpointRouteBuilder app) => app.Map("/echo", Echo);

    private static async Task Echo(HttpContext context)
    {
        var request = context.Request;
        long bodySize = 0;
        var buffer = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(buffer, context.RequestAborted)) > 0)
        {
            bodySize += read;
        }

        context.Response.Headers[RequestIdHeader] = Guid.NewGuid().ToString("N");
        var description = new EchoDescription(
            request.Method,
            request.Path.Value ?? "/",
            request.QueryString.Value ?? "",
            request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase),
            bodySize);
        await context.Response.WriteAsJsonAsync(description, EchoJsonContext.Default.EchoDescription, cancellationToken: context.RequestAborted);
    }
}

/// <summary>What <c>/echo</c> answers.</summary>
internal sealed record EchoDescription(string Method, string Path, string Query, Dictionary<string, string> Headers, long BodySize);

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true)]
[JsonSerializable(typeof(EchoDescription))]
internal sealed partial class EchoJsonContext : JsonSerializerContext;
