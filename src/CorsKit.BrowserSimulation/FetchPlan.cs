namespace CorsKit.BrowserSimulation;

/// <summary>What the browser makes of a page's request before sending anything.</summary>
/// <param name="Method">The normalized method.</param>
/// <param name="Headers">The headers the browser sends (forbidden ones removed).</param>
/// <param name="DroppedHeaders">Headers the page set but a browser never sends (forbidden request-headers).</param>
/// <param name="UnsafeHeaderNames">The CORS-unsafe request-header names, lower-cased and sorted.</param>
/// <param name="PreflightReasons">Why a preflight is needed, one sentence each; empty when none is.</param>
/// <param name="Rejection">Why <c>fetch</c> throws before sending anything, or <see langword="null"/>.</param>
internal sealed record FetchPlan(
    string Method,
    IReadOnlyList<RequestHeader> Headers,
    IReadOnlyList<RequestHeader> DroppedHeaders,
    IReadOnlyList<string> UnsafeHeaderNames,
    IReadOnlyList<string> PreflightReasons,
    string? Rejection)
{
    /// <summary>True when the browser sends an OPTIONS preflight first.</summary>
    public bool NeedsPreflight => PreflightReasons.Count > 0;
}
