using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Filters;
using BenchmarkDotNet.Running;
using CorsKit.Benchmarks.Hosting;
using CorsKit.Benchmarks.Middleware;
using CorsKit.Benchmarks.Probe;
using CorsKit.Benchmarks.Reporting;
using CorsKit.Benchmarks.Scenarios;

// `-- --probe` counts allocated bytes per request for every implementation and case, in seconds, without timing.
// `-- --one-origin-kestrel [BenchmarkDotNet options]` runs only the middleware rows with one origin on Kestrel's
// headers, where the targets are tight, so they can be repeated over several launches (`--launchCount 3`) in minutes.
// `-- --quick-timing` times CorsKit's one-origin Kestrel rows with a Stopwatch loop, to bisect a regression in minutes.
// `-- --scale-memory` prints what policies of 100,000 and 1,000,000 origins keep in memory, and their compile time.
// `-- --scale-interleaved` times CorsKit against a HashSet over 1,000 to 1,000,000 origins, side by side in one process.
// Anything else goes to BenchmarkDotNet (e.g. `-- --filter '*'`, `-- --filter '*Middleware*' --job short`).
if (args.Length > 0 && args[0] == "--probe")
{
    return AllocationProbe.Run();
}

if (args.Length > 0 && args[0] == "--scale-memory")
{
    return ScaleMemoryProbe.Run();
}

if (args.Length > 0 && args[0] == "--scale-interleaved")
{
    return ScaleInterleavedProbe.Run();
}

if (args.Length > 0 && args[0] == "--quick-timing")
{
    return QuickTiming.Run();
}

if (args.Length > 0 && args[0] == "--one-origin-kestrel")
{
    var oneOriginOnKestrel = ManualConfig.Create(DefaultConfig.Instance).AddFilter(new SimpleFilter(benchmark =>
        Equals(benchmark.Parameters[BenchmarkNames.PolicyParameter], PolicyShape.OneOrigin)
        && Equals(benchmark.Parameters[nameof(MiddlewareBenchmarks.Headers)], HeaderStore.Kestrel)));
    BenchmarkSwitcher.FromTypes([typeof(MiddlewareBenchmarks)]).Run([.. args.Skip(1), "--filter", "*"], oneOriginOnKestrel);
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(AllocationProbe).Assembly).Run(args);
return 0;
