using CorsKit.AspNetCore.Middleware;
using CorsKit.Evaluation;
using CorsKit.Policy;
using Microsoft.AspNetCore.Http;
using CorsKit.TestSupport.Engine;

namespace CorsKit.AspNetCore.Tests.Middleware;

// The middleware writes a decision's headers through ASP.NET Core's typed properties (ResponseHeaderWriter), the
// tests through a recording writer; both run the engine's one WriteHeaders, and these tests hold them to the same headers.
public sealed class ResponseHeadersTests
{
    private const string App = "https://app.example.com";

    public static TheoryData<string, string> Cases()
    {
        var data = new TheoryData<string, string>();
        foreach (var policy in Policies.Keys)
        {
            foreach (var request in Requests.Keys)
            {
                data.Add(policy, request);
            }
        }

        return data;
    }

    private static Dictionary<string, Func<CorsKitPolicy>> Policies { get; } = new()
    {
        ["one origin"] = () => CorsKitPolicy.Compile(new CorsKitPolicyBuilder().WithOrigins(App).Options),
        ["credentials, expose, max-age"] = () => CorsKitPolicy.Compile(new CorsKitPolicyBuilder()
            .WithOrigins(App).AllowCredentials().WithMethods("PUT", "DELETE").WithHeaders("Content-Type", "X-Trace")
            .WithExposedHeaders("X-Total").WithMaxAge(TimeSpan.FromMinutes(10)).Options),
        ["any origin"] = () => CorsKitPolicy.Compile(new CorsKitPolicyBuilder().AllowAnyOrigin().WithHeaders("*").WithExposedHeaders("X-Total").Options),
        ["patterns"] = () => CorsKitPolicy.Compile(new CorsKitPolicyBuilder().WithOrigins("https://*.example.com").WithMethods("PATCH").Options),
    };

    private static Dictionary<string, CorsRequest> Requests { get; } = new()
    {
        ["no origin"] = new("GET", null, OriginCount: 0),
        ["allowed actual"] = new("POST", App),
        ["refused actual"] = new("GET", "https://evil.example.org"),
        ["null origin"] = new("GET", "null"),
        ["allowed preflight"] = new("OPTIONS", App, "PUT", "content-type,x-trace"),
        ["preflight for a safelisted method"] = new("OPTIONS", App, "GET"),
        ["refused preflight"] = new("OPTIONS", App, "TRACE"),
        ["preflight for an unknown header"] = new("OPTIONS", App, "GET", "x-unknown"),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Writes_exactly_the_headers_of_the_engines_WriteHeaders(string policy, string request)
    {
        var decision = Policies[policy]().Evaluate(Requests[request]);
        var expected = RecordingWriter.HeadersOf(decision);
        var response = new HeaderDictionary();

        ResponseHeaders.WriteDecision(response, decision, denialHeader: null);

        var written = response.ToDictionary(header => header.Key, header => header.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        Assert.Equal(expected.OrderBy(h => h.Key), written.OrderBy(h => h.Key));
    }

    [Fact]
    public void The_cases_cover_every_header_the_engine_writes()
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var policy in Policies.Values)
        {
            foreach (var request in Requests.Values)
            {
                seen.UnionWith(RecordingWriter.HeadersOf(policy().Evaluate(request)).Keys);
            }
        }

        string[] all =
        [
            "Vary", "Access-Control-Allow-Origin", "Access-Control-Allow-Credentials", "Access-Control-Allow-Methods",
            "Access-Control-Allow-Headers", "Access-Control-Max-Age", "Access-Control-Expose-Headers",
        ];
        Assert.Equal(all.Order(StringComparer.OrdinalIgnoreCase), seen.Order(StringComparer.OrdinalIgnoreCase));
    }

    // Another layer (Microsoft's middleware, the application) already answered: its answer is kept whole, the
    // development header is not added to it, and Vary still says the answer depends on Origin.
    [Theory]
    [InlineData("allowed actual", null)]
    [InlineData("refused actual", "origin-not-allowed")]
    [InlineData("allowed preflight", null)]
    public void An_answer_already_there_is_kept_whole(string request, string? denialHeader)
    {
        var decision = Policies["credentials, expose, max-age"]().Evaluate(Requests[request]);
        var response = new HeaderDictionary { ["Access-Control-Allow-Origin"] = "https://own.example.com" };

        ResponseHeaders.WriteDecision(response, decision, denialHeader);

        Assert.Equal(["Access-Control-Allow-Origin", "Vary"], response.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("https://own.example.com", response["Access-Control-Allow-Origin"]);
        Assert.Equal("Origin", response["Vary"]);
    }
}
