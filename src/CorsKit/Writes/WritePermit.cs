namespace CorsKit.Writes;

/// <summary>Which rule let a request through cross-origin write protection.</summary>
public enum WritePermit
{
    /// <summary>The request was refused.</summary>
    None,

    /// <summary>A safe method (GET, HEAD, OPTIONS, QUERY): not a write.</summary>
    SafeMethod,

    /// <summary>The policy lets every origin read (<c>*</c>), so it restricts no writer.</summary>
    AnyOrigin,

    /// <summary><c>Sec-Fetch-Site: same-origin</c>.</summary>
    SameOrigin,

    /// <summary><c>Sec-Fetch-Site: none</c>: the user started the request.</summary>
    UserInitiated,

    /// <summary>An <c>Origin</c> the CORS policy lets read responses.</summary>
    ReadableOrigin,

    /// <summary>An <c>Origin</c> in the trusted write origins.</summary>
    TrustedOrigin,

    /// <summary><c>Sec-Fetch-Site: same-site</c>, which the policy allows explicitly.</summary>
    SameSite,

    /// <summary>Neither <c>Sec-Fetch-Site</c> nor <c>Origin</c>: not a browser, or a same-origin request from an old one.</summary>
    NoOrigin,

    /// <summary>No <c>Sec-Fetch-Site</c>, and an <c>Origin</c> equal to the request's own scheme, host and port.</summary>
    OwnOrigin,
}
