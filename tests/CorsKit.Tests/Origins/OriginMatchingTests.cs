using CorsKit.Evaluation;
using static CorsKit.Tests.TestPolicies;

namespace CorsKit.Tests.Origins;

// The engine reflects an origin only when the compiled matcher accepts it byte for byte (Fetch "CORS check":
// the browser compares Access-Control-Allow-Origin with the serialized origin byte for byte).
public class OriginMatchingTests
{
    private static bool Allows(string configured, string requestOrigin) =>
        Build(b => b.WithOrigins(configured)).Evaluate(Actual(requestOrigin)).IsAllowed;

    [Theory]
    [InlineData("https://app.example.com", "https://app.example.com", true)]
    [InlineData("https://app.example.com", "https://APP.example.com", false)]        // browsers never send upper case
    [InlineData("https://app.example.com", "http://app.example.com", false)]         // scheme is part of the origin
    [InlineData("https://app.example.com", "https://app.example.com:8443", false)]   // so is the port
    [InlineData("https://app.example.com", "https://app.example.com.evil.net", false)]
    [InlineData("https://app.example.com", "https://evilapp.example.com", false)]
    [InlineData("https://app.example.com:443", "https://app.example.com", true)]      // default port dropped at compile time
    [InlineData("https://bücher.example", "https://xn--bcher-kva.example", true)]
    public void Exact_origins_match_byte_for_byte(string configured, string request, bool expected) =>
        Assert.Equal(expected, Allows(configured, request));

    [Theory]
    [InlineData("https://a.example.com", true)]
    [InlineData("https://a.b.example.com", true)]               // any depth
    [InlineData("https://example.com", false)]                  // never the apex
    [InlineData("https://evilexample.com", false)]              // not a label boundary
    [InlineData("https://example.com.evil.net", false)]
    [InlineData("https://a.example.com.evil.net", false)]
    [InlineData("http://a.example.com", false)]                 // scheme must match
    [InlineData("https://a.example.com:8443", false)]           // port must match
    [InlineData("https://a.example.co", false)]
    [InlineData("https://A.example.com", false)]                // browsers serialize hosts in lower case
    [InlineData("https://a..example.com", false)]               // an empty label is no host
    [InlineData("https://a_b.example.com", true)]               // underscores occur in real host names
    public void Subdomain_patterns_match_any_depth_but_never_the_apex(string request, bool expected) =>
        Assert.Equal(expected, Allows("https://*.example.com", request));

    [Theory]
    [InlineData("http://localhost:3000", true)]
    [InlineData("http://localhost:65535", true)]
    [InlineData("http://localhost", true)]
    [InlineData("https://localhost:3000", false)]
    [InlineData("http://localhost.evil.net:3000", false)]
    [InlineData("http://a.localhost:3000", false)]
    public void Any_port_patterns_match_every_port_of_one_host(string request, bool expected) =>
        Assert.Equal(expected, Allows("http://localhost:*", request));

    [Theory]
    [InlineData("https://a.example.com:8443", true)]
    [InlineData("https://a.b.example.com", true)]
    [InlineData("https://example.com:8443", false)]
    public void Subdomain_and_any_port_patterns_combine(string request, bool expected) =>
        Assert.Equal(expected, Allows("https://*.example.com:*", request));

    [Theory]
    [InlineData("http://[::1]:5173", true)]
    [InlineData("http://127.0.0.1:8080", true)]
    [InlineData("http://127.0.0.2:8080", false)]
    public void Any_port_patterns_work_on_addresses(string request, bool expected)
    {
        var policy = Build(b => b.WithOrigins("http://[::1]:*", "http://127.0.0.1:*"));
        Assert.Equal(expected, policy.Evaluate(Actual(request)).IsAllowed);
    }

    [Fact]
    public void A_thousand_origins_match_the_last_one()
    {
        var origins = Enumerable.Range(0, 1000).Select(i => $"https://app{i}.example.com").ToArray();
        var policy = Build(b => b.WithOrigins(origins));
        Assert.True(policy.Evaluate(Actual("https://app999.example.com")).IsAllowed);
        Assert.Equal(CorsDenialReason.OriginNotAllowed, policy.Evaluate(Actual("https://app1000.example.com")).DenialReason);
    }

    [Fact]
    public void The_predicate_decides_well_formed_origins_the_list_does_not_match()
    {
        var asked = new List<string>();
        var policy = Build(b => b.WithOrigins("https://app.example.com").WithOriginPredicate(origin =>
        {
            asked.Add(origin);
            return origin == "https://tenant.example.net";
        }));

        Assert.True(policy.Evaluate(Actual("https://tenant.example.net")).IsAllowed);
        Assert.False(policy.Evaluate(Actual("https://other.example.net")).IsAllowed);
        Assert.Equal(CorsDenialReason.MalformedOrigin, policy.Evaluate(Actual("https://x.example.net/path")).DenialReason);
        Assert.Equal(CorsDenialReason.NullOrigin, policy.Evaluate(Actual("null")).DenialReason);
        Assert.True(policy.Evaluate(Actual("https://app.example.com")).IsAllowed);
        Assert.Equal(["https://tenant.example.net", "https://other.example.net"], asked);
    }
}
