namespace CorsKit.Cli.Browser;

/// <summary>The Fetch standard's rules about request methods, as a browser applies them to a page's <c>fetch</c>.</summary>
internal static class FetchMethods
{
    private static readonly string[] Normalized = ["DELETE", "GET", "HEAD", "OPTIONS", "POST", "PUT"];

    /// <summary>Only six methods are upper-cased by the browser; every other method keeps the case the page wrote.</summary>
    public static string Normalize(string method)
    {
        foreach (var known in Normalized)
        {
            if (string.Equals(method, known, StringComparison.OrdinalIgnoreCase))
            {
                return known;
            }
        }

        return method;
    }

    /// <summary>GET, HEAD and POST never need a preflight. The comparison is byte for byte, on a normalized method.</summary>
    public static bool IsSafelisted(string method) => method is "GET" or "HEAD" or "POST";

    /// <summary>CONNECT, TRACE and TRACK: <c>fetch</c> throws before sending anything.</summary>
    public static bool IsForbidden(string method) =>
        string.Equals(method, "CONNECT", StringComparison.OrdinalIgnoreCase)
        || string.Equals(method, "TRACE", StringComparison.OrdinalIgnoreCase)
        || string.Equals(method, "TRACK", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when <paramref name="method"/> is an HTTP token, the only shape <c>fetch</c> accepts.</summary>
    public static bool IsValid(string method) => HttpSyntax.IsToken(method);
}
