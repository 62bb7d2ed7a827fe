using CorsKit.Policy;

namespace CorsKit.Fuzz.Harness;

/// <summary>A fixed policy the fuzzer evaluates every input against, with what the invariants need to know of it.</summary>
internal sealed record FuzzPolicy(string Name, CorsKitPolicy Policy, IReadOnlySet<string> ExactOrigins)
{
    /// <summary>The four shapes whose parsing differs: exact list, patterns, public <c>*</c>, credentials with <c>*</c> headers.</summary>
    public static IReadOnlyList<FuzzPolicy> All { get; } =
    [
        Create("exact", new CorsPolicyOptions
        {
            Origins = { "https://app.example.com", "http://localhost:3000", "https://xn--bcher-kva.example" },
            Methods = { "DELETE", "PUT" },
            Headers = { "Content-Type", "Authorization", "X-Custom" },
            ExposeHeaders = { "X-Request-Id" },
            Credentials = true,
            MaxAge = TimeSpan.FromMinutes(10),
        }),
        Create("patterns", new CorsPolicyOptions
        {
            Origins = { "https://*.example.com", "http://localhost:*", "https://*.example.org:*", "http://127.0.0.1:*", "http://[::1]:*" },
            Methods = { "PATCH" },
            Headers = { "X-Custom" },
            Credentials = true,
        }),
        Create("any-origin", new CorsPolicyOptions
        {
            Origins = { "*" },
            Methods = { "*" },
            Headers = { "*" },
            ExposeHeaders = { "*" },
            PreflightStatus = 200,
        }),
        Create("credentials-any-header", new CorsPolicyOptions
        {
            Origins = { "https://app.example.com", "https://*.example.net" },
            Methods = { "*" },
            Headers = { "*", "Authorization" },
            ExposeHeaders = { "X-Request-Id" },
            Credentials = true,
        }),
    ];

    private static FuzzPolicy Create(string name, CorsPolicyOptions options) =>
        new(name, CorsKitPolicy.Compile(options), options.Origins.Where(o => !o.Contains('*', StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal));
}
