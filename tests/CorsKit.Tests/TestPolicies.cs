using CorsKit.Evaluation;
using CorsKit.Policy;

namespace CorsKit.Tests;

/// <summary>Short ways to build policies and requests in tests.</summary>
internal static class TestPolicies
{
    public static CorsKitPolicy Build(Action<CorsKitPolicyBuilder> configure)
    {
        var builder = new CorsKitPolicyBuilder();
        configure(builder);
        return builder.Build();
    }

    /// <summary>The seed's policy: one origin with credentials, GET/POST/DELETE, Content-Type and Authorization.</summary>
    public static CorsKitPolicy Seed(string origin = "https://app.example.com") => Build(b => b
        .WithOrigins(origin)
        .WithMethods("DELETE")
        .WithHeaders("Content-Type", "Authorization")
        .AllowCredentials());

    public static CorsRequest Actual(string? origin, string method = "GET") => new(method, origin);

    public static CorsRequest Preflight(string origin, string requestMethod, string? requestHeaders = null) =>
        new("OPTIONS", origin, requestMethod, requestHeaders);

    public static IReadOnlyList<ConfigurationProblem> ErrorsOf(Action<CorsKitPolicyBuilder> configure)
    {
        var builder = new CorsKitPolicyBuilder();
        configure(builder);
        return CorsKitPolicy.TryCompile(builder.Options).Errors;
    }

    public static IReadOnlyList<ConfigurationProblem> WarningsOf(Action<CorsKitPolicyBuilder> configure)
    {
        var builder = new CorsKitPolicyBuilder();
        configure(builder);
        return CorsKitPolicy.TryCompile(builder.Options).Warnings;
    }
}
