namespace CorsKit.AspNetCore.Endpoints;

/// <summary>
/// Endpoint metadata that overrides the policy's cross-origin write protection for one endpoint. The last one wins, so
/// an action's attribute overrides its controller's. Exemptions are endpoints, never paths: a path pattern can be
/// reached by paths a router rewrites to it.
/// </summary>
public interface IWriteProtectionMetadata
{
    /// <summary>True to check writes even when the policy does not; false to let every write through.</summary>
    bool IsRequired { get; }
}
