namespace CorsKit.Evaluation;

/// <summary>What a request is, for the CORS protocol.</summary>
public enum CorsRequestKind
{
    /// <summary>No <c>Origin</c> header: not a CORS request; the application answers as usual.</summary>
    NotCors,

    /// <summary>A request with an <c>Origin</c> that is not a preflight: the application answers; CORS decides the response headers.</summary>
    Actual,

    /// <summary><c>OPTIONS</c> with <c>Origin</c> and <c>Access-Control-Request-Method</c>: CORS answers it, the application never sees it.</summary>
    Preflight,
}
