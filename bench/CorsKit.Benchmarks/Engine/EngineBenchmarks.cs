using BenchmarkDotNet.Attributes;
using CorsKit.Benchmarks.Hosting;
using CorsKit.Benchmarks.Reporting;
using CorsKit.Benchmarks.Scenarios;
using CorsKit.Evaluation;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using CorsKitPolicy = CorsKit.Policy.CorsKitPolicy;
using MicrosoftCorsPolicy = Microsoft.AspNetCore.Cors.Infrastructure.CorsPolicy;

namespace CorsKit.Benchmarks.Engine;

/// <summary>
/// The decision alone, without any middleware: CorsKit's <c>policy.Evaluate</c> (and with its headers read from and
/// written to the context) against Microsoft's <c>ICorsService.EvaluatePolicy</c> + <c>ApplyResult</c>. The context
/// uses Kestrel's header collections; <see cref="Middleware.MiddlewareBenchmarks"/> compares both header stores.
/// </summary>
[Config(typeof(CorsBenchmarkConfig))]
public class EngineBenchmarks
{
    private CorsKitPolicy _corsKitPolicy = null!;
    private MicrosoftCorsPolicy _microsoftPolicy = null!;
    private ICorsService _corsService = null!;
    private CorsRequest _request;
    private ReusableHttpContext _context = null!;

    [ParamsAllValues]
    public PolicyShape Policy { get; set; }

    [ParamsAllValues]
    public RequestCase Case { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var request = ScenarioRequest.For(Case, Policy);
        _corsKitPolicy = ScenarioPolicies.CorsKitPolicy(Policy);
        _microsoftPolicy = ScenarioPolicies.MicrosoftPolicy(Policy);
        var services = new ServiceCollection().AddLogging().AddCors().BuildServiceProvider();
        _corsService = services.GetRequiredService<ICorsService>();
        _request = request.ToCorsRequest();
        _context = new ReusableHttpContext(request, services, HeaderStore.Kestrel);

        CorsKit();
        ScenarioCheck.Verify("CorsKit engine", AnswerFamily.CorsKit, Case, request, _context.Context.Response);
        BuiltIn();
        ScenarioCheck.Verify("Microsoft ICorsService", AnswerFamily.Microsoft, Case, request, _context.Context.Response);
    }

    /// <summary>Clearing the response: subtract it from <see cref="CorsKit"/> and <see cref="BuiltIn"/>.</summary>
    [Benchmark]
    public void Reset() => _context.Reset();

    /// <summary>CorsKit's engine on a request already in its own form: the pure decision.</summary>
    [Benchmark]
    public CorsDecision CorsKitEvaluate() => _corsKitPolicy.Evaluate(_request);

    /// <summary>CorsKit's engine with the request read from the context and the headers written to the response.</summary>
    [Benchmark]
    public void CorsKit()
    {
        _context.Reset();
        var context = _context.Context;
        var headers = context.Request.Headers;
        var origins = headers.Origin;
        var requestMethod = headers.AccessControlRequestMethod;
        var requestHeaders = headers.AccessControlRequestHeaders;
        var decision = _corsKitPolicy.Evaluate(new CorsRequest(
            context.Request.Method,
            origins.Count == 0 ? null : origins[0],
            requestMethod.Count == 0 ? null : requestMethod.ToString(),
            requestHeaders.Count == 0 ? null : requestHeaders.ToString(),
            origins.Count));
        var writer = new HeaderDictionaryWriter(context.Response.Headers);
        decision.WriteHeaders(ref writer);
    }

    /// <summary>Microsoft's engine: evaluate the policy against the context, apply the result to the response.</summary>
    [Benchmark(Baseline = true)]
    public void BuiltIn()
    {
        _context.Reset();
        var context = _context.Context;
        var result = _corsService.EvaluatePolicy(context, _microsoftPolicy);
        _corsService.ApplyResult(result, context.Response);
    }
}
