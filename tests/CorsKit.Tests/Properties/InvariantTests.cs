using CorsKit.Evaluation;
using CorsKit.Policy;
using CsCheck;

namespace CorsKit.Tests.Properties;

// Invariants over generated policies and requests (CsCheck). Iteration counts keep CI under a few seconds; the
// documented long run raises them through the CORSKIT_PROPERTY_ITERATIONS environment variable.
public class InvariantTests
{
    private static readonly long Iterations = PropertyIterations.OrDefault(20_000);

    private static readonly string[] ConfigurableOrigins =
    [
        "https://app.example.com", "https://*.example.com", "http://localhost:*", "https://*.example.com:*",
        "http://127.0.0.1:*", "http://[::1]:*", "https://api.example.org:8443", "https://xn--bcher-kva.example",
    ];

    private static readonly string[] RequestOrigins =
    [
        "https://app.example.com", "https://a.example.com", "https://a.b.example.com", "https://example.com",
        "https://evilexample.com", "https://example.com.evil.net", "http://localhost:3000", "https://localhost:3000",
        "http://127.0.0.1:8080", "http://[::1]:5173", "https://api.example.org:8443", "https://api.example.org",
        "null", "https://APP.example.com", "https://app.example.com/", "https://a.example.com:443", "",
    ];

    private static readonly Gen<CorsKitPolicy?> GenPolicy =
        Gen.Select(
            Gen.Int[0, 3].SelectMany(count => Gen.OneOf(ConfigurableOrigins).Array[count]),
            Gen.Bool, Gen.Bool, Gen.Bool, Gen.Bool, Gen.Bool,
            (origins, anyOrigin, credentials, anyHeader, anyMethod, exposeStar) =>
            {
                var options = new CorsPolicyOptions { Credentials = credentials, AllowInsecureOrigins = true };
                foreach (var origin in anyOrigin ? ["*"] : origins)
                {
                    options.Origins.Add(origin);
                }

                options.Methods.Add(anyMethod ? "*" : "PATCH");
                options.Headers.Add(anyHeader ? "*" : "X-Custom");
                options.ExposeHeaders.Add(exposeStar ? "*" : "X-Request-Id");
                return CorsKitPolicy.TryCompile(options).Policy;
            });

    // Any character at all, including controls, surrogates and commas: what an attacker can put in a header.
    private static readonly Gen<string> AnyText = Gen.String[Gen.Char, 0, 40];

    // Well-formed and near-miss origins assembled from parts, so scheme, host and port vary independently.
    private static readonly Gen<string> ComposedOrigin = Gen.Select(
        Gen.OneOf("http", "https", "HTTPS"),
        Gen.OneOf("app.example.com", "a.example.com", "x.y.example.com", "example.com", "localhost", "a.localhost",
            "127.0.0.1", "[::1]", "api.example.org", "evilexample.com", "example.com.evil.net"),
        Gen.OneOf("", ":3000", ":8443", ":443", ":80", ":0"),
        (scheme, host, port) => $"{scheme}://{host}{port}");

    private static readonly Gen<string?> GenOrigin = Gen.Frequency(
        (4, Gen.OneOf(RequestOrigins).Select(o => (string?)o)),
        (4, ComposedOrigin.Select(o => (string?)o)),
        (2, AnyText.Select(s => (string?)s)),
        (1, Gen.Const((string?)null)));

    private static readonly Gen<CorsRequest> GenRequest =
        Gen.Select(
            Gen.OneOf("GET", "POST", "OPTIONS", "options", "PUT"),
            GenOrigin,
            Gen.Frequency((3, Gen.OneOf<string?>("PATCH", "patch", "DELETE", "GET", "*", null)), (1, AnyText.Select(s => (string?)s))),
            Gen.Frequency((3, Gen.OneOf<string?>("x-custom", "authorization", "x-custom, authorization", "*", "x-custom,*", null, "")), (1, AnyText.Select(s => (string?)s))),
            Gen.Int[0, 2],
            (method, origin, requestMethod, requestHeaders, originCount) => new CorsRequest(method, origin, requestMethod, requestHeaders, originCount));

