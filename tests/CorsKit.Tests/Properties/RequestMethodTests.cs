using System.Text.RegularExpressions;
using CorsKit.Evaluation;
using CorsKit.Policy;
using CsCheck;

namespace CorsKit.Tests.Properties;

// Access-Control-Request-Method is decided by one lookup when the method is sent exactly as the policy stores it, and by
// the Fetch rules otherwise. Both must agree with the rules written out plainly here.
public partial class RequestMethodTests
{
    private const string App = "https://app.example.com";

    private static readonly long Iterations = PropertyIterations.OrDefault(20_000);

    private static readonly string[] Configurable = ["PUT", "DELETE", "PATCH", "Purge", "delete", "GET"];

    private static readonly string[] Requested =
    [
        "GET", "get", "HEAD", "POST", "post", "PUT", "put", "DELETE", "Delete", "delete", "PATCH", "patch", "Purge", "PURGE",
        "OPTIONS", "options", "CONNECT", "connect", "TRACE", "Track", "*", "", "GE T", "X\u00e9", "M-SEARCH",
    ];

    private static readonly string[] FetchNormalized = ["DELETE", "GET", "HEAD", "OPTIONS", "POST", "PUT"];

    [Fact]
    public void Every_request_method_is_decided_by_the_fetch_rules()
    {
        Gen.Select(Gen.Int[0, 3].SelectMany(count => Gen.OneOf(Configurable).Array[count]), Gen.Bool, Gen.Bool, Gen.OneOf(Requested))
            .Sample((configured, anyMethod, credentials, requested) =>
            {
                var options = new CorsPolicyOptions { Credentials = credentials };
                options.Origins.Add(App);
                foreach (var method in anyMethod ? ["*", .. configured] : configured)
                {
                    options.Methods.Add(method);
                }

                var decision = CorsKitPolicy.Compile(options).Evaluate(new CorsRequest("OPTIONS", App, requested));

                var normalized = Normalize(requested);
                var wellFormed = Token().IsMatch(requested) && normalized.ToUpperInvariant() is not ("CONNECT" or "TRACE" or "TRACK");
                var allowed = wellFormed
                    && (normalized is "GET" or "HEAD" or "POST" || anyMethod || configured.Select(Normalize).Contains(normalized))
                    && !(anyMethod && credentials && normalized == "*");
                var reason = allowed ? CorsDenialReason.None : wellFormed ? CorsDenialReason.MethodNotAllowed : CorsDenialReason.MalformedMethod;
                return decision.DenialReason == reason
                    && (!allowed || !(anyMethod && credentials) || decision.AllowMethods == normalized);
            }, iter: Iterations);
    }

    private static string Normalize(string method) =>
        FetchNormalized.FirstOrDefault(known => known.Equals(method, StringComparison.OrdinalIgnoreCase)) ?? method;

    [GeneratedRegex("^[!#$%&'*+.^_`|~0-9A-Za-z-]+$")]
    private static partial Regex Token();
}
