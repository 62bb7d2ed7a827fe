using BenchmarkDotNet.Running;
using CorsKit.Benchmarks.Probe;

// `-- --probe` counts allocated bytes per request for every implementation and case, in seconds, without timing.
// Anything else goes to BenchmarkDotNet (e.g. `-- --filter '*'`, `-- --filter '*Middleware*' --job short`).
if (args.Length > 0 && args[0] == "--probe")
{
    return AllocationProbe.Run();
}

BenchmarkSwitcher.FromAssembly(typeof(AllocationProbe).Assembly).Run(args);
return 0;
