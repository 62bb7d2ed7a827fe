using CorsKit.Evaluation;

namespace CorsKit.TestSupport.Engine;

/// <summary>Collects the headers a decision writes, as a response would carry them.</summary>
public struct RecordingWriter : ICorsResponseHeaderWriter
{
    public RecordingWriter()
    {
    }

    public Dictionary<string, string> Headers { get; } = new(StringComparer.OrdinalIgnoreCase);

    public void AppendVaryOrigin() => Headers["Vary"] = Headers.TryGetValue("Vary", out var existing) ? existing + ", Origin" : "Origin";

    public bool TrySetAllowOrigin(string value)
    {
        Set("Access-Control-Allow-Origin", value);
        return true;
    }

    public void SetAllowCredentials() => Set("Access-Control-Allow-Credentials", "true");

    public void SetAllowMethods(string value) => Set("Access-Control-Allow-Methods", value);

    public void SetAllowHeaders(string value) => Set("Access-Control-Allow-Headers", value);

    public void SetMaxAge(string value) => Set("Access-Control-Max-Age", value);

    public void SetExposeHeaders(string value) => Set("Access-Control-Expose-Headers", value);

    private readonly void Set(string name, string value) => Headers[name] = value;

    public static Dictionary<string, string> HeadersOf(CorsDecision decision)
    {
        var writer = new RecordingWriter();
        decision.WriteHeaders(ref writer);
        return writer.Headers;
    }
}
