using CorsKit.Evaluation;

namespace CorsKit.Tests.Evaluation;

/// <summary>Collects the headers a decision writes, as a response would carry them.</summary>
internal struct RecordingWriter : ICorsResponseHeaderWriter
{
    public RecordingWriter()
    {
    }

    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);

    public void SetHeader(string name, string value) => Headers[name] = value;

    public void AppendVary(string value) =>
        Headers["Vary"] = Headers.TryGetValue("Vary", out var existing) ? existing + ", " + value : value;

    public static Dictionary<string, string> HeadersOf(CorsDecision decision)
    {
        var writer = new RecordingWriter();
        decision.WriteHeaders(ref writer);
        return writer.Headers;
    }
}
