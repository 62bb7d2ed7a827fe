namespace CorsKit.AspNetCore.Tenants;

/// <summary>What a request gets when its tenant has no policy in the store, or it names no tenant.</summary>
public enum UnknownTenant
{
    /// <summary>
    /// Its cross-origin requests are refused (outcome <c>tenant-not-found</c>) and its writes are allowed from its own
    /// origin only. Same-origin and non-CORS requests reach the application as usual.
    /// </summary>
    Refuse,

    /// <summary>The default policy applies, as it would without tenants; with no default policy, <see cref="Refuse"/>.</summary>
    UseDefaultPolicy,
}
