using System.Text.Json;
using CorsKit.Writes;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace CorsKit.AspNetCore.Middleware;

/// <summary>
/// The 403 of a refused write: an <c>application/problem+json</c> body (RFC 9457) naming the reason and the fix. The
/// bodies are written once per reason, and quote nothing from the request, so a refusal never echoes an attacker's
/// input and allocates no text.
/// </summary>
internal static class WriteRefusalResponse
{
    public const string ContentType = "application/problem+json";

    // One body per reason, then the body of a reason outside the table.
    private static readonly byte[][] Bodies = [.. WriteDenialReasons.All.Select(Body), Body(WriteDenialReasons.Describe((WriteDenialReason)(-1)))];

    // The lengths as header text, so no refusal formats a number (HeaderDictionary's ContentLength setter would).
    private static readonly string[] Lengths = [.. Bodies.Select(body => body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture))];

    public static Task WriteAsync(HttpResponse response, WriteDenialReason reason)
    {
        var index = IndexOf(reason);
        var body = Bodies[index];
        response.StatusCode = StatusCodes.Status403Forbidden;
        response.ContentType = ContentType;
        response.Headers.ContentLength = null;
        response.Headers[HeaderNames.ContentLength] = Lengths[index];

        // The refusal depends on the Origin, as every other origin-dependent answer does: say so to caches.
        ResponseHeaders.AppendVary(response.Headers, CorsKit.Headers.CorsHeaderNames.Origin);
        return response.Body.WriteAsync(body).AsTask();
    }

    /// <summary>The body of <paramref name="reason"/>'s refusal, as text: what the decisions page's "try it" shows.</summary>
    public static string BodyText(WriteDenialReason reason) => System.Text.Encoding.UTF8.GetString(Bodies[IndexOf(reason)]);

    private static int IndexOf(WriteDenialReason reason) =>
        reason is > WriteDenialReason.None && (int)reason < WriteDenialReasons.All.Count ? (int)reason : Bodies.Length - 1;

    private static byte[] Body(WriteDenialReasonDescription reason)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteString("type", "https://github.com/corskit/corskit/blob/main/docs/security.md#cross-origin-write-protection");
            json.WriteString("title", "Cross-origin write refused");
            json.WriteNumber("status", StatusCodes.Status403Forbidden);
            json.WriteString("detail", $"CorsKit refused this write: {reason.Explanation}.");
            json.WriteString("reason", reason.Name);
            json.WriteString("fix", reason.Fix);
            json.WriteEndObject();
        }

        return stream.ToArray();
    }
}
