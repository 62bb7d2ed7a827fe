using System.Text;
using System.Text.Json;

namespace CorsKit.Browser.Tests.Infrastructure;

/// <summary>What a page's <c>fetch</c> produced: a readable response, or the network error CORS failures turn into.</summary>
internal sealed record FetchVerdict(
    string PageOrigin,
    string Url,
    bool Allowed,
    int Status,
    string? Body,
    IReadOnlyDictionary<string, string> ReadableHeaders,
    string? FinalUrl,
    bool Redirected,
    string? Error,
    IReadOnlyList<string> ConsoleMessages)
{
    /// <summary>The API's JSON description of the request it answered.</summary>
    public ApiEcho Echo =>
        JsonSerializer.Deserialize<ApiEcho>(Body ?? throw new InvalidOperationException($"No body to read: {this}"))
        ?? throw new InvalidOperationException($"The body is not an API echo: {this}");

    /// <summary>True when the page's script could read response header <paramref name="name"/>.</summary>
    public bool CanRead(string name) => ReadableHeaders.ContainsKey(name.ToLowerInvariant());

    internal static FetchVerdict From(string pageOrigin, string url, JsonElement result, IReadOnlyList<string> console) => new(
        pageOrigin,
        url,
        result.GetProperty("allowed").GetBoolean(),
        result.GetProperty("status").GetInt32(),
        result.GetProperty("body").GetString(),
        result.GetProperty("headers").EnumerateArray().ToDictionary(pair => pair[0].GetString()!, pair => pair[1].GetString()!),
        result.GetProperty("url").GetString(),
        result.GetProperty("redirected").GetBoolean(),
        result.GetProperty("error").GetString(),
        console);

    public override string ToString()
    {
        var text = new StringBuilder($"fetch({Url}) from {PageOrigin}: ");
        text.Append(Allowed
            ? $"allowed, status {Status}, readable headers [{string.Join(", ", ReadableHeaders.Keys)}], body {Body}"
            : $"blocked ({Error})");
        if (ConsoleMessages.Count > 0)
        {
            text.Append("; console: ").AppendJoin(" | ", ConsoleMessages);
        }

        return text.ToString();
    }
}
