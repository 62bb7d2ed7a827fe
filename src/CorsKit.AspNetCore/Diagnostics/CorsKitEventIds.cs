using CorsKit.Evaluation;

namespace CorsKit.AspNetCore.Diagnostics;

/// <summary>
/// The stable event ids of CorsKit's logs. A denial's is the value of its <see cref="CorsDenialReason"/>
/// (<see cref="CorsDenialReasonDescription.EventId"/>), so a reason and its event id never drift apart.
/// </summary>
public static class CorsKitEventIds
{
    /// <summary>The origin is well-formed but not allowed.</summary>
    public const int OriginNotAllowed = (int)CorsDenialReason.OriginNotAllowed;

    /// <summary>The <c>Origin</c> header is not a serialized origin.</summary>
    public const int MalformedOrigin = (int)CorsDenialReason.MalformedOrigin;

    /// <summary>The request carries several <c>Origin</c> headers.</summary>
    public const int MultipleOrigins = (int)CorsDenialReason.MultipleOrigins;

    /// <summary>The origin is <c>null</c>.</summary>
    public const int NullOrigin = (int)CorsDenialReason.NullOrigin;

    /// <summary>The requested method is not a method name, or is forbidden.</summary>
    public const int MalformedMethod = (int)CorsDenialReason.MalformedMethod;

    /// <summary>The requested method is not allowed.</summary>
    public const int MethodNotAllowed = (int)CorsDenialReason.MethodNotAllowed;

    /// <summary>The requested headers are not a list of header names.</summary>
    public const int MalformedHeaders = (int)CorsDenialReason.MalformedHeaders;

    /// <summary>The requested headers are longer than any browser sends.</summary>
    public const int HeadersTooLarge = (int)CorsDenialReason.HeadersTooLarge;

    /// <summary>A requested header is not allowed.</summary>
    public const int HeaderNotAllowed = (int)CorsDenialReason.HeaderNotAllowed;

    /// <summary>
    /// A request reached an endpoint that names a policy that does not exist. Only endpoints added after startup can:
    /// the others are checked when the application starts, and a reload may not remove a policy they name.
    /// </summary>
    public const int PolicyNotFound = 20;

    /// <summary>A cross-origin request for a tenant without a policy was refused (Debug).</summary>
    public const int TenantNotFound = 21;

    /// <summary>A tenant's policy from a database was invalid; the tenant keeps its previous policy.</summary>
    public const int TenantPolicyRejected = 22;

    /// <summary>Every tenant's policy was loaded from a database.</summary>
    public const int TenantPoliciesLoaded = 23;

    /// <summary>Reading tenants' changes from a database failed; the next poll tries again.</summary>
    public const int TenantPollFailed = 24;

    /// <summary>A configuration reload was applied.</summary>
    public const int ReloadApplied = 30;

    /// <summary>A configuration reload was rejected; the previous policies stay in force.</summary>
    public const int ReloadRejected = 31;

    /// <summary>A policy compiled with a warning.</summary>
    public const int PolicyWarning = 32;

    /// <summary>Development mode (the denial reason header) is on.</summary>
    public const int DenialReasonHeaderEnabled = 40;

    /// <summary>The decisions page is served outside Development, showing request origins and paths.</summary>
    public const int DashboardOutsideDevelopment = 41;

    /// <summary>The decisions page is mapped but off, because the environment is not Development.</summary>
    public const int DashboardOff = 42;

    /// <summary>A write refused because the browser said it came from another site.</summary>
    public const int CrossSiteWrite = 51;

    /// <summary>A write refused because it came from another origin of the same site.</summary>
    public const int SameSiteWrite = 52;

    /// <summary>A write refused for a <c>Sec-Fetch-Site</c> value no browser sends.</summary>
    public const int UnknownFetchSiteWrite = 53;

    /// <summary>A write refused for the <c>null</c> origin.</summary>
    public const int NullOriginWrite = 54;

    /// <summary>A write refused for several <c>Origin</c> headers.</summary>
    public const int MultipleOriginsWrite = 55;

    /// <summary>A write refused for a malformed <c>Origin</c>.</summary>
    public const int MalformedOriginWrite = 56;

    /// <summary>A write refused, without Fetch Metadata, from an origin that is neither the server's own nor allowed.</summary>
    public const int ForeignOriginWrite = 57;

}
