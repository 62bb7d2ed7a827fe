using System.Diagnostics;
using System.Globalization;
using CorsKit.Benchmarks.Scale;
using CorsKit.Policy;

namespace CorsKit.Benchmarks.Probe;

/// <summary>
/// The exact-origin requirement as it is stated: CorsKit's <c>Evaluate</c> on an allowed origin against
/// <c>HashSet&lt;string&gt;.Contains</c> over the same origins, side by side in one process, on the same fresh-copy
/// probes, interleaved five times (the median is printed). BenchmarkDotNet runs each method in a process of its own,
/// where the heap's layout differs between the two; <see cref="ExactOriginScaleBenchmarks"/> has those rows.
/// Exit code 1 when a ratio is over <see cref="Budget"/>.
/// </summary>
internal static class ScaleInterleavedProbe
{
    private const double Budget = 1.5;
    private const int ProbeCount = 4096;
    private const int Rounds = 200;

    public static int Run()
    {
        var over = false;
        Console.WriteLine("| Origins | Shape | HashSet (ns) | CorsKit (ns) | CorsKit / HashSet |");
        Console.WriteLine("|---:|---|---:|---:|---:|");
        foreach (var count in new[] { 1_000, 100_000, 1_000_000 })
        {
            foreach (var shape in Enum.GetValues<OriginShape>())
            {
                var (hashSet, corsKit) = Measure(shape, count);
                over |= corsKit / hashSet > Budget;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {count:N0} | {shape} | {hashSet:0.0} | {corsKit:0.0} | {corsKit / hashSet:0.00} |"));
            }
        }

        Console.WriteLine(over ? $"Some lookup costs more than {Budget}x the HashSet." : $"Every lookup costs at most {Budget}x the HashSet.");
        return over ? 1 : 0;
    }

    private static (double HashSet, double CorsKit) Measure(OriginShape shape, int count)
    {
        var origins = OriginShapes.Generate(shape, count);
        var hashSet = new HashSet<string>(origins, StringComparer.Ordinal);
        var policy = new CorsKitPolicyBuilder().WithOrigins(origins).Build();
        var probes = OriginShapes.FreshProbes(origins, ProbeCount);

        double Time(Func<string, bool> allowed)
        {
            var watch = Stopwatch.StartNew();
            var found = 0;
            for (var round = 0; round < Rounds; round++)
            {
                foreach (var probe in probes)
                {
                    found += allowed(probe) ? 1 : 0;
                }
            }

            return found == Rounds * ProbeCount ? watch.Elapsed.TotalNanoseconds / found : throw new InvalidOperationException("A configured origin was not allowed.");
        }

        bool InHashSet(string probe) => hashSet.Contains(probe);
        bool ByCorsKit(string probe) => policy.EvaluateActual(probe).IsAllowed;

        // Warm-up rounds until both loops are fully optimized, then five interleaved pairs.
        for (var warmup = 0; warmup < 5; warmup++)
        {
            Time(InHashSet);
            Time(ByCorsKit);
        }

        var hashSetTimes = new List<double>();
        var corsKitTimes = new List<double>();
        for (var pair = 0; pair < 5; pair++)
        {
            hashSetTimes.Add(Time(InHashSet));
            corsKitTimes.Add(Time(ByCorsKit));
        }

        return (hashSetTimes.Order().ElementAt(2), corsKitTimes.Order().ElementAt(2));
    }
}
