namespace CorsKit.Cli.Browser;

/// <summary>Which response headers a page can read from a CORS response (<c>response.headers.get</c>).</summary>
internal static class ExposedHeaders
{
    /// <summary>The CORS-safelisted response-header names: always readable.</summary>
    public static readonly IReadOnlyList<string> Safelisted =
        ["Cache-Control", "Content-Language", "Content-Length", "Content-Type", "Expires", "Last-Modified", "Pragma"];

    /// <summary>Splits the response's header names into those the page can read and those it cannot.</summary>
    public static (IReadOnlyList<string> Readable, IReadOnlyList<string> Hidden) Split(ReceivedResponse response, CredentialsMode credentials)
    {
        // An unparsable list exposes nothing extra, like a missing one.
        var exposed = HttpSyntax.ParseTokenList(response.Get("Access-Control-Expose-Headers")) ?? [];
        var exposeAll = credentials != CredentialsMode.Include && exposed.Contains("*", StringComparer.Ordinal);
        var readable = new List<string>();
        var hidden = new List<string>();
        foreach (var name in response.Names())
        {
            (IsReadable(name, exposed, exposeAll) ? readable : hidden).Add(name);
        }

        return (readable, hidden);
    }

    /// <summary>The readability rule for one name.</summary>
    public static bool IsReadable(string name, IReadOnlyList<string> exposed, bool exposeAll)
    {
        if (string.Equals(name, "Set-Cookie", StringComparison.OrdinalIgnoreCase)
            || string.Equals(name, "Set-Cookie2", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        return exposeAll
            || Safelisted.Contains(name, StringComparer.OrdinalIgnoreCase)
            || exposed.Contains(name, StringComparer.OrdinalIgnoreCase);
    }
}
