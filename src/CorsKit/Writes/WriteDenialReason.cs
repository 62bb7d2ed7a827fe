namespace CorsKit.Writes;

/// <summary>
/// Why cross-origin write protection refused a request. <see cref="None"/> means it was let through. The values are
/// fixed: event ids and logs are derived from them.
/// </summary>
public enum WriteDenialReason
{
    /// <summary>Not refused.</summary>
    None = 0,

    /// <summary><c>Sec-Fetch-Site: cross-site</c>, from an origin the policy neither lets read nor trusts to write.</summary>
    CrossSite = 1,

    /// <summary><c>Sec-Fetch-Site: same-site</c>: a sibling origin the policy neither lets read nor trusts, and same-site writes are not allowed.</summary>
    SameSite = 2,

    /// <summary>A <c>Sec-Fetch-Site</c> value no browser sends.</summary>
    UnknownFetchSite = 3,

    /// <summary>No <c>Sec-Fetch-Site</c>, and the origin is <c>null</c>, which any page can produce.</summary>
    NullOrigin = 4,

    /// <summary>No <c>Sec-Fetch-Site</c>, and several <c>Origin</c> headers.</summary>
    MultipleOrigins = 5,

    /// <summary>No <c>Sec-Fetch-Site</c>, and an <c>Origin</c> that is not a serialized origin.</summary>
    MalformedOrigin = 6,

    /// <summary>No <c>Sec-Fetch-Site</c>, and an origin that is neither the request's own nor allowed.</summary>
    ForeignOrigin = 7,
}
