namespace CorsKit.Writes;

/// <summary>Why cross-origin write protection refused a request. <see cref="None"/> means it was let through.</summary>
public enum WriteDenialReason
{
    /// <summary>Not refused.</summary>
    None,

    /// <summary><c>Sec-Fetch-Site: cross-site</c>, from an origin the policy neither lets read nor trusts to write.</summary>
    CrossSite,

    /// <summary><c>Sec-Fetch-Site: same-site</c>: a sibling origin the policy neither lets read nor trusts, and same-site writes are not allowed.</summary>
    SameSite,

    /// <summary>A <c>Sec-Fetch-Site</c> value no browser sends.</summary>
    UnknownFetchSite,

    /// <summary>No <c>Sec-Fetch-Site</c>, and the origin is <c>null</c>, which any page can produce.</summary>
    NullOrigin,

    /// <summary>No <c>Sec-Fetch-Site</c>, and several <c>Origin</c> headers.</summary>
    MultipleOrigins,

    /// <summary>No <c>Sec-Fetch-Site</c>, and an <c>Origin</c> that is not a serialized origin.</summary>
    MalformedOrigin,

    /// <summary>No <c>Sec-Fetch-Site</c>, and an origin that is neither the request's own nor allowed.</summary>
    ForeignOrigin,
}
