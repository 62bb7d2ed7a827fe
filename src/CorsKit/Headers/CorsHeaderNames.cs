namespace CorsKit.Headers;

/// <summary>The names of the HTTP headers of the CORS protocol, as the Fetch standard spells them.</summary>
public static class CorsHeaderNames
{
    /// <summary><c>Origin</c>: the serialized origin of the page that makes the request.</summary>
    public const string Origin = "Origin";

    /// <summary><c>Access-Control-Request-Method</c>: in a preflight, the method of the request to come.</summary>
    public const string AccessControlRequestMethod = "Access-Control-Request-Method";

    /// <summary><c>Access-Control-Request-Headers</c>: in a preflight, the CORS-unsafe header names of the request to come.</summary>
    public const string AccessControlRequestHeaders = "Access-Control-Request-Headers";

    /// <summary><c>Access-Control-Allow-Origin</c>: the origin that may read the response, or <c>*</c>.</summary>
    public const string AccessControlAllowOrigin = "Access-Control-Allow-Origin";

    /// <summary><c>Access-Control-Allow-Credentials</c>: <c>true</c> when a credentialed request may read the response.</summary>
    public const string AccessControlAllowCredentials = "Access-Control-Allow-Credentials";

    /// <summary><c>Access-Control-Allow-Methods</c>: in a preflight response, the methods allowed.</summary>
    public const string AccessControlAllowMethods = "Access-Control-Allow-Methods";

    /// <summary><c>Access-Control-Allow-Headers</c>: in a preflight response, the request headers allowed.</summary>
    public const string AccessControlAllowHeaders = "Access-Control-Allow-Headers";

    /// <summary><c>Access-Control-Max-Age</c>: in a preflight response, how many seconds the browser may cache it.</summary>
    public const string AccessControlMaxAge = "Access-Control-Max-Age";

    /// <summary><c>Access-Control-Expose-Headers</c>: the response headers, beyond the safelisted ones, a page may read.</summary>
    public const string AccessControlExposeHeaders = "Access-Control-Expose-Headers";

    /// <summary><c>Vary</c>: tells caches which request headers the response depends on.</summary>
    public const string Vary = "Vary";
}
