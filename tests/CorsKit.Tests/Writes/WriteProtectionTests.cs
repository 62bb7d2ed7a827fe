using CorsKit.Policy;
using CorsKit.Writes;

namespace CorsKit.Tests.Writes;

// Every rule of cross-origin write protection, with Go's net/http csrf_test.go rows (after the CVE-2025-47910 fix)
// where CorsKit decides as Go does, and the differences cited where it does not.
public class WriteProtectionTests
{
    private const string Frontend = "https://app.example.com";

    private static readonly WriteProtection Protection = Policy().WriteProtection;

    private static CorsKitPolicy Policy(Action<CorsKitPolicyBuilder>? configure = null)
    {
        var builder = new CorsKitPolicyBuilder().WithOrigins(Frontend, "https://*.partner.example").AllowCredentials().ProtectWrites("https://pay.example.net");
        configure?.Invoke(builder);
        return builder.Build();
    }

    private static WriteDecision Decide(string method, string? site, string? origin, WriteProtection? protection = null, int originCount = -1, string scheme = "https", string host = "example.com") =>
        (protection ?? Protection).Evaluate(new WriteRequest(method, site, origin, originCount >= 0 ? originCount : origin is null ? 0 : 1, scheme, host));

    // Go's table, host example.com.
    [Theory]
    [InlineData("POST", "same-origin", null, WritePermit.SameOrigin)]
    [InlineData("POST", "none", null, WritePermit.UserInitiated)]
    [InlineData("POST", null, null, WritePermit.NoOrigin)]
    [InlineData("POST", null, "https://example.com", WritePermit.OwnOrigin)]
    [InlineData("GET", "cross-site", null, WritePermit.SafeMethod)]
    [InlineData("HEAD", "cross-site", null, WritePermit.SafeMethod)]
    [InlineData("OPTIONS", "cross-site", null, WritePermit.SafeMethod)]
    [InlineData("POST", null, "https://pay.example.net", WritePermit.TrustedOrigin)]
    [InlineData("POST", "cross-site", "https://pay.example.net", WritePermit.TrustedOrigin)]
    public void Go_allows_and_so_does_CorsKit(string method, string? site, string? origin, WritePermit permit)
    {
        var decision = Decide(method, site, origin);
        Assert.True(decision.IsAllowed);
        Assert.Equal(permit, decision.Permit);
    }

    [Theory]
    [InlineData("POST", "cross-site", null, WriteDenialReason.CrossSite)]
    [InlineData("POST", "same-site", null, WriteDenialReason.SameSite)]
    [InlineData("POST", null, "https://attacker.example", WriteDenialReason.ForeignOrigin)]
    [InlineData("POST", null, "null", WriteDenialReason.NullOrigin)]
    [InlineData("PUT", "cross-site", null, WriteDenialReason.CrossSite)]
    public void Go_refuses_and_so_does_CorsKit(string method, string? site, string? origin, WriteDenialReason reason)
    {
        var decision = Decide(method, site, origin);
        Assert.False(decision.IsAllowed);
        Assert.Equal(WritePermit.None, decision.Permit);
        Assert.Equal(reason, decision.DenialReason);
    }

    // Go compares the host only, so http://example.com may write to https://example.com; CorsKit compares the scheme
    // and the port too (as ASP.NET Core 11 compares the scheme).
    [Theory]
    [InlineData("http://example.com", "https", "example.com")]
    [InlineData("https://example.com", "http", "example.com")]
    [InlineData("https://example.com:8443", "https", "example.com")]
    [InlineData("https://example.com", "https", "example.com:8443")]
    [InlineData("https://sub.example.com", "https", "example.com")]
    public void Without_fetch_metadata_the_scheme_host_and_port_must_all_be_the_requests_own(string origin, string scheme, string host) =>
        Assert.Equal(WriteDenialReason.ForeignOrigin, Decide("POST", null, origin, scheme: scheme, host: host).DenialReason);

