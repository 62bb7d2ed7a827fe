namespace CorsKit.Benchmarks.Scenarios;

/// <summary>Whose rules an implementation answers by; they differ on one case, the comma flood.</summary>
public enum AnswerFamily
{
    /// <summary>Microsoft's CORS: ignores any number of empty elements in <c>Access-Control-Request-Headers</c>.</summary>
    Microsoft,

    /// <summary>
    /// CorsKit (and the header floor, which replays CorsKit's answer): counts empty elements toward the element limit,
    /// so the comma flood is refused.
    /// </summary>
    CorsKit,
}
