namespace CorsKit.Evaluation;

/// <summary>Why a CORS request was refused. Stable values: hosts log and count them.</summary>
public enum CorsDenialReason
{
    /// <summary>Not refused.</summary>
    None = 0,

    /// <summary>The <c>Origin</c> header is not a serialized origin (or is longer than any real one).</summary>
    MalformedOrigin = 1,

    /// <summary>The request carries more than one <c>Origin</c> header; no browser does that.</summary>
    MultipleOrigins = 2,

    /// <summary>The origin is <c>null</c> (sandboxed iframe, data: URL, redirect), which any page can produce.</summary>
    NullOrigin = 3,

    /// <summary>The origin is well-formed but not allowed by the policy.</summary>
    OriginNotAllowed = 4,

    /// <summary>The <c>Access-Control-Request-Method</c> is not a method name, or is forbidden (CONNECT, TRACE, TRACK).</summary>
    MalformedMethod = 5,

    /// <summary>The requested method is not allowed by the policy.</summary>
    MethodNotAllowed = 6,

    /// <summary>The <c>Access-Control-Request-Headers</c> value is not a list of header names.</summary>
    MalformedHeaders = 7,

    /// <summary>The <c>Access-Control-Request-Headers</c> value is longer, or has more names, than any browser sends.</summary>
    HeadersTooLarge = 8,

    /// <summary>A requested header is not allowed by the policy.</summary>
    HeaderNotAllowed = 9,
}
