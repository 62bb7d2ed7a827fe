using CorsKit.Evaluation;

namespace CorsKit.TestSupport.Engine;

/// <summary>Collects the headers a decision writes, as a response would carry them.</summary>
public static class RecordingWriter
{
    /// <summary>The headers <paramref name="decision"/> writes, by name (case-insensitive).</summary>
    public static Dictionary<string, string> HeadersOf(CorsDecision decision)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var writer = For(headers);
        decision.WriteHeaders(ref writer);
        return headers;
    }

    /// <summary>A writer that records into <paramref name="headers"/>, appending to a <c>Vary</c> already there.</summary>
    public static NamedHeaderWriter For(Dictionary<string, string> headers) => new(
        (name, value) => headers[name] = value,
        () => headers["Vary"] = headers.TryGetValue("Vary", out var existing) ? existing + ", Origin" : "Origin");
}
