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
}
