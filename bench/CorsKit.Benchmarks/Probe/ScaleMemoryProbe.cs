using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using CorsKit.Benchmarks.Scale;
using CorsKit.Policy;

namespace CorsKit.Benchmarks.Probe;

/// <summary>
/// What a compiled policy of many origins keeps in memory beyond the configured strings themselves: the managed heap
/// after a full collection, with the policy alive, minus the heap with only the strings alive. Also prints the
/// compile time of each run, for a quick look; <see cref="CompileScaleBenchmarks"/> measures it properly.
/// Exit code 1 when a policy keeps more than <see cref="BudgetBytesPerOrigin"/> per origin.
/// </summary>
internal static class ScaleMemoryProbe
{
    private const int BudgetBytesPerOrigin = 150;

    public static int Run()
    {
        var overBudget = false;
        Console.WriteLine("| Origins | Shape | compile (s) | retained beyond the strings (bytes/origin) |");
        Console.WriteLine("|---:|---|---:|---:|");
        foreach (var count in new[] { 100_000, 1_000_000 })
        {
            foreach (var shape in Enum.GetValues<OriginShape>())
            {
                var (seconds, perOrigin) = Measure(shape, count);
                overBudget |= perOrigin > BudgetBytesPerOrigin;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {count:N0} | {shape} | {seconds:0.00} | {perOrigin:0.0} |"));
            }
        }

        Console.WriteLine(overBudget ? $"Some policy keeps more than {BudgetBytesPerOrigin} bytes per origin." : $"Every policy keeps at most {BudgetBytesPerOrigin} bytes per origin.");
        return overBudget ? 1 : 0;
    }

    // A method of its own, so that nothing of one measurement is still reachable from the stack in the next.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static (double Seconds, double BytesPerOrigin) Measure(OriginShape shape, int count)
    {
        var origins = OriginShapes.Generate(shape, count);
        var before = GC.GetTotalMemory(forceFullCollection: true);
        var watch = Stopwatch.StartNew();
        var policy = new CorsKitPolicyBuilder().WithOrigins(origins).Build();
        watch.Stop();
        var after = GC.GetTotalMemory(forceFullCollection: true);
        GC.KeepAlive(policy);
        GC.KeepAlive(origins);
        return (watch.Elapsed.TotalSeconds, (after - before) / (double)count);
    }
}