    [Theory]
    [InlineData("https://example.com", "https", "EXAMPLE.com")]
    [InlineData("https://example.com", "https", "example.com:443")]
    [InlineData("http://localhost:4000", "http", "localhost:4000")]
    [InlineData("http://[::1]:5173", "http", "[::1]:5173")]
    [InlineData("http://[::1]", "http", "[::1]:80")]
    public void The_own_origin_compares_as_browsers_serialize_it(string origin, string scheme, string host) =>
        Assert.Equal(WritePermit.OwnOrigin, Decide("POST", null, origin, scheme: scheme, host: host).Permit);

    // Go's rows name no CORS policy; here the origins that may read may write, whatever Sec-Fetch-Site says.
    [Theory]
    [InlineData("cross-site", Frontend)]
    [InlineData("same-site", Frontend)]
    [InlineData(null, Frontend)]
    [InlineData("cross-site", "https://a.partner.example")]
    [InlineData("cross-site", "https://a.b.partner.example")]
    public void Origins_that_may_read_may_write(string? site, string origin) =>
        Assert.Equal(WritePermit.ReadableOrigin, Decide("DELETE", site, origin).Permit);

    [Theory]
    [InlineData("cross-site", "https://partner.example")]
    [InlineData("cross-site", "https://app.example.com.evil.net")]
    [InlineData("cross-site", "https://APP.example.com")]
    public void Origins_that_may_not_read_may_not_write(string site, string origin) =>
        Assert.Equal(WriteDenialReason.CrossSite, Decide("POST", site, origin).DenialReason);

    [Fact]
    public void Same_site_writes_pass_only_when_allowed_explicitly()
    {
        Assert.Equal(WriteDenialReason.SameSite, Decide("POST", "same-site", "https://blog.example.com").DenialReason);
        var lenient = Policy(builder => builder.AllowSameSiteWrites()).WriteProtection;
        Assert.Equal(WritePermit.SameSite, Decide("POST", "same-site", "https://blog.example.com", lenient).Permit);
        Assert.Equal(WriteDenialReason.CrossSite, Decide("POST", "cross-site", "https://blog.example.net", lenient).DenialReason);
    }

    [Theory]
    [InlineData("POST")]
    [InlineData("post")]
    [InlineData("get")]
    [InlineData("Options")]
    [InlineData("PATCH")]
    [InlineData("PROPFIND")]
    [InlineData("TRACE")]
    public void Every_method_but_the_safe_four_is_a_write_in_any_case(string method) =>
        Assert.Equal(WriteDenialReason.CrossSite, Decide(method, "cross-site", "https://attacker.example").DenialReason);

    [Fact]
    public void Query_is_safe() =>
        Assert.Equal(WritePermit.SafeMethod, Decide("QUERY", "cross-site", "https://attacker.example").Permit);

    [Theory]
    [InlineData("Same-Origin")]
    [InlineData(" same-origin")]
    [InlineData("same-origin,same-origin")]
    [InlineData("same-origin, cross-site")]
    [InlineData("")]
    [InlineData("unknown")]
    public void A_fetch_site_no_browser_sends_is_refused(string site)
    {
        var decision = Decide("POST", site, "https://attacker.example");
        Assert.Equal(WriteDenialReason.UnknownFetchSite, decision.DenialReason);
        Assert.Equal(site, decision.DeniedValue);
    }

    [Fact]
    public void An_unknown_fetch_site_from_an_origin_that_may_read_still_passes() =>
        Assert.Equal(WritePermit.ReadableOrigin, Decide("POST", "future-value", Frontend).Permit);

    [Theory]
    [InlineData("https://example.com/")]
    [InlineData("https://EXAMPLE.com")]
    [InlineData("https://example.com:443")]
    [InlineData("example.com")]
    [InlineData("")]
    public void Without_fetch_metadata_a_malformed_origin_is_refused(string origin) =>
        Assert.Equal(WriteDenialReason.MalformedOrigin, Decide("POST", null, origin).DenialReason);

