using BenchmarkDotNet.Attributes;
using CorsKit.Benchmarks.Hosting;
using CorsKit.Benchmarks.Reporting;
using CorsKit.Benchmarks.Scenarios;
using Microsoft.AspNetCore.Http;

namespace CorsKit.Benchmarks.Middleware;

/// <summary>
/// CorsKit's middleware on Kestrel's headers with one allowed origin, with the decisions page's journal off (no page
/// mapped) and on: the difference between the rows is what recording a decision costs. <see cref="Reset"/> is the
/// loop without middleware, to subtract.
/// </summary>
[Config(typeof(CorsBenchmarkConfig))]
public class DashboardBenchmarks
{
    private ReusableHttpContext _resetContext = null!;
    private RequestDelegate _corsKit = null!;
    private ReusableHttpContext _corsKitContext = null!;

    [ParamsAllValues]
    public bool RecordDecisions { get; set; }

    [Params(RequestCase.AllowedActual, RequestCase.DeniedActual, RequestCase.AllowedPreflight)]
    public RequestCase Case { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var request = ScenarioRequest.For(Case, PolicyShape.OneOrigin);
        var (corsKit, services) = Pipelines.CorsKit(PolicyShape.OneOrigin, recordDecisions: RecordDecisions);
        _corsKit = corsKit;
        _corsKitContext = new ReusableHttpContext(request, services, HeaderStore.Kestrel);
        _resetContext = new ReusableHttpContext(request, services, HeaderStore.Kestrel);
        CorsKit();
        var journal = (CorsKit.AspNetCore.Dashboard.DecisionJournal)services.GetService(typeof(CorsKit.AspNetCore.Dashboard.DecisionJournal))!;
        if (journal.After(0).Count != (RecordDecisions ? 1 : 0))
        {
            throw new InvalidOperationException($"{Case}: the journal holds {journal.After(0).Count} decisions with recording {(RecordDecisions ? "on" : "off")}.");
        }
    }

    /// <summary>The loop without any middleware.</summary>
    [Benchmark]
    public void Reset() => _resetContext.Run(Pipelines.NoOp);

    /// <summary>CorsKit's middleware (<c>AddCorsKit</c> + <c>UseCorsKit()</c>).</summary>
    [Benchmark]
    public void CorsKit() => _corsKitContext.Run(_corsKit);
}
