namespace CorsKit.Policy;

/// <summary>
/// The settings of one CORS policy, as a user writes them. Nothing here is trusted until
/// <see cref="CorsKitPolicy.Compile(CorsPolicyOptions)"/> has validated it into an immutable <see cref="CorsKitPolicy"/>.
/// </summary>
public sealed class CorsPolicyOptions
{
    /// <summary>
    /// The origins allowed to read responses: exact origins (<c>https://app.example.com</c>), <c>*</c> for any origin,
    /// subdomain patterns (<c>https://*.example.com</c>) and any-port patterns (<c>http://localhost:*</c>).
    /// </summary>
    public IList<string> Origins { get; } = [];

    /// <summary>
    /// Methods a preflight may allow beyond GET, HEAD and POST (which browsers never preflight), such as <c>DELETE</c>
    /// or <c>PATCH</c>; <c>*</c> for any method.
    /// </summary>
    public IList<string> Methods { get; } = [];

    /// <summary>
    /// Request headers a preflight may allow, such as <c>Content-Type</c> or <c>Authorization</c>; <c>*</c> for any header
    /// except <c>Authorization</c>, which must always be listed by name.
    /// </summary>
    public IList<string> Headers { get; } = [];

    /// <summary>Response headers a page may read beyond the always-readable ones (Content-Type, Cache-Control, ...).</summary>
    public IList<string> ExposeHeaders { get; } = [];

    /// <summary>True to let pages send cookies and HTTP authentication and read the response (<c>credentials: "include"</c>).</summary>
    public bool Credentials { get; set; }

    /// <summary>How long a browser may cache a preflight's answer, in whole seconds; <see langword="null"/> sends nothing (browser default: 5 s).</summary>
    public TimeSpan? MaxAge { get; set; }

    /// <summary>The status of an allowed preflight: 204 by default; some old clients want 200.</summary>
    public int PreflightStatus { get; set; } = 204;

    /// <summary>
    /// With <see cref="Credentials"/>, allow <c>http://</c> origins that are not local. Anyone on the network path can
    /// impersonate such an origin, so this is off unless explicitly set.
    /// </summary>
    public bool AllowInsecureOrigins { get; set; }

    /// <summary>
    /// Cross-origin write protection: refuse requests that are not safe (anything but GET, HEAD, OPTIONS and QUERY)
    /// unless the browser says they are same-origin or user-started, or their <c>Origin</c> may read (<see cref="Origins"/>)
    /// or is in <see cref="TrustedWriteOrigins"/>. This stops cross-site request forgery, which CORS alone never stops.
    /// Off unless set; CorsKit.Server turns it on.
    /// </summary>
    public bool ProtectWrites { get; set; }

    /// <summary>
    /// Origins that may write (with <see cref="ProtectWrites"/>) without being allowed to read, such as a payment
    /// provider that posts a form back. Exact origins only: no pattern, no <c>*</c>, no <c>null</c>.
    /// </summary>
    public IList<string> TrustedWriteOrigins { get; } = [];

    /// <summary>
    /// With <see cref="ProtectWrites"/>, let <c>Sec-Fetch-Site: same-site</c> requests write: every origin under the
    /// same registrable domain, including a subdomain an attacker may take over. Off unless set.
    /// </summary>
    public bool AllowSameSiteWrites { get; set; }

    /// <summary>
    /// An optional last word for well-formed origins that no configured origin matched, for allow-lists that change at
    /// run time. It is never called for malformed or <c>null</c> origins. It runs on every such request: keep it fast.
    /// </summary>
    public Func<string, bool>? OriginPredicate { get; set; }
}
