using CorsKit.AspNetCore.Endpoints;

namespace Microsoft.AspNetCore.Builder;

/// <summary>Chooses the CorsKit policy of minimal API endpoints and route groups.</summary>
public static class CorsKitEndpointConventionBuilderExtensions
{
    /// <summary>Applies the policy named <paramref name="policyName"/>, or the default policy when it is <see langword="null"/>.</summary>
    /// <example><code>app.MapGet("/admin", ...).RequireCorsKit("admin");</code></example>
    public static TBuilder RequireCorsKit<TBuilder>(this TBuilder builder, string? policyName = null)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        var metadata = policyName is null ? new CorsKitPolicyAttribute() : new CorsKitPolicyAttribute(policyName);
        builder.Add(endpoint => endpoint.Metadata.Add(metadata));
        AcceptPreflights(builder);
        return builder;
    }

    /// <summary>Turns CorsKit off for the endpoints: no CORS headers, preflights not answered.</summary>
    public static TBuilder DisableCorsKit<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        var metadata = new DisableCorsKitAttribute();
        builder.Add(endpoint => endpoint.Metadata.Add(metadata));
        AcceptPreflights(builder);
        return builder;
    }

    /// <summary>
    /// Lets every write reach these endpoints, from any origin (see <see cref="DisableWriteProtectionAttribute"/>):
    /// only for endpoints that never act on cookies alone.
    /// </summary>
    public static TBuilder DisableWriteProtection<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        var metadata = new DisableWriteProtectionAttribute();
        builder.Add(endpoint => endpoint.Metadata.Add(metadata));
        return builder;
    }

    /// <summary>Checks cross-origin writes to these endpoints even when their policy does not (see <see cref="RequireWriteProtectionAttribute"/>).</summary>
    public static TBuilder RequireWriteProtection<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        ArgumentNullException.ThrowIfNull(builder);
        var metadata = new RequireWriteProtectionAttribute();
        builder.Add(endpoint => endpoint.Metadata.Add(metadata));
        return builder;
    }

    // Finally runs after every convention, so method metadata added by a later one is seen too. Builders written
    // before Finally existed (YARP's route builder among them) inherit the interface's default, which throws
    // NotImplementedException; for them the adjustment runs as an ordinary convention, after those added so far.
    private static void AcceptPreflights(IEndpointConventionBuilder builder)
    {
        try
        {
            builder.Finally(PreflightRouting.AcceptPreflights);
        }
        catch (NotImplementedException)
        {
            builder.Add(PreflightRouting.AcceptPreflights);
        }
    }
}
