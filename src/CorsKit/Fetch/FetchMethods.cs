namespace CorsKit.Fetch;

/// <summary>The Fetch standard's method rules (https://fetch.spec.whatwg.org/#methods).</summary>
public static class FetchMethods
{
    private static readonly string[] NormalizedMethods = ["DELETE", "GET", "HEAD", "OPTIONS", "POST", "PUT"];

    /// <summary>
    /// Fetch "normalize a method" (https://fetch.spec.whatwg.org/#concept-method-normalize): only DELETE, GET, HEAD,
    /// OPTIONS, POST and PUT are upper-cased; every other method keeps its case and compares byte for byte
    /// (<c>patch</c> is not <c>PATCH</c>). Returns a shared string, never a new one, for the six normalized methods;
    /// otherwise <paramref name="method"/>.
    /// </summary>
    public static string Normalize(string method)
    {
        ArgumentNullException.ThrowIfNull(method);

        // Browsers send these already normalized: one reference or length-and-content check instead of six
        // case-insensitive comparisons on the common path.
        if (method is "GET" or "POST" or "PUT" or "DELETE" or "HEAD" or "OPTIONS")
        {
            return method;
        }

        foreach (var known in NormalizedMethods)
        {
            if (known.Equals(method, StringComparison.OrdinalIgnoreCase))
            {
                return known;
            }
        }

        return method;
    }

    /// <summary>
    /// Fetch "CORS-safelisted method" (https://fetch.spec.whatwg.org/#cors-safelisted-method): GET, HEAD and POST,
    /// which never need a preflight's permission. Compares byte for byte, so pass a normalized method.
    /// </summary>
    public static bool IsSafelisted(string normalizedMethod) =>
        normalizedMethod is "GET" or "HEAD" or "POST";

    /// <summary>
    /// Fetch "forbidden method" (https://fetch.spec.whatwg.org/#forbidden-method): CONNECT, TRACE and TRACK in any
    /// case, which a page can never use (<c>fetch</c> throws before sending anything).
    /// </summary>
    public static bool IsForbidden(string method) =>
        string.Equals(method, "CONNECT", StringComparison.OrdinalIgnoreCase)
        || string.Equals(method, "TRACE", StringComparison.OrdinalIgnoreCase)
        || string.Equals(method, "TRACK", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// A safe method (https://www.rfc-editor.org/rfc/rfc9110#name-safe-methods): GET, HEAD and OPTIONS, and QUERY
    /// (https://datatracker.ietf.org/doc/draft-ietf-httpbis-safe-method-w-body/), which by contract change nothing on
    /// the server. Every other method is a write, in any case: browsers normalize <c>get</c> to <c>GET</c> before they
    /// send it, so another spelling never comes from a page's safe request. TRACE, safe in RFC 9110, is a forbidden
    /// method that no page can send, and counts as a write here.
    /// </summary>
    public static bool IsSafe(string method) =>
        method is "GET" or "HEAD" or "OPTIONS" or "QUERY";
}
