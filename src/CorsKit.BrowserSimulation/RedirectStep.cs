namespace CorsKit.BrowserSimulation;

/// <summary>The request after following one redirect, or why the browser refuses to follow it.</summary>
/// <param name="Url">The new URL.</param>
/// <param name="Method">The method after the redirect (POST may become GET).</param>
/// <param name="Headers">The headers still sent.</param>
/// <param name="Body">The body still sent.</param>
/// <param name="OriginTainted">True when the request's origin is serialized as <c>null</c> from now on.</param>
/// <param name="Notes">What changed, in words.</param>
/// <param name="Failure">Set when the redirect is a network error.</param>
internal sealed record RedirectStep(
    Uri Url,
    string Method,
    IReadOnlyList<RequestHeader> Headers,
    string? Body,
    bool OriginTainted,
    IReadOnlyList<string> Notes,
    CorsFailure? Failure = null);
