using CorsKit.Evaluation;
using CorsKit.TestSupport.Engine;
using static CorsKit.TestSupport.Engine.RecordingWriter;
using static CorsKit.Tests.TestPolicies;

namespace CorsKit.Tests.Evaluation;

// Fetch "CORS-preflight fetch" and "CORS-preflight cache": the browser sends OPTIONS with Access-Control-Request-Method
// and -Headers; the server answers with an ok status and the Allow headers, or the actual request never happens.
public class PreflightTests
{
    private const string App = "https://app.example.com";

    [Fact]
    public void An_allowed_preflight_gets_every_header_and_the_success_status()
    {
        var policy = Build(b => b.WithOrigins(App).WithMethods("DELETE", "PUT").WithHeaders("Content-Type", "Authorization")
            .AllowCredentials().WithMaxAge(TimeSpan.FromMinutes(10)));
        var decision = policy.Evaluate(Preflight(App, "DELETE", "authorization,content-type"));
        Assert.Equal(CorsRequestKind.Preflight, decision.Kind);
        Assert.Equal(204, decision.PreflightStatusCode);
        Assert.Equal(new Dictionary<string, string>
        {
            ["Access-Control-Allow-Origin"] = App,
            ["Access-Control-Allow-Credentials"] = "true",
            ["Access-Control-Allow-Methods"] = "DELETE, PUT",
            ["Access-Control-Allow-Headers"] = "Content-Type, Authorization",
            ["Access-Control-Max-Age"] = "600",
            ["Vary"] = "Origin",
        }, HeadersOf(decision));
    }

    [Fact]
    public void A_denied_preflight_is_403_with_no_CORS_headers()
    {
        var decision = Seed().Evaluate(Preflight("https://evil.example", "DELETE"));
        Assert.Equal(403, decision.PreflightStatusCode);
        Assert.Equal(new Dictionary<string, string> { ["Vary"] = "Origin" }, HeadersOf(decision));
    }

    [Fact]
    public void The_preflight_status_is_configurable()
    {
        var policy = Build(b => b.WithOrigins(App).WithPreflightStatus(200));
        Assert.Equal(200, policy.Evaluate(Preflight(App, "GET")).PreflightStatusCode);
    }

    // Fetch "normalize a method": DELETE, GET, HEAD, OPTIONS, POST, PUT are case-insensitive; others byte for byte.
    [Theory]
    [InlineData("DELETE", "DELETE", true)]
    [InlineData("delete", "DELETE", true)]
    [InlineData("DELETE", "delete", true)]
    [InlineData("PATCH", "PATCH", true)]
    [InlineData("PATCH", "patch", false)]
    [InlineData("patch", "PATCH", false)]
    [InlineData("PUT", "DELETE", false)]
    public void Methods_compare_as_the_fetch_standard_normalizes_them(string configured, string requested, bool allowed)
    {
        var policy = Build(b => b.WithOrigins(App).WithMethods(configured));
        var decision = policy.Evaluate(Preflight(App, requested));
        Assert.Equal(allowed, decision.IsAllowed);
        if (!allowed)
        {
            Assert.Equal(CorsDenialReason.MethodNotAllowed, decision.DenialReason);
            Assert.Equal(requested, decision.DeniedValue.ToString());
        }
    }

    // Fetch "CORS-safelisted method": GET, HEAD and POST pass a preflight's method check whatever the server lists.
    [Theory]
    [InlineData("GET")]
    [InlineData("HEAD")]
    [InlineData("POST")]
    public void Safelisted_methods_always_pass(string method) =>
        Assert.True(Build(b => b.WithOrigins(App).WithHeaders("X-A")).Evaluate(Preflight(App, method, "x-a")).IsAllowed);

    [Theory]
    [InlineData("CONNECT")]
    [InlineData("trace")]
    [InlineData("GET POST")]
    [InlineData("")]
    public void Forbidden_or_malformed_requested_methods_are_refused(string method)
    {
        var decision = Build(b => b.WithOrigins(App).WithMethods("*")).Evaluate(Preflight(App, method));
        Assert.Equal(CorsDenialReason.MalformedMethod, decision.DenialReason);
        Assert.Equal(403, decision.PreflightStatusCode);
    }

