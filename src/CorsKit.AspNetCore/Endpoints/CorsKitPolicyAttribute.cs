namespace CorsKit.AspNetCore.Endpoints;

/// <summary>Applies a named CorsKit policy (or the default one) to a controller or action.</summary>
/// <example><code>[CorsKitPolicy("admin")] public class AdminController : ControllerBase { }</code></example>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class CorsKitPolicyAttribute : Attribute, ICorsKitPolicyMetadata
{
    /// <summary>Applies the default policy, overriding a policy named on an enclosing controller or group.</summary>
    public CorsKitPolicyAttribute()
    {
    }

    /// <summary>Applies the policy named <paramref name="policyName"/>.</summary>
    public CorsKitPolicyAttribute(string policyName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(policyName);
        PolicyName = policyName;
    }

    /// <inheritdoc />
    public string? PolicyName { get; }
}
