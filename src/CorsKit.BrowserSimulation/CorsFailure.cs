namespace CorsKit.BrowserSimulation;

/// <summary>One reason a browser blocks a response, with the offending value when there is one.</summary>
/// <param name="Kind">What went wrong.</param>
/// <param name="Value">The header value, method or header name at fault, when the message names it.</param>
/// <param name="DuringPreflight">True when the preflight response failed, which Chromium says in its message.</param>
internal sealed record CorsFailure(CorsFailureKind Kind, string? Value = null, bool DuringPreflight = false);
