namespace CorsKit.BrowserSimulation;

/// <summary>What a preflight response granted, or why it failed.</summary>
/// <param name="Failure">The failure, or <see langword="null"/> when the actual request may be sent.</param>
/// <param name="AllowedMethods">The parsed <c>Access-Control-Allow-Methods</c>.</param>
/// <param name="AllowedHeaders">The parsed <c>Access-Control-Allow-Headers</c>.</param>
/// <param name="MaxAgeSeconds">How long the browser would cache the answer (default 5 s, Chromium caps at 7200 s).</param>
/// <param name="Caveat">Where Chromium's verdict differs from other browsers' for this response, in words.</param>
internal sealed record PreflightResult(
    CorsFailure? Failure,
    IReadOnlyList<string> AllowedMethods,
    IReadOnlyList<string> AllowedHeaders,
    int MaxAgeSeconds,
    string? Caveat = null)
{
    /// <summary>True when the preflight let the actual request through.</summary>
    public bool Passed => Failure is null;
}
