namespace CorsKit.Headers;

/// <summary>Header-name rules of the Fetch standard that configuration validation enforces.</summary>
internal static class FetchHeaderRules
{
    // Fetch §2.2.2 "forbidden request-header": a page's script can never set these, so allowing them is meaningless.
    private static readonly HashSet<string> ForbiddenRequestHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Accept-Charset", "Accept-Encoding", "Access-Control-Request-Headers", "Access-Control-Request-Method",
        "Connection", "Content-Length", "Cookie", "Cookie2", "Date", "DNT", "Expect", "Host", "Keep-Alive",
        "Origin", "Referer", "Set-Cookie", "TE", "Trailer", "Transfer-Encoding", "Upgrade", "Via",
    };

    // Fetch "CORS-safelisted response-header name": always readable by the page.
    private static readonly HashSet<string> SafelistedResponseHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Cache-Control", "Content-Language", "Content-Length", "Content-Type", "Expires", "Last-Modified", "Pragma",
    };

    /// <summary>True for a name a page can never set on a request (Fetch "forbidden request-header").</summary>
    public static bool IsForbiddenRequestHeader(string name) =>
        ForbiddenRequestHeaders.Contains(name)
        || name.StartsWith("Proxy-", StringComparison.OrdinalIgnoreCase)
        || name.StartsWith("Sec-", StringComparison.OrdinalIgnoreCase);

    /// <summary>True for <c>Set-Cookie</c> and <c>Set-Cookie2</c>, which browsers never expose to scripts.</summary>
    public static bool IsForbiddenResponseHeader(string name) =>
        name.Equals("Set-Cookie", StringComparison.OrdinalIgnoreCase)
        || name.Equals("Set-Cookie2", StringComparison.OrdinalIgnoreCase);

    /// <summary>True for the response headers every CORS response exposes without being listed.</summary>
    public static bool IsSafelistedResponseHeader(string name) => SafelistedResponseHeaders.Contains(name);
}
