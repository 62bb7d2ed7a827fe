using CorsKit.Evaluation;
using static CorsKit.TestSupport.Engine.RecordingWriter;
using static CorsKit.Tests.TestPolicies;

namespace CorsKit.Tests.Evaluation;

// Fetch "CORS protocol": a request with Origin that is not a preflight is answered by the application; CORS adds
// Access-Control-Allow-Origin (and -Credentials, -Expose-Headers) so the page may read the response.
public class ActualRequestTests
{
    [Fact]
    public void An_allowed_origin_is_reflected_with_credentials_and_vary()
    {
        var decision = Seed().Evaluate(Actual("https://app.example.com"));
        Assert.Equal(CorsRequestKind.Actual, decision.Kind);
        Assert.True(decision.IsAllowed);
        Assert.Equal(0, decision.PreflightStatusCode);
        Assert.Equal(new Dictionary<string, string>
        {
            ["Access-Control-Allow-Origin"] = "https://app.example.com",
            ["Access-Control-Allow-Credentials"] = "true",
            ["Vary"] = "Origin",
        }, HeadersOf(decision));
    }

    [Fact]
    public void A_denied_origin_gets_no_CORS_header_but_still_varies()
    {
        var decision = Seed().Evaluate(Actual("https://evil.example.net", "POST"));
        Assert.False(decision.IsAllowed);
        Assert.Equal(CorsDenialReason.OriginNotAllowed, decision.DenialReason);
        Assert.Equal(new Dictionary<string, string> { ["Vary"] = "Origin" }, HeadersOf(decision));
    }

    [Fact]
    public void Any_origin_sends_a_literal_star_and_no_vary()
    {
        var policy = Build(b => b.AllowAnyOrigin().WithExposedHeaders("X-Request-Id"));
        var decision = policy.Evaluate(Actual("https://anyone.example"));
        Assert.Equal(new Dictionary<string, string>
        {
            ["Access-Control-Allow-Origin"] = "*",
            ["Access-Control-Expose-Headers"] = "X-Request-Id",
        }, HeadersOf(decision));
    }

    // "*" is public: the same answer for every Origin, so the response never depends on it and needs no Vary.
    [Theory]
    [InlineData("null")]
    [InlineData("https://app.example.com/")]
    [InlineData("https://x.example\"")]
    public void Any_origin_answers_every_origin_with_star_even_null_or_malformed(string origin)
    {
        var decision = Build(b => b.AllowAnyOrigin()).Evaluate(Actual(origin));
        Assert.Equal("*", decision.AllowOrigin);
        Assert.False(decision.VaryByOrigin);
    }

    [Fact]
    public void A_request_without_origin_is_not_cors_and_varies_unless_any_origin()
    {
        var decision = Seed().Evaluate(Actual(null));
        Assert.Equal(CorsRequestKind.NotCors, decision.Kind);
        Assert.False(decision.IsAllowed);
        Assert.Equal(new Dictionary<string, string> { ["Vary"] = "Origin" }, HeadersOf(decision));
        Assert.Empty(HeadersOf(Build(b => b.AllowAnyOrigin()).Evaluate(Actual(null))));
    }

    [Fact]
    public void Options_without_request_method_is_an_ordinary_request_for_the_application()
    {
        var decision = Seed().Evaluate(new CorsRequest("OPTIONS", "https://app.example.com"));
        Assert.Equal(CorsRequestKind.Actual, decision.Kind);
        Assert.Equal(0, decision.PreflightStatusCode);
    }

    [Fact]
    public void Exposed_headers_are_sent_on_actual_responses_only()
    {
        var policy = Build(b => b.WithOrigins("https://app.example.com").WithExposedHeaders("X-Request-Id", "X-Total").WithHeaders("X-A"));
        Assert.Equal("X-Request-Id, X-Total", policy.Evaluate(Actual("https://app.example.com")).ExposeHeaders);
        Assert.Null(policy.Evaluate(Preflight("https://app.example.com", "PUT", "x-a")).ExposeHeaders);
    }

    [Theory]
    [InlineData("null", CorsDenialReason.NullOrigin)]
    [InlineData("https://app.example.com/", CorsDenialReason.MalformedOrigin)]
    [InlineData("https://APP.EXAMPLE.COM", CorsDenialReason.MalformedOrigin)]
    [InlineData("https://app.example.com:443", CorsDenialReason.MalformedOrigin)]
    [InlineData("app.example.com", CorsDenialReason.MalformedOrigin)]
    [InlineData("", CorsDenialReason.MalformedOrigin)]
    [InlineData("https://app.example.com, https://evil.example", CorsDenialReason.MalformedOrigin)]
    [InlineData("https://evil.example", CorsDenialReason.OriginNotAllowed)]
    public void Untrusted_origins_are_named_by_reason(string origin, CorsDenialReason reason)
    {
        // An exact-only policy names the reason when it is read; a policy with a pattern or a predicate must parse the
        // origin to decide. Both must give the same reason and the same answer.
        var exactOnly = Seed();
        var withPattern = Build(b => b.WithOrigins("https://app.example.com", "https://*.example.org").AllowCredentials());
        var withPredicate = Build(b => b.WithOrigins("https://app.example.com").WithOriginPredicate(_ => false).AllowCredentials());
        foreach (var policy in new[] { exactOnly, withPattern, withPredicate })
        {
            var decision = policy.Evaluate(Actual(origin));
            Assert.Equal(reason, decision.DenialReason);
            Assert.False(decision.IsAllowed);
            Assert.Null(decision.AllowOrigin);
            Assert.Equal(origin, decision.DeniedValue.ToString());
        }
    }

    [Fact]
    public void Several_origin_headers_are_never_trusted()
    {
        var decision = Seed().Evaluate(new CorsRequest("GET", "https://app.example.com", OriginCount: 2));
        Assert.Equal(CorsDenialReason.MultipleOrigins, decision.DenialReason);
        Assert.Null(decision.AllowOrigin);
    }
}
