using CorsKit.Evaluation;
using static CorsKit.Tests.TestPolicies;

namespace CorsKit.Tests.Evaluation;

// A CORS layer sits in front of everything: oversized and malformed headers are denied cheaply, never thrown on.
public class HostileInputTests
{
    private const string App = "https://app.example.com";

    [Fact]
    public void An_8_KB_origin_is_denied_as_malformed()
    {
        var origin = "https://" + new string('a', 8 * 1024) + ".example.com";
        var policy = Build(b => b.WithOrigins("https://*.example.com"));
        Assert.Equal(CorsDenialReason.MalformedOrigin, policy.Evaluate(Actual(origin)).DenialReason);
    }

    [Fact]
    public void A_32_KB_comma_flood_is_denied_as_too_large()
    {
        var decision = Seed(App).Evaluate(Preflight(App, "DELETE", new string(',', 32 * 1024)));
        Assert.Equal(CorsDenialReason.HeadersTooLarge, decision.DenialReason);
        Assert.Equal(403, decision.PreflightStatusCode);
    }

    // The 32 KB comma flood is counted in AllocationTests; the oversized origin is counted here. No timing: benchmarks.
    [Fact]
    public void Denying_an_8_KB_origin_allocates_nothing()
    {
        var origin = "https://" + new string('a', 8 * 1024) + ".example.com";
        var policy = Build(b => b.WithOrigins("https://*.example.com"));
        var request = Actual(origin);
        var preflight = Preflight(origin, "PUT", "x-a");
        policy.Evaluate(request);
        policy.Evaluate(preflight);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 10_000; i++)
        {
            policy.Evaluate(request);
            policy.Evaluate(preflight);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(CorsDenialReason.MalformedOrigin, policy.Evaluate(preflight).DenialReason);
    }

    [Fact]
    public void More_header_names_than_any_browser_sends_are_denied()
    {
        var names = string.Join(",", Enumerable.Repeat("x-a", CorsLimits.MaxRequestHeaderNames + 1));
        var decision = Build(b => b.WithOrigins(App).WithHeaders("X-A")).Evaluate(Preflight(App, "POST", names));
        Assert.Equal(CorsDenialReason.HeadersTooLarge, decision.DenialReason);
    }

    // Found by the fuzzer (tests/CorsKit.Fuzz/crashes): with credentials, "*" requests are reflected, so a method or
    // header literally named "*" came back as "*" beside Access-Control-Allow-Credentials: true.
    [Theory]
    [InlineData("*", "x-a")]
    [InlineData("DELETE", "*")]
    [InlineData("DELETE", "x-a, *")]
    public void A_method_or_header_named_star_is_refused_not_reflected_beside_credentials(string method, string headers)
    {
        var policy = Build(b => b.WithOrigins(App).WithMethods("*").WithHeaders("*").AllowCredentials());
        var decision = policy.Evaluate(Preflight(App, method, headers));
        Assert.Equal(403, decision.PreflightStatusCode);
        Assert.Null(decision.AllowMethods);
        Assert.Null(decision.AllowHeaders);
        Assert.True(policy.Evaluate(Preflight(App, "DELETE", "x-a")).IsAllowed);
    }

    [Theory]
    [InlineData("https://app.example.com\0")]
    [InlineData("https://app.example.com\r\nSet-Cookie: a=b")]
    [InlineData("https://[::1")]
    [InlineData("https://[]")]
    [InlineData("https://:443")]
    [InlineData("https://a.example.com:")]
    [InlineData("https://a.example.com:99999")]
    [InlineData("https://a.example.com:0080")]
    [InlineData("://")]
    [InlineData("https://.example.com")]
    [InlineData("https://a..example.com")]
    public void Malformed_origins_are_denied_not_thrown(string origin)
    {
        var policy = Build(b => b.WithOrigins("https://*.example.com", "http://localhost:*"));
        Assert.Equal(CorsDenialReason.MalformedOrigin, policy.Evaluate(Actual(origin)).DenialReason);
    }
}
