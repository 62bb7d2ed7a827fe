using System.Globalization;
using CorsKit.Policy;
using MicrosoftCorsPolicy = Microsoft.AspNetCore.Cors.Infrastructure.CorsPolicy;
using MicrosoftCorsPolicyBuilder = Microsoft.AspNetCore.Cors.Infrastructure.CorsPolicyBuilder;

namespace CorsKit.Benchmarks.Scenarios;

/// <summary>
/// One policy shape, built for both libraries from the same lists: the seed's policy (credentials, GET/POST/DELETE,
/// Content-Type/Authorization) with different origin settings.
/// </summary>
public static class ScenarioPolicies
{
    private static readonly string[] Methods = ["GET", "POST", "DELETE"];
    private static readonly string[] Headers = ["Content-Type", "Authorization"];

    public static string[] Origins(PolicyShape shape) => shape switch
    {
        PolicyShape.OneOrigin => ["https://app.example.com"],
        PolicyShape.ThousandOrigins => Enumerable.Range(1, 1000)
            .Select(i => string.Create(CultureInfo.InvariantCulture, $"https://app{i:D4}.example.com"))
            .ToArray(),
        PolicyShape.SubdomainPatterns => ["https://*.example.com", "https://*.example.net"],
        _ => throw new ArgumentOutOfRangeException(nameof(shape), shape, "unknown policy shape"),
    };

    /// <summary>The origin allowed requests carry: the last listed one, or a two-level subdomain of the last pattern.</summary>
    public static string AllowedOrigin(PolicyShape shape) => shape switch
    {
        PolicyShape.OneOrigin => "https://app.example.com",
        PolicyShape.ThousandOrigins => "https://app1000.example.com",
        PolicyShape.SubdomainPatterns => "https://api.eu.example.net",
        _ => throw new ArgumentOutOfRangeException(nameof(shape), shape, "unknown policy shape"),
    };

    public static CorsPolicyOptions CorsKitOptions(PolicyShape shape) =>
        new CorsKitPolicyBuilder()
            .WithOrigins(Origins(shape))
            .WithMethods(Methods)
            .WithHeaders(Headers)
            .AllowCredentials()
            .Options;

    public static CorsKit.Policy.CorsKitPolicy CorsKitPolicy(PolicyShape shape) => CorsKit.Policy.CorsKitPolicy.Compile(CorsKitOptions(shape));

    public static MicrosoftCorsPolicy MicrosoftPolicy(PolicyShape shape)
    {
        var builder = new MicrosoftCorsPolicyBuilder()
            .WithOrigins(Origins(shape))
            .WithMethods(Methods)
            .WithHeaders(Headers)
            .AllowCredentials();
        if (shape == PolicyShape.SubdomainPatterns)
        {
            builder.SetIsOriginAllowedToAllowWildcardSubdomains();
        }

        return builder.Build();
    }
}
