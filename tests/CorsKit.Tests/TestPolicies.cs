using CorsKit.Evaluation;
using CorsKit.Policy;

namespace CorsKit.Tests;

/// <summary>Short ways to build policies and requests in tests.</summary>
internal static class TestPolicies
{
    public static CorsPolicy Build(Action<CorsPolicyBuilder> configure)
    {
        var builder = new CorsPolicyBuilder();
        configure(builder);
        return builder.Build();
    }

    /// <summary>The seed's policy: one origin with credentials, GET/POST/DELETE, Content-Type and Authorization.</summary>
    public static CorsPolicy Seed(string origin = "https://app.example.com") => Build(b => b
        .WithOrigins(origin)
        .WithMethods("DELETE")
        .WithHeaders("Content-Type", "Authorization")
        .AllowCredentials());

    public static CorsRequest Actual(string? origin, string method = "GET") => new(method, origin);

    public static CorsRequest Preflight(string origin, string requestMethod, string? requestHeaders = null) =>
        new("OPTIONS", origin, requestMethod, requestHeaders);

    public static IReadOnlyList<ConfigurationProblem> ErrorsOf(Action<CorsPolicyBuilder> configure)
    {
        var builder = new CorsPolicyBuilder();
        configure(builder);
        return CorsPolicy.TryCompile(builder.Options).Errors;
    }

    public static IReadOnlyList<ConfigurationProblem> WarningsOf(Action<CorsPolicyBuilder> configure)
    {
        var builder = new CorsPolicyBuilder();
        configure(builder);
        return CorsPolicy.TryCompile(builder.Options).Warnings;
    }
}
