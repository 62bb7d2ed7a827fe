using CorsKit.Origins;

namespace CorsKit.Fetch;

/// <summary>
/// The Fetch Metadata request headers (https://w3c.github.io/webappsec-fetch-metadata/), which browsers set on every
/// request to a potentially trustworthy URL and pages cannot set (<c>Sec-</c> is a forbidden prefix).
/// </summary>
public static class FetchMetadata
{
    /// <summary>The header naming the request's source.</summary>
    public const string SiteHeaderName = "Sec-Fetch-Site";

    /// <summary>The header naming the request's mode (<c>navigate</c>, <c>cors</c>, <c>no-cors</c>, ...).</summary>
    public const string ModeHeaderName = "Sec-Fetch-Mode";

    /// <summary>The header naming the request's destination (<c>document</c>, <c>empty</c>, ...).</summary>
    public const string DestinationHeaderName = "Sec-Fetch-Dest";

    /// <summary>
    /// Reads a <c>Sec-Fetch-Site</c> value (https://w3c.github.io/webappsec-fetch-metadata/#sec-fetch-site-header).
    /// The value is a structured-header token, compared byte for byte: <c>Same-Origin</c>, a list of two values or
    /// white space around one is <see cref="FetchSite.Unknown"/>, since no browser sends them.
    /// </summary>
    /// <param name="value">The header's value (several lines joined by <c>,</c>), or <see langword="null"/> when absent.</param>
    public static FetchSite ParseSite(string? value) => value switch
    {
        null => FetchSite.Missing,
        "same-origin" => FetchSite.SameOrigin,
        "cross-site" => FetchSite.CrossSite,
        "same-site" => FetchSite.SameSite,
        "none" => FetchSite.UserInitiated,
        _ => FetchSite.Unknown,
    };

    /// <summary>The header value for <paramref name="site"/>, as browsers send it; <see langword="null"/> for <see cref="FetchSite.Missing"/> and <see cref="FetchSite.Unknown"/>.</summary>
    public static string? SiteValue(FetchSite site) => site switch
    {
        FetchSite.SameOrigin => "same-origin",
        FetchSite.SameSite => "same-site",
        FetchSite.CrossSite => "cross-site",
        FetchSite.UserInitiated => "none",
        _ => null,
    };

    /// <summary>
    /// True when browsers send Fetch Metadata to a URL of <paramref name="scheme"/> and <paramref name="host"/>: only to
    /// a potentially trustworthy URL (https://w3c.github.io/webappsec-secure-contexts/#is-url-trustworthy), which is
    /// <c>https</c>, or <c>http</c> on a loopback host (<c>localhost</c>, <c>*.localhost</c>, <c>127.0.0.0/8</c>,
    /// <c>[::1]</c>). A plain-http public deployment gets none, and write protection falls back to <c>Origin</c>.
    /// </summary>
    /// <param name="scheme">The URL's scheme, lower case.</param>
    /// <param name="host">The URL's host as serialized (lower case, IPv6 in brackets).</param>
    public static bool IsSentTo(string scheme, string host) =>
        scheme is "https" or "wss" || (scheme is "http" or "ws" && HostKind.IsLoopback(host));

    /// <summary>
    /// The <c>Sec-Fetch-Site</c> a browser sends for a request from <paramref name="origin"/> to a URL of origin
    /// <paramref name="target"/> (https://w3c.github.io/webappsec-fetch-metadata/#abstract-opdef-set-site):
    /// same-origin, else same-site (the same scheme and registrable domain,
    /// https://html.spec.whatwg.org/multipage/browsers.html#same-site), else cross-site. A <c>null</c> or unreadable
    /// origin is cross-site. After a redirect, the browser sends the least trusting value of every hop
    /// (<see cref="LeastTrusting"/>).
    /// </summary>
    /// <param name="origin">The request's serialized origin (the page's).</param>
    /// <param name="target">The serialized origin of the URL requested.</param>
    public static FetchSite SiteOf(string origin, string target)
    {
        ArgumentNullException.ThrowIfNull(origin);
        ArgumentNullException.ThrowIfNull(target);
        if (!RequestOrigin.TryParse(origin, out var from) || !RequestOrigin.TryParse(target, out var to))
        {
            return FetchSite.CrossSite;
        }

        if (origin == target)
        {
            return FetchSite.SameOrigin;
        }

        if (!from.Scheme.SequenceEqual(to.Scheme))
        {
            return FetchSite.CrossSite;
        }

        var fromHost = from.Host.ToString();
        var toHost = to.Host.ToString();
        var fromSite = RegistrableDomain.Of(fromHost) ?? fromHost;
        var toSite = RegistrableDomain.Of(toHost) ?? toHost;
        return fromSite == toSite ? FetchSite.SameSite : FetchSite.CrossSite;
    }

    /// <summary>
    /// The least trusting of two sites, as a request's <c>Sec-Fetch-Site</c> is over its redirects
    /// (https://w3c.github.io/webappsec-fetch-metadata/#abstract-opdef-set-site): a redirect never makes a request more
    /// trusted. Ranked same-origin, same-site, cross-site; <see cref="FetchSite.UserInitiated"/> (a navigation the
    /// user started) ranks with same-origin, anything else with cross-site.
    /// </summary>
    public static FetchSite LeastTrusting(FetchSite first, FetchSite second) => Rank(first) >= Rank(second) ? first : second;

    private static int Rank(FetchSite site) => site switch
    {
        FetchSite.SameOrigin or FetchSite.UserInitiated => 0,
        FetchSite.SameSite => 1,
        _ => 2,
    };
}
