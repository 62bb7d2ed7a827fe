using System.Text.Json;
using CorsKit.BrowserSimulation.Transport;

namespace CorsKit.BrowserSimulation;

/// <summary>
/// Recognizes a 403 from cross-origin write protection (CorsKit's problem document, or any server's that names a
/// cross-origin write), so <c>corskit check</c> explains it as a refused write instead of a CORS failure.
/// </summary>
internal static class WriteRefusal
{
    /// <summary>The refusal's reason and fix, or <see langword="null"/> when <paramref name="response"/> is not one.</summary>
    public static (string Reason, string? Fix)? Read(ReceivedResponse response)
    {
        if (response.Status != 403 || response.ProblemBody is not { } body)
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || Text(root, "title")?.Contains("write", StringComparison.OrdinalIgnoreCase) != true)
            {
                return null;
            }

            return (Text(root, "reason") ?? "write-refused", Text(root, "fix"));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // A member's text, or null when it is missing or not a string: the body is the server's, not ours.
    private static string? Text(JsonElement document, string name) =>
        document.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
