using BenchmarkDotNet.Attributes;
using CorsKit.Benchmarks.Hosting;
using CorsKit.Benchmarks.Reporting;
using CorsKit.Benchmarks.Scenarios;
using Microsoft.AspNetCore.Http;

namespace CorsKit.Benchmarks.Middleware;

/// <summary>
/// Each middleware through its pipeline, as an application builds it, on one reused context with a no-op endpoint:
/// reset the response, invoke, start the response (running <c>OnStarting</c> callbacks). <see cref="Reset"/> is the
/// same loop with no middleware, to subtract; <see cref="Floor"/> is the header I/O alone, the best any middleware can do.
/// </summary>
[Config(typeof(CorsBenchmarkConfig))]
public class MiddlewareBenchmarks
{
    private ReusableHttpContext _resetContext = null!;
    private RequestDelegate _builtIn = null!;
    private ReusableHttpContext _builtInContext = null!;
    private RequestDelegate _corsKit = null!;
    private ReusableHttpContext _corsKitContext = null!;
    private RequestDelegate _floor = null!;
    private ReusableHttpContext _floorContext = null!;

    [ParamsAllValues]
    public PolicyShape Policy { get; set; }

    [ParamsAllValues]
    public RequestCase Case { get; set; }

    /// <summary>Kestrel's header collections (production) or a bare context's dictionary (tests, TestServer).</summary>
    [ParamsAllValues]
    public HeaderStore Headers { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var request = ScenarioRequest.For(Case, Policy);
        var (builtIn, builtInServices) = Pipelines.BuiltIn(Policy);
        _builtIn = builtIn;
        _builtInContext = new ReusableHttpContext(request, builtInServices, Headers);
        _resetContext = new ReusableHttpContext(request, builtInServices, Headers);
        BuiltIn();
        ScenarioCheck.Verify("Microsoft's CORS middleware", AnswerFamily.Microsoft, Case, request, _builtInContext.Context.Response);
        var (corsKit, corsKitServices) = Pipelines.CorsKit(Policy);
        _corsKit = corsKit;
        _corsKitContext = new ReusableHttpContext(request, corsKitServices, Headers);
        CorsKit();
        ScenarioCheck.Verify("CorsKit's middleware", AnswerFamily.CorsKit, Case, request, _corsKitContext.Context.Response);
        _floor = HeaderFloor.Capture(request, corsKit, corsKitServices, Headers).Invoke;
        _floorContext = new ReusableHttpContext(request, corsKitServices, Headers);
        Floor();
        ScenarioCheck.Verify("the header floor", AnswerFamily.CorsKit, Case, request, _floorContext.Context.Response);
    }

    /// <summary>The loop without any middleware: reset, invoke the no-op endpoint, start the response.</summary>
    [Benchmark]
    public void Reset() => _resetContext.Run(Pipelines.NoOp);

    /// <summary>Microsoft's CORS middleware (<c>AddCors</c> + <c>UseCors()</c>).</summary>
    [Benchmark(Baseline = true)]
    public void BuiltIn() => _builtInContext.Run(_builtIn);

    /// <summary>CorsKit's middleware (<c>AddCorsKit</c> + <c>UseCorsKit()</c>).</summary>
    [Benchmark]
    public void CorsKit() => _corsKitContext.Run(_corsKit);

    /// <summary>The header I/O of CorsKit's answer and nothing else: the bound on any middleware's speed here.</summary>
    [Benchmark]
    public void Floor() => _floorContext.Run(_floor);
}
