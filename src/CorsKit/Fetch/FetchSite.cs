namespace CorsKit.Fetch;

/// <summary>
/// What the browser says of a request's source in <c>Sec-Fetch-Site</c>
/// (https://w3c.github.io/webappsec-fetch-metadata/#sec-fetch-site-header).
/// </summary>
public enum FetchSite
{
    /// <summary>No <c>Sec-Fetch-Site</c>: not a browser, an old one, or a plain-http origin that is not local.</summary>
    Missing,

    /// <summary><c>same-origin</c>: same scheme, host and port as the target.</summary>
    SameOrigin,

    /// <summary><c>same-site</c>: same scheme and registrable domain, another origin (a sibling subdomain).</summary>
    SameSite,

    /// <summary><c>cross-site</c>: another site.</summary>
    CrossSite,

    /// <summary><c>none</c>: the user started the request (a typed address, a bookmark).</summary>
    UserInitiated,

    /// <summary>Any other value, or several: no browser sends it.</summary>
    Unknown,
}
