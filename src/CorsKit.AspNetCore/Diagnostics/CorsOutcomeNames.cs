using CorsKit.Evaluation;

namespace CorsKit.AspNetCore.Diagnostics;

/// <summary>
/// Stable, kebab-case names of decision outcomes, used as metric tag values and in the development-mode header.
/// Constant strings, so tagging a measurement allocates nothing.
/// </summary>
public static class CorsOutcomeNames
{
    /// <summary>The request was allowed.</summary>
    public const string Allowed = "allowed";

    /// <summary>The endpoint names a policy that does not exist.</summary>
    public const string PolicyNotFound = "policy-not-found";

    /// <summary>Tenants are configured, and the request's tenant has no policy.</summary>
    public const string TenantNotFound = "tenant-not-found";

    /// <summary>The name of <paramref name="reason"/> (<c>origin-not-allowed</c>, ...), or <see cref="Allowed"/> for none.</summary>
    public static string Of(CorsDenialReason reason) => CorsDenialReasons.Describe(reason).Name;

    /// <summary>The name of <paramref name="kind"/>: <c>preflight</c>, <c>actual</c> or <c>none</c>.</summary>
    public static string Of(CorsRequestKind kind) => kind switch
    {
        CorsRequestKind.Preflight => "preflight",
        CorsRequestKind.Actual => "actual",
        _ => "none",
    };
}
