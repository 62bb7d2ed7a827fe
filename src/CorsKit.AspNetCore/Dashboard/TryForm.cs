using System.Text.Json;
using CorsKit.BrowserSimulation;
using Microsoft.AspNetCore.Http;

namespace CorsKit.AspNetCore.Dashboard;

/// <summary>What the "try it" form asks: a page at an origin fetching a path of this server.</summary>
/// <param name="Request">The fetch, addressed to this server as the page opened it.</param>
/// <param name="Policy">The policy to try it against; <see langword="null"/> for the default.</param>
internal sealed record TryForm(FetchRequest Request, string? Policy)
{
    /// <summary>Reads the form; a field that cannot be used throws <see cref="FormatException"/> naming it.</summary>
    public static TryForm Read(JsonElement form, HttpRequest request)
    {
        if (form.ValueKind != JsonValueKind.Object)
        {
            throw new FormatException("the form is not a JSON object");
        }

        // The same reading of a typed origin as corskit check's --origin.
        var typed = Text(form, "origin")?.Trim() ?? string.Empty;
        var (origin, error) = WebOrigin.Parse(typed);
        if (origin is null)
        {
            throw new FormatException($"origin \"{typed}\" is not an origin: {error}");
        }

        var path = Text(form, "path")?.Trim() is { Length: > 0 } given ? given : "/";
        if (!path.StartsWith('/'))
        {
            throw new FormatException($"path \"{path}\" does not start with '/': write a path of this server, such as /api/items");
        }

        var method = Text(form, "method")?.Trim() is { Length: > 0 } verb ? verb : "GET";
        var headers = new List<RequestHeader>();
        foreach (var line in (Text(form, "headers") ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            headers.Add(RequestHeader.Parse(line) ?? throw new FormatException($"header \"{line}\" is not \"Name: value\""));
        }

        var credentials = form.TryGetProperty("credentials", out var include) && include.ValueKind == JsonValueKind.True
            ? CredentialsMode.Include
            : CredentialsMode.SameOrigin;
        var url = new Uri($"{request.Scheme}://{request.Host}{path}");
        return new TryForm(new FetchRequest(url, origin, method, headers, credentials), Text(form, "policy") is { Length: > 0 } policy ? policy : null);
    }

    private static string? Text(JsonElement form, string name) =>
        form.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
