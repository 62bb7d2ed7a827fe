using CorsKit.Evaluation;

namespace CorsKit.Fuzz.Harness;

/// <summary>The headers a decision writes, kept in a list so a header written twice is seen.</summary>
internal struct HeaderCapture : ICorsResponseHeaderWriter
{
    public HeaderCapture()
    {
    }

    public List<(string Name, string Value)> Headers { get; } = [];

    public readonly void AppendVaryOrigin() => Headers.Add(("Vary", "Origin"));

    public readonly bool TrySetAllowOrigin(string value)
    {
        Add("Access-Control-Allow-Origin", value);
        return true;
    }

    public readonly void SetAllowCredentials() => Add("Access-Control-Allow-Credentials", "true");

    public readonly void SetAllowMethods(string value) => Add("Access-Control-Allow-Methods", value);

    public readonly void SetAllowHeaders(string value) => Add("Access-Control-Allow-Headers", value);

    public readonly void SetMaxAge(string value) => Add("Access-Control-Max-Age", value);

    public readonly void SetExposeHeaders(string value) => Add("Access-Control-Expose-Headers", value);

    private readonly void Add(string name, string value) => Headers.Add((name, value));

    public static List<(string Name, string Value)> Of(CorsDecision decision)
    {
        var capture = new HeaderCapture();
        decision.WriteHeaders(ref capture);
        return capture.Headers;
    }
}
