namespace CorsKit.Cli.Browser;

/// <summary>Origins as browsers serialize them: lower-case scheme and host, no default port, no path.</summary>
internal static class WebOrigin
{
    /// <summary>The opaque origin's serialization.</summary>
    public const string Null = "null";

    /// <summary>The serialized origin of an absolute http(s) URL.</summary>
    public static string Of(Uri url)
    {
        var host = url.HostNameType == UriHostNameType.IPv6 ? url.Host : url.IdnHost;
        var port = url.IsDefaultPort ? "" : ":" + url.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return $"{url.Scheme}://{host}{port}".ToLowerInvariant();
    }

    /// <summary>
    /// Reads what a user typed as an origin. Returns the browser's serialization, or an error sentence. A path,
    /// query or userinfo is an error: no browser sends those in <c>Origin</c>.
    /// </summary>
    public static (string? Origin, string? Error) Parse(string text)
    {
        if (text == Null)
        {
            return (Null, null);
        }

        if (!Uri.TryCreate(text, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            return (null, $"'{text}' is not an origin. Write scheme, host and port only, such as https://app.example.com or http://localhost:3000 (or null).");
        }

        if (url.AbsolutePath != "/" || url.Query.Length > 0 || url.Fragment.Length > 0 || url.UserInfo.Length > 0)
        {
            return (null, $"'{text}' has a path, query or user name; an origin is scheme, host and port only, such as {Of(url)}.");
        }

        return (Of(url), null);
    }

    /// <summary>True when the URL's origin is <paramref name="origin"/>.</summary>
    public static bool IsSameOrigin(Uri url, string origin) => origin != Null && Of(url) == origin;
}
