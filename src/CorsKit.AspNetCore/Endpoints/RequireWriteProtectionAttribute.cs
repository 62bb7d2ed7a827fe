namespace CorsKit.AspNetCore.Endpoints;

/// <summary>
/// Checks cross-origin writes to a controller or action even when its policy does not protect writes. With no CorsKit
/// policy on the endpoint, only same-origin writes pass.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class RequireWriteProtectionAttribute : Attribute, IWriteProtectionMetadata
{
    /// <inheritdoc/>
    public bool IsRequired => true;
}
