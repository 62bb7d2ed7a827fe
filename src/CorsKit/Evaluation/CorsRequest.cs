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
    int OriginCount = 1);
