using CorsKit.Evaluation;
using CorsKit.Policy;
using CsCheck;

namespace CorsKit.Tests.Properties;

// Access-Control-Request-Headers is decided two ways: whole values precomputed for short lists (up to 4 names) and
// name by name otherwise. Both must agree with the plain rule: allowed when every listed name is configured.
public class RequestHeaderListTests
{
    private const string App = "https://app.example.com";

    private static readonly long Iterations = PropertyIterations.OrDefault(20_000);

    private static readonly string[] Names = ["Content-Type", "Authorization", "X-Api-Key", "X-Requested-With", "X-Trace", "If-Match"];

    // 1 to 6 configured names, so lists above and below the precomputed limit are both generated.
    private static readonly Gen<string[]> GenConfigured =
        Gen.Int[1, Names.Length].SelectMany(count => Gen.Shuffle(Names, count));

    // Names as a client might send them: configured or not, any case, in any order, with or without spaces.
    private static readonly Gen<string> GenRequestHeaders = Gen.Select(
        Gen.Int[1, 4].SelectMany(count => Gen.OneOf([.. Names, "X-Other", "Cookie2"]).Array[count]),
        Gen.Bool,
        Gen.Bool,
        (names, lower, spaced) => string.Join(spaced ? ", " : ",", names.Select(name => lower ? name.ToLowerInvariant() : name)));

    [Fact]
    public void Every_request_header_list_is_allowed_exactly_when_all_its_names_are_configured()
    {
        Gen.Select(GenConfigured, GenRequestHeaders).Sample((configured, requestHeaders) =>
        {
            var options = new CorsPolicyOptions();
            options.Origins.Add(App);
            options.Methods.Add("PATCH");
            foreach (var name in configured)
            {
                options.Headers.Add(name);
            }

            var decision = CorsKitPolicy.Compile(options).Evaluate(new CorsRequest("OPTIONS", App, "PATCH", requestHeaders));
            var expected = requestHeaders.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
                .All(name => configured.Contains(name, StringComparer.OrdinalIgnoreCase));
            return decision.IsAllowed == expected
                && (expected || decision.DenialReason == CorsDenialReason.HeaderNotAllowed);
        }, iter: Iterations);
    }

    [Theory]
    [InlineData("authorization,content-type")]
    [InlineData("content-type,authorization")]
    [InlineData("x-api-key,authorization,content-type,x-trace")]
    [InlineData("x-trace")]
    public void Short_lists_accept_every_ordering_a_browser_or_client_sends(string requestHeaders)
    {
        var options = new CorsPolicyOptions();
        options.Origins.Add(App);
        foreach (var name in new[] { "Content-Type", "Authorization", "X-Api-Key", "X-Trace" })
        {
            options.Headers.Add(name);
        }

        var decision = CorsKitPolicy.Compile(options).Evaluate(new CorsRequest("OPTIONS", App, "GET", requestHeaders));

        Assert.True(decision.IsAllowed, decision.DenialReason.ToString());
        Assert.Equal("Content-Type, Authorization, X-Api-Key, X-Trace", decision.AllowHeaders);
    }

    [Theory]
    [InlineData("authorization,authorization")]
    [InlineData("content-type,cookie2")]
    [InlineData("content-type,,authorization,x-other")]
    public void A_value_outside_the_precomputed_set_is_still_decided_name_by_name(string requestHeaders)
    {
        var options = new CorsPolicyOptions();
        options.Origins.Add(App);
        options.Headers.Add("Content-Type");
        options.Headers.Add("Authorization");

        var decision = CorsKitPolicy.Compile(options).Evaluate(new CorsRequest("OPTIONS", App, "GET", requestHeaders));

        Assert.Equal(!requestHeaders.Contains("x-other") && !requestHeaders.Contains("cookie2"), decision.IsAllowed);
    }
}
