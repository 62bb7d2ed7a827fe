using BenchmarkDotNet.Attributes;
using CorsKit.Benchmarks.Hosting;
using CorsKit.Benchmarks.Reporting;
using CorsKit.Benchmarks.Scenarios;
using Microsoft.AspNetCore.Http;

namespace CorsKit.Benchmarks.Middleware;

/// <summary>
/// CorsKit's middleware on Kestrel's headers with one allowed origin, with cross-origin write protection off and on:
/// the difference between the two <see cref="WriteCase.SafeRead"/> rows is what protection costs a safe request.
/// <see cref="Reset"/> is the loop without middleware, to subtract.
/// </summary>
[Config(typeof(CorsBenchmarkConfig))]
public class WriteProtectionBenchmarks
{
    private ReusableHttpContext _resetContext = null!;
    private RequestDelegate _corsKit = null!;
    private ReusableHttpContext _corsKitContext = null!;

    [ParamsAllValues]
    public bool ProtectWrites { get; set; }

    [ParamsAllValues]
    public WriteCase Case { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var request = new ScenarioRequest(
            Case == WriteCase.SafeRead ? "GET" : "POST",
            Case == WriteCase.RefusedWrite ? ScenarioRequest.DeniedOrigin : ScenarioPolicies.AllowedOrigin(PolicyShape.OneOrigin),
            null,
            null);
        var (corsKit, services) = Pipelines.CorsKit(PolicyShape.OneOrigin, ProtectWrites);
        _corsKit = corsKit;
        _corsKitContext = Context(request, services);
        _resetContext = Context(request, services);
        CorsKit();
        var expected = ProtectWrites && Case == WriteCase.RefusedWrite ? StatusCodes.Status403Forbidden : StatusCodes.Status200OK;
        if (_corsKitContext.Context.Response.StatusCode != expected)
        {
            throw new InvalidOperationException($"{Case} with write protection {(ProtectWrites ? "on" : "off")} answered {_corsKitContext.Context.Response.StatusCode}, not {expected}.");
        }
    }

    /// <summary>The loop without any middleware.</summary>
    [Benchmark]
    public void Reset() => _resetContext.Run(Pipelines.NoOp);

    /// <summary>CorsKit's middleware (<c>AddCorsKit</c> + <c>UseCorsKit()</c>).</summary>
    [Benchmark]
    public void CorsKit() => _corsKitContext.Run(_corsKit);

    private static ReusableHttpContext Context(ScenarioRequest request, IServiceProvider services)
    {
        var context = new ReusableHttpContext(request, services, HeaderStore.Kestrel);
        context.Context.Request.Headers["Sec-Fetch-Site"] = "cross-site";
        return context;
    }
}
