using CorsKit.Evaluation;

namespace CorsKit.Fuzz.Harness;

/// <summary>The headers a decision writes, kept in a list so a header written twice is seen.</summary>
internal struct HeaderCapture : ICorsResponseHeaderWriter
{
    public HeaderCapture()
    {
    }

    public List<(string Name, string Value)> Headers { get; } = [];

    public readonly void SetHeader(string name, string value) => Headers.Add((name, value));

    public readonly void AppendVary(string value) => Headers.Add(("Vary", value));

    public static List<(string Name, string Value)> Of(CorsDecision decision)
    {
        var capture = new HeaderCapture();
        decision.WriteHeaders(ref capture);
        return capture.Headers;
    }
}
