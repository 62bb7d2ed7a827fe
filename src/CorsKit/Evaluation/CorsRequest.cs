namespace CorsKit.Evaluation;

/// <summary>The parts of an HTTP request that the CORS protocol looks at. The host fills it from its own request type.</summary>
/// <param name="Method">The request's method, as received.</param>
/// <param name="Origin">The <c>Origin</c> header, or <see langword="null"/> when absent.</param>
/// <param name="RequestMethod">The <c>Access-Control-Request-Method</c> header, or <see langword="null"/> when absent.</param>
/// <param name="RequestHeaders">The <c>Access-Control-Request-Headers</c> header (several lines joined by ","), or <see langword="null"/>.</param>
/// <param name="OriginCount">How many <c>Origin</c> header lines the request had; more than one is never trusted.</param>
public readonly record struct CorsRequest(
    string Method,
    string? Origin,
    string? RequestMethod = null,
    string? RequestHeaders = null,
    int OriginCount = 1)
{
    /// <summary>
    /// True for a CORS-preflight request (https://fetch.spec.whatwg.org/#cors-preflight-request): an <c>Origin</c>,
    /// an <c>Access-Control-Request-Method</c>, and the method <c>OPTIONS</c> exactly. Every host classifies through
    /// this property, so a request the engine answers as an ordinary one never gets a preflight's answer.
    /// </summary>
    public bool IsPreflight => Origin is not null && RequestMethod is not null && IsPreflightMethod(Method);

    /// <summary>
    /// True only for <c>OPTIONS</c> in upper case. Browsers normalize the method before they send it
    /// (https://fetch.spec.whatwg.org/#concept-method-normalize), so a preflight always says <c>OPTIONS</c>; any other
    /// spelling, such as <c>options</c>, comes from another client and is an ordinary request. Hosts may call this
    /// before reading the preflight headers, to spare ordinary requests the lookups.
    /// </summary>
    public static bool IsPreflightMethod(string method) => string.Equals(method, "OPTIONS", StringComparison.Ordinal);
}
