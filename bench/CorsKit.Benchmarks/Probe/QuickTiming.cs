using System.Diagnostics;
using CorsKit.Benchmarks.Hosting;
using CorsKit.Benchmarks.Middleware;
using CorsKit.Benchmarks.Scenarios;

namespace CorsKit.Benchmarks.Probe;

/// <summary>
/// <c>-- --quick-timing</c>: CorsKit's one-origin Kestrel middleware rows as a Stopwatch loop (best of 25 rounds of
/// 200,000 calls, the Reset loop subtracted), in about a minute. For bisecting a regression between builds, not for
/// publishing: run it in several processes per build, alternating the builds (bench/README.md).
/// </summary>
internal static class QuickTiming
{
    private const int Rounds = 25;
    private const int CallsPerRound = 200_000;

    public static int Run()
    {
        foreach (var requestCase in Enum.GetValues<RequestCase>())
        {
            var benchmarks = new MiddlewareBenchmarks { Policy = PolicyShape.OneOrigin, Case = requestCase, Headers = HeaderStore.Kestrel };
            benchmarks.Setup();
            var reset = Best(benchmarks.Reset);
            var corsKit = Best(benchmarks.CorsKit);
            var builtIn = Best(benchmarks.BuiltIn);
            Console.WriteLine(FormattableString.Invariant($"{requestCase,-20} CorsKit {corsKit - reset,6:F1} ns   built-in {builtIn - reset,6:F1} ns   (net of Reset {reset:F1} ns)"));
        }

        return 0;
    }

    private static double Best(Action call)
    {
        var best = double.MaxValue;
        for (var round = 0; round < Rounds; round++)
        {
            var watch = Stopwatch.StartNew();
            for (var i = 0; i < CallsPerRound; i++)
            {
                call();
            }

            best = Math.Min(best, watch.Elapsed.TotalNanoseconds / CallsPerRound);
        }

        return best;
    }
}
