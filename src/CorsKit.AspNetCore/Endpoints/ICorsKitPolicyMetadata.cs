namespace CorsKit.AspNetCore.Endpoints;

/// <summary>Selects the CorsKit policy of an endpoint.</summary>
public interface ICorsKitPolicyMetadata : ICorsKitMetadata
{
    /// <summary>The policy's name, or <see langword="null"/> for the default policy.</summary>
    string? PolicyName { get; }
}