    [Fact]
    public void Several_origins_are_never_trusted()
    {
        Assert.Equal(WriteDenialReason.MultipleOrigins, Decide("POST", null, Frontend, originCount: 2).DenialReason);
        Assert.Equal(WriteDenialReason.CrossSite, Decide("POST", "cross-site", Frontend, originCount: 2).DenialReason);
    }

    [Fact]
    public void A_policy_that_lets_every_origin_read_restricts_no_writer()
    {
        var open = new CorsKitPolicyBuilder().AllowAnyOrigin().ProtectWrites().Build();
        Assert.False(open.WriteProtection.RestrictsWrites);
        Assert.Equal(WritePermit.AnyOrigin, Decide("POST", "cross-site", "https://attacker.example", open.WriteProtection).Permit);
        Assert.Contains(open.Warnings, warning => warning.Setting == nameof(CorsPolicyOptions.ProtectWrites) && warning.Kind == ConfigurationProblemKind.NoEffect);
    }

    [Fact]
    public void Without_readers_only_trusted_writers_come_from_elsewhere()
    {
        var strict = Protection.WithoutReaders;
        Assert.False(strict.TrustsReaders);
        Assert.Equal(WriteDenialReason.CrossSite, Decide("POST", "cross-site", Frontend, strict).DenialReason);
        Assert.Equal(WritePermit.TrustedOrigin, Decide("POST", "cross-site", "https://pay.example.net", strict).Permit);
        Assert.Equal(WritePermit.SameOrigin, Decide("POST", "same-origin", Frontend, strict).Permit);
        Assert.Equal(WriteDenialReason.CrossSite, Decide("POST", "cross-site", "https://pay.example.net", WriteProtection.SameOriginOnly).DenialReason);
    }

    [Fact]
    public void The_policy_reports_its_settings()
    {
        Assert.True(Protection.IsEnabled);
        Assert.True(Protection.RestrictsWrites);
        Assert.True(Protection.TrustsReaders);
        Assert.Equal(["https://pay.example.net"], Protection.TrustedOrigins);
        Assert.False(Protection.AllowsSameSite);
        Assert.False(new CorsKitPolicyBuilder().WithOrigins(Frontend).Build().WriteProtection.IsEnabled);
    }

    [Fact]
    public void Deciding_allocates_nothing()
    {
        var requests = new[]
        {
            new WriteRequest("GET", "cross-site", null, 0, "https", "example.com"),
            new WriteRequest("POST", "cross-site", Frontend, 1, "https", "example.com"),
            new WriteRequest("POST", "cross-site", "https://x.partner.example", 1, "https", "example.com"),
            new WriteRequest("POST", "cross-site", "https://attacker.example", 1, "https", "example.com"),
            new WriteRequest("POST", null, "https://example.com:8443", 1, "https", "example.com:8443"),
            new WriteRequest("POST", null, "https://attacker.example", 1, "https", "example.com"),
        };
        foreach (var request in requests)
        {
            Protection.Evaluate(request);
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            foreach (var request in requests)
            {
                Protection.Evaluate(request);
            }
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    [Fact]
    public void Every_reason_is_described_once_with_its_own_event_id()
    {
        var reasons = Enum.GetValues<WriteDenialReason>();
        Assert.Equal(reasons, WriteDenialReasons.All.Select(description => description.Reason));
        Assert.Equal(reasons.Length, WriteDenialReasons.All.Select(description => description.Name).Distinct().Count());
        Assert.All(WriteDenialReasons.All, description => Assert.Equal(WriteDenialReasonDescription.FirstEventId + (int)description.Reason, description.EventId));
        Assert.All(WriteDenialReasons.All, description => Assert.DoesNotContain("{", description.Explanation + description.Fix, StringComparison.Ordinal));
        Assert.Equal("write-refused", WriteDenialReasons.Describe((WriteDenialReason)99).Name);
    }
}
