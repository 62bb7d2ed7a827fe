using System.Globalization;
using CorsKit.Benchmarks.Engine;
using CorsKit.Benchmarks.Hosting;
using CorsKit.Benchmarks.Middleware;
using CorsKit.Benchmarks.Scenarios;

namespace CorsKit.Benchmarks.Probe;

/// <summary>
/// Counts the bytes each implementation allocates per request with the runtime's per-thread counter, over many
/// calls after a warm-up. It times nothing, so it is meaningful even on a busy machine, and takes seconds.
/// Exit code 1 when a CorsKit path allocates.
/// </summary>
internal static class AllocationProbe
{
    private const int Iterations = 10_000;

    public static int Run()
    {
        var corsKitAllocates = false;
        Console.WriteLine("| Headers | Policy | Case | Implementation | bytes/request |");
        Console.WriteLine("|---|---|---|---|---:|");
        foreach (var store in Enum.GetValues<HeaderStore>())
        {
            foreach (var shape in Enum.GetValues<PolicyShape>())
            {
                foreach (var requestCase in Enum.GetValues<RequestCase>())
                {
                    foreach (var (name, action) in Subjects(shape, requestCase, store))
                    {
                        var bytes = BytesPerCall(action);
                        corsKitAllocates |= name.StartsWith("CorsKit", StringComparison.Ordinal) && bytes > 0;
                        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {store} | {shape} | {requestCase} | {name} | {bytes:0.#} |"));
                    }
                }
            }
        }

        Console.WriteLine(corsKitAllocates ? "CorsKit allocates on at least one path (see the rows above)." : "CorsKit allocates nothing on any path.");
        return corsKitAllocates ? 1 : 0;
    }

    private static IEnumerable<(string Name, Action Action)> Subjects(PolicyShape shape, RequestCase requestCase, HeaderStore store)
    {
        // The engine benchmarks always use Kestrel's header collections, so their rows appear under that store only.
        if (store == HeaderStore.Kestrel)
        {
            var engine = new EngineBenchmarks { Policy = shape, Case = requestCase };
            engine.Setup();
            yield return ("CorsKit engine (Evaluate)", () => engine.CorsKitEvaluate());
            yield return ("CorsKit engine + headers", engine.CorsKit);
            yield return ("Built-in engine (EvaluatePolicy+ApplyResult)", engine.BuiltIn);
        }

        var middleware = new MiddlewareBenchmarks { Policy = shape, Case = requestCase, Headers = store };
        middleware.Setup();
        yield return ("Reset loop (middleware harness)", middleware.Reset);
        yield return ("CorsKit middleware", middleware.CorsKit);
        yield return ("Built-in middleware", middleware.BuiltIn);
        yield return ("Header floor (harness)", middleware.Floor);
    }

    private static double BytesPerCall(Action action)
    {
        for (var i = 0; i < 100; i++)
        {
            action();
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < Iterations; i++)
        {
            action();
        }

        return (GC.GetAllocatedBytesForCurrentThread() - before) / (double)Iterations;
    }
}