    [Fact]
    public void Any_method_is_star_without_credentials_and_the_reflected_method_with_them()
    {
        Assert.Equal("*", Build(b => b.WithOrigins(App).WithMethods("*")).Evaluate(Preflight(App, "PATCH")).AllowMethods);
        Assert.Equal("PATCH", Build(b => b.WithOrigins(App).WithMethods("*").AllowCredentials()).Evaluate(Preflight(App, "PATCH")).AllowMethods);
    }

    [Theory]
    [InlineData("content-type", true)]
    [InlineData("Content-Type", true)]
    [InlineData("content-type,x-trace", true)]
    [InlineData(" content-type , ,x-trace,", true)]   // tolerant of spaces, case and empty elements
    [InlineData("", true)]
    [InlineData(",,,", true)]
    [InlineData("x-other", false)]
    [InlineData("content-type,x-other", false)]
    public void Every_requested_header_must_be_allowed(string requested, bool allowed)
    {
        var policy = Build(b => b.WithOrigins(App).WithHeaders("Content-Type", "X-Trace"));
        var decision = policy.Evaluate(Preflight(App, "POST", requested));
        Assert.Equal(allowed, decision.IsAllowed);
        if (!allowed)
        {
            Assert.Equal(CorsDenialReason.HeaderNotAllowed, decision.DenialReason);
            Assert.Equal("x-other", decision.DeniedValue.ToString());
        }
    }

    [Theory]
    [InlineData("x-a x-b")]
    [InlineData("x-a;x-b")]
    [InlineData("x-a,(x)")]
    [InlineData("x-é")]
    public void A_header_list_that_is_not_tokens_is_malformed(string requested) =>
        Assert.Equal(CorsDenialReason.MalformedHeaders, Build(b => b.WithOrigins(App).WithHeaders("*")).Evaluate(Preflight(App, "POST", requested)).DenialReason);

    // Fetch "CORS non-wildcard request-header name": Access-Control-Allow-Headers: * never covers Authorization.
    [Theory]
    [InlineData("x-anything", true)]
    [InlineData("authorization", false)]
    [InlineData("Authorization", false)]
    public void Star_covers_every_header_except_authorization(string requested, bool allowed) =>
        Assert.Equal(allowed, Build(b => b.WithOrigins(App).WithHeaders("*")).Evaluate(Preflight(App, "POST", requested)).IsAllowed);

    [Fact]
    public void Authorization_listed_beside_star_is_allowed_and_announced()
    {
        var decision = Build(b => b.WithOrigins(App).WithHeaders("*", "Authorization")).Evaluate(Preflight(App, "POST", "authorization,x-a"));
        Assert.True(decision.IsAllowed);
        Assert.Equal("*, Authorization", decision.AllowHeaders);
    }

    [Fact]
    public void With_credentials_no_literal_star_is_sent_and_the_requested_names_are_reflected()
    {
        var policy = Build(b => b.WithOrigins(App).WithHeaders("*").WithMethods("*").AllowCredentials());
        var decision = policy.Evaluate(Preflight(App, "PUT", "x-a,x-b"));
        Assert.True(decision.IsAllowed);
        Assert.Equal("x-a,x-b", decision.AllowHeaders);
        Assert.Equal("PUT", decision.AllowMethods);
        Assert.DoesNotContain("*", HeadersOf(decision).Values);
        Assert.Equal(CorsDenialReason.HeaderNotAllowed, policy.Evaluate(Preflight(App, "PUT", "authorization")).DenialReason);
    }

    [Fact]
    public void Any_origin_preflights_answer_star_without_vary()
    {
        var decision = Build(b => b.AllowAnyOrigin().WithMethods("PUT")).Evaluate(Preflight("https://x.example", "PUT"));
        Assert.Equal("*", decision.AllowOrigin);
        Assert.False(decision.VaryByOrigin);
    }

    [Fact]
    public void Vary_is_appended_to_what_the_application_set()
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Vary"] = "Accept-Encoding" };
        var writer = RecordingWriter.For(headers);
        Seed().Evaluate(Actual(App)).WriteHeaders(ref writer);
        Assert.Equal("Accept-Encoding, Origin", headers["Vary"]);
    }
}
