namespace CorsKit.AspNetCore.Endpoints;

/// <summary>Turns CorsKit off for a controller or action.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, AllowMultiple = false, Inherited = true)]
public sealed class DisableCorsKitAttribute : Attribute, IDisableCorsKitMetadata
{
}
