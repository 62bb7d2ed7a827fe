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
        var policy = Build(b => b.WithOrigins(App).WithHeaders("X-A"));
        var atLimit = string.Join(",", Enumerable.Repeat("x-a", CorsLimits.MaxRequestHeaderNames));
        var overLimit = string.Join(",", Enumerable.Repeat("x-a", CorsLimits.MaxRequestHeaderNames + 1));

        Assert.True(policy.Evaluate(Preflight(App, "POST", atLimit)).IsAllowed);
        Assert.Equal(CorsDenialReason.HeadersTooLarge, policy.Evaluate(Preflight(App, "POST", overLimit)).DenialReason);
    }

    // RFC 9110 5.6.1: a recipient ignores "a reasonable number" of empty list elements. They count against the same
    // limit as names, so a flood within the length limit is refused as soon as it passes the count.
    [Theory]
    [InlineData(",", 63, true)]              // 64 empty elements
    [InlineData(",", 64, false)]
    [InlineData(",", 4096, false)]           // the longest value considered, all commas
    [InlineData(", ", 63, true)]
    [InlineData(", ", 64, false)]
    [InlineData(" ,\t", 1000, false)]
    [InlineData("x-a,", 63, true)]           // 63 names and a trailing empty element
    [InlineData("x-a,", 64, false)]          // 64 names and a trailing empty element
    [InlineData("x-a,,", 31, true)]
    [InlineData("x-a,,", 32, false)]
    public void Empty_elements_count_toward_the_element_limit(string unit, int repeat, bool allowed)
    {
        var value = string.Concat(Enumerable.Repeat(unit, repeat));
        var decision = Build(b => b.WithOrigins(App).WithHeaders("X-A")).Evaluate(Preflight(App, "POST", value));

        Assert.Equal(allowed, decision.IsAllowed);
        if (!allowed)
        {
            Assert.Equal(CorsDenialReason.HeadersTooLarge, decision.DenialReason);
        }
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
