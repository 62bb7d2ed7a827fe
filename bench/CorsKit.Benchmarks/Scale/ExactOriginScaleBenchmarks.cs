using BenchmarkDotNet.Attributes;
using CorsKit.Benchmarks.Reporting;
using CorsKit.Policy;

namespace CorsKit.Benchmarks.Scale;

/// <summary>
/// A policy of many exact origins, decided by the engine alone (<c>Evaluate</c> on an allowed actual request),
/// against the floor any allow-list pays: <c>HashSet&lt;string&gt;.Contains</c> over the same origins. Both read the
/// same fresh-copy probes in the same order, so both pay the same cache misses.
/// </summary>
[Config(typeof(CorsBenchmarkConfig))]
public class ExactOriginScaleBenchmarks
{
    private const int ProbeCount = 4096;

    private HashSet<string> _hashSet = null!;
    private CorsKitPolicy _policy = null!;
    private string[] _probes = null!;

    /// <summary>How many exact origins are configured.</summary>
    [Params(1, 1_000, 100_000, 1_000_000)]
    public int Origins { get; set; }

    /// <summary>What the configured origins look like.</summary>
    [ParamsAllValues]
    public OriginShape Shape { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var origins = OriginShapes.Generate(Shape, Origins);
        _hashSet = new HashSet<string>(origins);
        _policy = new CorsKitPolicyBuilder().WithOrigins(origins).Build();
        _probes = OriginShapes.FreshProbes(origins, ProbeCount);
        if (HashSetContains() != ProbeCount || CorsKitEvaluateActual() != ProbeCount)
        {
            throw new InvalidOperationException("A configured origin was not allowed.");
        }
    }

    /// <summary>The floor: an ordinal-equality set of the same strings.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = ProbeCount)]
    public int HashSetContains()
    {
        var found = 0;
        foreach (var probe in _probes)
        {
            found += _hashSet.Contains(probe) ? 1 : 0;
        }

        return found;
    }

    /// <summary>CorsKit's decision on an allowed actual request from each probe.</summary>
    [Benchmark(OperationsPerInvoke = ProbeCount)]
    public int CorsKitEvaluateActual()
    {
        var allowed = 0;
        foreach (var probe in _probes)
        {
            allowed += _policy.EvaluateActual(probe).IsAllowed ? 1 : 0;
        }

        return allowed;
    }
}
