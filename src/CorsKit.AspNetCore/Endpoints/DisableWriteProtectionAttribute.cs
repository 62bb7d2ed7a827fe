namespace CorsKit.AspNetCore.Endpoints;

/// <summary>
/// Lets every write reach a controller or action, from any origin: for endpoints that authenticate each request
/// without cookies (a webhook with a signature, an API key). <see cref="DisableCorsKitAttribute"/> does not do this.
/// </summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class DisableWriteProtectionAttribute : Attribute, IWriteProtectionMetadata
{
    /// <inheritdoc/>
    public bool IsRequired => false;
}
