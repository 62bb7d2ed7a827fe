namespace CorsKit.Methods;

/// <summary>Method rules of the Fetch standard (§2.2.1 "Methods").</summary>
internal static class FetchMethods
{
    private static readonly string[] NormalizedMethods = ["DELETE", "GET", "HEAD", "OPTIONS", "POST", "PUT"];

    /// <summary>
    /// Fetch "normalize a method": only DELETE, GET, HEAD, OPTIONS, POST and PUT are upper-cased; every other
    /// method keeps its case and compares byte for byte (<c>patch</c> is not <c>PATCH</c>).
    /// Returns a shared string, never a new one, for the six normalized methods; otherwise <paramref name="method"/>.
    /// </summary>
    public static string Normalize(string method)
    {
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

    /// <summary>True for GET, HEAD and POST, which never need a preflight's permission (Fetch "CORS-safelisted method").</summary>
    public static bool IsSafelisted(string normalizedMethod) =>
        normalizedMethod is "GET" or "HEAD" or "POST";

    /// <summary>True for CONNECT, TRACE and TRACK in any case, which a page can never use (Fetch "forbidden method").</summary>
    public static bool IsForbidden(string method) =>
        method.Equals("CONNECT", StringComparison.OrdinalIgnoreCase)
        || method.Equals("TRACE", StringComparison.OrdinalIgnoreCase)
        || method.Equals("TRACK", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when <paramref name="method"/> has lower-case letters, which Fetch keeps for methods it does not normalize.</summary>
    public static bool HasLowerCase(string method) =>
        !method.Equals(method.ToUpperInvariant(), StringComparison.Ordinal);
}
