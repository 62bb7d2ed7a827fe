using CorsKit.Fetch;

namespace CorsKit.BrowserSimulation;

/// <summary>Origins as browsers serialize them: lower-case scheme and host, no default port, no path.</summary>
internal static class WebOrigin
{
    /// <summary>The opaque origin's serialization.</summary>
    public const string Null = "null";

    /// <summary>The serialized origin of an absolute http(s) URL, by the engine's rule (<see cref="OriginSerializer"/>).</summary>
    public static string Of(Uri url)
    {
        var port = url.IsDefaultPort ? "" : ":" + url.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

        // Uri has already read the host (IPv4 in any form, case); the engine maps it as the browser does, which
        // IdnHost does not do without ICU. A host it refuses is one no browser sends, so Uri's form is kept: it still
        // compares equal to itself, and the request it names fails anyway.
        var text = $"{url.Scheme}://{url.Host}{port}";
        return OriginSerializer.TrySerialize(text, out var origin, out _) ? origin : text.ToLowerInvariant();
    }

    /// <summary>The host of <paramref name="url"/> as it stands in the URL's serialized origin (IPv6 in brackets).</summary>
    public static string HostOf(Uri url)
    {
        var origin = Of(url);
        var host = origin[(origin.IndexOf("://", StringComparison.Ordinal) + 3)..];
        var portStart = host.LastIndexOf(':');
        return portStart > host.LastIndexOf(']') ? host[..portStart] : host;
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

        return OriginSerializer.TrySerialize($"{url.Scheme}://{url.Authority}", out var origin, out var problem)
            ? (origin, null)
            : (null, $"'{text}' is not an origin a browser sends: it {problem.Reason} {problem.Fix}");
    }

    /// <summary>True when the URL's origin is <paramref name="origin"/>.</summary>
    public static bool IsSameOrigin(Uri url, string origin) => origin != Null && Of(url) == origin;
}