    [Fact]
    public void Star_and_credentials_are_never_sent_together() =>
        Gen.Select(GenPolicy, GenRequest).Sample((policy, request) =>
        {
            if (policy is null)
            {
                return true;
            }

            var decision = policy.Evaluate(request);
            return !(decision.AllowCredentials && (decision.AllowOrigin == "*" || decision.AllowHeaders == "*" || decision.AllowMethods == "*" || decision.ExposeHeaders == "*"));
        }, iter: Iterations);

    [Fact]
    public void An_origin_is_reflected_only_when_the_reference_model_accepts_it() =>
        Gen.Select(GenPolicy, GenRequest).Sample((policy, request) =>
        {
            if (policy is null)
            {
                return true;
            }

            var allowOrigin = policy.Evaluate(request).AllowOrigin;
            if (allowOrigin is null || allowOrigin == "*")
            {
                return allowOrigin != "*" || policy.AllowsAnyOrigin;
            }

            return allowOrigin == request.Origin && request.OriginCount <= 1 && ReferenceMatcher.Accepts(policy.Origins, request.Origin);
        }, iter: Iterations);

    [Fact]
    public void The_reference_model_and_the_engine_agree_on_every_well_formed_origin() =>
        Gen.Select(GenPolicy, Gen.Frequency((1, Gen.OneOf(RequestOrigins)), (3, ComposedOrigin))).Sample((policy, origin) =>
        {
            if (policy is null || policy.AllowsAnyOrigin)
            {
                return true;
            }

            return policy.Evaluate(new CorsRequest("GET", origin)).IsAllowed == ReferenceMatcher.Accepts(policy.Origins, origin);
        }, iter: Iterations);

    // The host writes PreflightStatusCode as the response status: only the engine's preflights may carry one, and
    // theirs is always a real status (a lower-case "options" once reached the wire as "HTTP/1.1 0").
    [Fact]
    public void Only_a_preflight_carries_a_status_and_it_is_always_a_real_one() =>
        Gen.Select(GenPolicy, GenRequest).Sample((policy, request) =>
        {
            if (policy is null)
            {
                return true;
            }

            var decision = policy.Evaluate(request);
            return request.IsPreflight
                ? decision.Kind == CorsRequestKind.Preflight && decision.PreflightStatusCode is 403 or (>= 200 and < 300)
                : decision.Kind != CorsRequestKind.Preflight && decision.PreflightStatusCode == 0;
        }, iter: Iterations);

    [Fact]
    public void Any_header_content_yields_a_decision_never_an_exception() =>
        Gen.Select(GenPolicy, GenRequest).Sample((policy, request) =>
        {
            var decision = policy?.Evaluate(request);
            return decision is null || Enum.IsDefined(decision.Value.DenialReason);
        }, iter: Iterations);

    [Fact]
    public void Denied_preflights_are_403_with_no_allow_headers() =>
        Gen.Select(GenPolicy, GenRequest).Sample((policy, request) =>
        {
            if (policy is null)
            {
                return true;
            }

            var decision = policy.Evaluate(request);
            if (decision.Kind != CorsRequestKind.Preflight || decision.IsAllowed)
            {
                return true;
            }

            return decision.PreflightStatusCode == 403 && decision.AllowOrigin is null && decision.AllowMethods is null && decision.AllowHeaders is null;
        }, iter: Iterations);

    [Fact]
    public void EvaluateActual_decides_every_request_that_is_not_a_preflight_as_Evaluate_does() =>
        Gen.Select(GenPolicy, GenRequest).Sample((policy, request) =>
        {
            if (policy is null)
            {
                return true;
            }

            var decision = policy.Evaluate(request);
            if (decision.Kind == CorsRequestKind.Preflight)
            {
                return true;
            }

            var actual = policy.EvaluateActual(request.Origin, request.OriginCount);
            return actual.Kind == decision.Kind
                && actual.IsAllowed == decision.IsAllowed
                && actual.DenialReason == decision.DenialReason
                && actual.AllowOrigin == decision.AllowOrigin
                && actual.AllowCredentials == decision.AllowCredentials
                && actual.ExposeHeaders == decision.ExposeHeaders
                && actual.VaryByOrigin == decision.VaryByOrigin
                && actual.PreflightStatusCode == decision.PreflightStatusCode
                && actual.AllowMethods is null && actual.AllowHeaders is null && actual.MaxAge is null
                && actual.DeniedValue.Span.SequenceEqual(decision.DeniedValue.Span);
        }, iter: Iterations);
}
