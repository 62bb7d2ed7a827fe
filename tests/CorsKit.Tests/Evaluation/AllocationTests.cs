using CorsKit.Evaluation;
using CorsKit.Policy;
using static CorsKit.Tests.TestPolicies;

namespace CorsKit.Tests.Evaluation;

// The request path allocates nothing on any path. Counted with the runtime's own per-thread allocation counter, not timed.
public class AllocationTests
{
    private static readonly CorsKitPolicy Exact = Build(b => b.WithOrigins("https://app.example.com").WithMethods("DELETE")
        .WithHeaders("Content-Type", "Authorization").WithExposedHeaders("X-Request-Id").AllowCredentials().WithMaxAge(TimeSpan.FromMinutes(10)));

    // Several exact origins take the keyed table rather than the single comparison.
    private static readonly CorsKitPolicy ManyExact = Build(b => b.WithOrigins(
        [.. Enumerable.Range(1, 100).Select(i => $"https://app{i}.example.com")]).WithMethods("DELETE").AllowCredentials());

    private static readonly CorsKitPolicy Patterns = Build(b => b.WithOrigins("https://*.example.com", "http://localhost:*")
        .WithMethods("*").WithHeaders("*").AllowCredentials());

    public static TheoryData<string, CorsRequest> Requests => new()
    {
        { "exact", Actual(null) },
        { "exact", Actual("https://app.example.com") },
        { "exact", Actual("https://evil.example.net") },
        { "exact", Actual("null") },
        { "exact", Actual("not an origin") },
        { "exact", Preflight("https://app.example.com", "DELETE", "authorization,content-type") },
        { "exact", Preflight("https://app.example.com", "PUT", "content-type") },
        { "exact", Preflight("https://app.example.com", "DELETE", "x-unknown") },
        { "exact", Preflight("https://app.example.com", "DELETE", new string(',', 32 * 1024)) },
        { "exact", Preflight("https://evil.example.net", "DELETE") },
        { "many exact", Actual("https://app100.example.com") },
        { "many exact", Actual("https://app101.example.com") },
        { "many exact", Actual("https://app1.example.co") },
        { "many exact", Preflight("https://app7.example.com", "DELETE") },
        { "patterns", Actual("https://a.b.example.com") },
        { "patterns", Actual("http://localhost:5173") },
        { "patterns", Actual("https://example.com.evil.net") },
        { "patterns", Preflight("https://a.example.com", "PATCH", "x-a,x-b") },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public void Evaluating_allocates_nothing(string policyName, CorsRequest request)
    {
        var policy = policyName switch
        {
            "exact" => Exact,
            "many exact" => ManyExact,
            _ => Patterns,
        };
        policy.Evaluate(request); // warm up: JIT and lazy statics are not the request path

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            policy.Evaluate(request);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }
}
