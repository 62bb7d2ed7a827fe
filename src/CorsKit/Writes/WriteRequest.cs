namespace CorsKit.Writes;

/// <summary>
/// The parts of an HTTP request that cross-origin write protection looks at. The host fills it from its own request
/// type; <see cref="Scheme"/> and <see cref="Host"/> are the request's own origin as the host sees it, so behind a
/// reverse proxy they are right only when the host applies the proxy's forwarded headers.
/// </summary>
/// <param name="Method">The request's method, as received.</param>
/// <param name="FetchSite">The <c>Sec-Fetch-Site</c> header (several lines joined by <c>,</c>), or <see langword="null"/> when absent.</param>
/// <param name="Origin">The first <c>Origin</c> header, or <see langword="null"/> when absent.</param>
/// <param name="OriginCount">How many <c>Origin</c> header lines the request had; more than one is never trusted.</param>
/// <param name="Scheme">The scheme the request arrived with, such as <c>https</c>.</param>
/// <param name="Host">The host and optional port the request was sent to, such as <c>api.example.com</c> or <c>localhost:4000</c>.</param>
public readonly record struct WriteRequest(
    string Method,
    string? FetchSite,
    string? Origin,
    int OriginCount,
    string Scheme,
    string Host);
