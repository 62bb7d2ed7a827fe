using CorsKit.Policy;
using CorsKit.Writes;
using CsCheck;

namespace CorsKit.Tests.Properties;

// A write passes only when a rule lets it: same-origin or user-started (rule 2), an origin that may read or is trusted
// (rule 3), same-site when allowed, or without Sec-Fetch-Site no Origin or the request's own (rule 5). The oracle
// below restates the rules independently of the engine, through the CORS decision for rule 3.
public class WriteProtectionProperties
{
    private static readonly long Iterations = PropertyIterations.OrDefault(20_000);

    private static readonly string[] Origins =
    [
        "https://app.example.com", "https://a.example.com", "https://example.com", "http://example.com",
        "https://example.com:8443", "https://pay.example.net", "https://attacker.example", "http://localhost:4000",
        "null", "https://APP.example.com", "https://app.example.com/", "", "https://x.partner.example",
    ];

    private static readonly Gen<(CorsKitPolicy Policy, bool SameSite)> GenPolicy =
        Gen.Select(Gen.Bool, Gen.Bool, Gen.Bool, Gen.Bool, (anyOrigin, patterns, trusted, sameSite) =>
        {
            var builder = new CorsKitPolicyBuilder().ProtectWrites(trusted ? ["https://pay.example.net"] : []);
            builder = anyOrigin ? builder.AllowAnyOrigin() : builder.WithOrigins(patterns ? ["https://app.example.com", "https://*.partner.example"] : ["https://app.example.com"]).AllowCredentials();
            if (sameSite)
            {
                builder.AllowSameSiteWrites();
            }

            return (builder.Build(), sameSite);
        });

    private static readonly Gen<WriteRequest> GenRequest =
        Gen.Select(
            Gen.OneOf("GET", "HEAD", "OPTIONS", "QUERY", "POST", "post", "PUT", "DELETE", "PATCH", "get"),
            Gen.Frequency((4, Gen.OneOf<string?>("same-origin", "same-site", "cross-site", "none", null)), (1, Gen.String[Gen.Char, 0, 12].Select(s => (string?)s))),
            Gen.Frequency((4, Gen.OneOf(Origins).Select(o => (string?)o)), (1, Gen.String[Gen.Char, 0, 30].Select(s => (string?)s)), (1, Gen.Const((string?)null))),
            Gen.Int[1, 2],
            Gen.OneOf(("https", "example.com"), ("http", "example.com"), ("https", "example.com:8443"), ("https", "EXAMPLE.COM:443"), ("http", "localhost:4000")),
            (method, site, origin, count, own) => new WriteRequest(method, site, origin, origin is null ? 0 : count, own.Item1, own.Item2));

    private static readonly Gen<string?> MaybeText = Gen.Frequency((1, Gen.Const((string?)null)), (3, Gen.String.Select(s => (string?)s)));

    [Fact]
    public void A_write_passes_only_when_a_rule_lets_it()
    {
        Gen.Select(GenPolicy, GenRequest).Sample((policy, request) =>
        {
            var decision = policy.Policy.WriteProtection.Evaluate(request);
            Assert.Equal(Oracle(policy.Policy, policy.SameSite, request), decision.IsAllowed);
            Assert.Equal(decision.IsAllowed, decision.Permit != WritePermit.None);
        }, iter: Iterations);
    }

    [Fact]
    public void No_header_content_throws()
    {
        var protection = new CorsKitPolicyBuilder().WithOrigins("https://app.example.com").ProtectWrites().Build().WriteProtection;
        Gen.Select(Gen.String[Gen.Char, 0, 16], MaybeText, MaybeText, Gen.Int[0, 3], Gen.String, Gen.String)
            .Sample((method, site, origin, count, scheme, host) => protection.Evaluate(new WriteRequest(method, site, origin, count, scheme, host)), iter: Iterations);
    }

    private static bool Oracle(CorsKitPolicy policy, bool sameSiteAllowed, WriteRequest request)
    {
        if (request.Method is "GET" or "HEAD" or "OPTIONS" or "QUERY" || policy.AllowsAnyOrigin)
        {
            return true;
        }

        if (request.FetchSite is "same-origin" or "none")
        {
            return true;
        }

        if (request.Origin is { } origin && request.OriginCount == 1
            && (policy.EvaluateActual(origin).IsAllowed || policy.WriteProtection.TrustedOrigins.Contains(origin)))
        {
            return true;
        }

        if (request.FetchSite is not null)
        {
            return request.FetchSite == "same-site" && sameSiteAllowed;
        }

        return request.Origin is null || (request.OriginCount == 1 && request.Origin == OwnOrigin(request));
    }

    private static string OwnOrigin(WriteRequest request)
    {
        var host = request.Host.ToLowerInvariant();
        var defaultPort = request.Scheme == "https" ? ":443" : ":80";
        return $"{request.Scheme}://{(host.EndsWith(defaultPort, StringComparison.Ordinal) ? host[..^defaultPort.Length] : host)}";
    }
}
