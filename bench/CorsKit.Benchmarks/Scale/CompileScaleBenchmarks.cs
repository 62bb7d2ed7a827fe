using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using CorsKit.Benchmarks.Reporting;
using CorsKit.Policy;

namespace CorsKit.Benchmarks.Scale;

/// <summary>
/// Compiling a policy of many exact origins: validation of every origin, then the lookup table. Run once per
/// iteration (a million origins take about a second), so the job's warm-up and iteration counts stay small.
/// </summary>
[Config(typeof(CorsBenchmarkConfig))]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class CompileScaleBenchmarks
{
    private string[] _origins = null!;

    /// <summary>How many exact origins are compiled.</summary>
    [Params(100_000, 1_000_000)]
    public int Origins { get; set; }

    /// <summary>What the origins look like.</summary>
    [Params(OriginShape.Tenant, OriginShape.Random)]
    public OriginShape Shape { get; set; }

    [GlobalSetup]
    public void Setup() => _origins = OriginShapes.Generate(Shape, Origins);

    /// <summary>Validates and compiles the origins into a policy.</summary>
    [Benchmark]
    public CorsKitPolicy Compile() => new CorsKitPolicyBuilder().WithOrigins(_origins).Build();
}
