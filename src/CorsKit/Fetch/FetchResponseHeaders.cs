namespace CorsKit.Fetch;

/// <summary>The Fetch standard's rules on which response headers a page's script may read from a CORS response.</summary>
public static class FetchResponseHeaders
{
    private static readonly string[] SafelistedNames =
        ["Cache-Control", "Content-Language", "Content-Length", "Content-Type", "Expires", "Last-Modified", "Pragma"];

    /// <summary>
    /// Fetch "CORS-safelisted response-header name" (https://fetch.spec.whatwg.org/#cors-safelisted-response-header-name):
    /// the names every CORS response exposes without listing them.
    /// </summary>
    public static IReadOnlyList<string> Safelisted => SafelistedNames;

    /// <summary>True for a <see cref="Safelisted"/> name, in any case.</summary>
    public static bool IsSafelisted(string name) => SafelistedNames.Contains(name, StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Fetch "forbidden response-header name" (https://fetch.spec.whatwg.org/#forbidden-response-header-name):
    /// <c>Set-Cookie</c> and <c>Set-Cookie2</c>, which no script ever reads, whatever is exposed.
    /// </summary>
    public static bool IsForbidden(string name) =>
        string.Equals(name, "Set-Cookie", StringComparison.OrdinalIgnoreCase)
        || string.Equals(name, "Set-Cookie2", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether a page reads <paramref name="name"/> from a CORS response (the CORS filtered response,
    /// https://fetch.spec.whatwg.org/#concept-filtered-response-cors): never a forbidden name; always a safelisted
    /// one; otherwise only when <c>Access-Control-Expose-Headers</c> lists it, or lists <c>*</c> for a request
    /// without credentials.
    /// </summary>
    /// <param name="name">The response header's name.</param>
    /// <param name="exposed">The names in <c>Access-Control-Expose-Headers</c>.</param>
    /// <param name="credentialsIncluded">True when the request's credentials mode is <c>include</c>.</param>
    public static bool IsExposed(string name, IReadOnlyCollection<string> exposed, bool credentialsIncluded)
    {
        ArgumentNullException.ThrowIfNull(exposed);
        if (IsForbidden(name))
        {
            return false;
        }

        return IsSafelisted(name)
            || exposed.Contains(name, StringComparer.OrdinalIgnoreCase)
            || (!credentialsIncluded && exposed.Contains("*", StringComparer.Ordinal));
    }
}
