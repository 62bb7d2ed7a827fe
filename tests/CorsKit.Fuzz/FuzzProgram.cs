using CorsKit.Fuzz.Harness;
using SharpFuzz;

namespace CorsKit.Fuzz;

/// <summary>
/// Entry point. <c>afl</c> (default) and <c>libfuzzer</c> hand the target to SharpFuzz for an instrumented run;
/// <c>replay</c> and <c>mutate</c> run it uninstrumented, as the regression tests do.
/// </summary>
internal static class FuzzProgram
{
    private const string Usage =
        "usage: CorsKit.Fuzz [afl | libfuzzer | replay <file-or-folder>... | mutate <iterations> <corpus-folder> [seed]]";

    public static int Run(string[] args)
    {
        switch (args.FirstOrDefault() ?? "afl")
        {
            case "afl":
                Fuzzer.Run(stream => CorsFuzzTarget.Run(ReadAll(stream)));
                return 0;
            case "libfuzzer":
                Fuzzer.LibFuzzer.Run(span => CorsFuzzTarget.Run(span));
                return 0;
            case "replay" when args.Length > 1:
                return Replay(args.Skip(1));
            case "mutate" when args.Length > 2 && long.TryParse(args[1], out var iterations):
                var seed = args.Length > 3 && ulong.TryParse(args[3], out var s) ? s : 1UL;
                return Mutate(iterations, args[2], seed);
            default:
                Console.Error.WriteLine(Usage);
                return 2;
        }
    }

    private static int Replay(IEnumerable<string> paths)
    {
        var files = paths.SelectMany(path => Directory.Exists(path) ? FuzzCorpus.FilesIn(path) : [path]).ToList();
        var failures = 0;
        foreach (var file in files)
        {
            try
            {
                CorsFuzzTarget.Run(File.ReadAllBytes(file));
            }
            catch (Exception exception)
            {
                failures++;
                Console.Error.WriteLine($"{file}: {exception.GetType().Name}: {exception.Message}");
            }
        }

        Console.WriteLine($"replayed {files.Count} inputs, {failures} failed");
        return failures == 0 ? 0 : 1;
    }

    private static int Mutate(long iterations, string corpusFolder, ulong seed)
    {
        var corpus = FuzzCorpus.FilesIn(corpusFolder).Select(File.ReadAllBytes).ToList();
        var mutator = new ByteMutator(seed);
        long decisions = 0;
        for (long i = 0; i < iterations; i++)
        {
            var input = mutator.Mutate(corpus);
            try
            {
                decisions += CorsFuzzTarget.Run(input);
            }
            catch (Exception exception)
            {
                var path = Path.GetFullPath($"crash-{seed}-{i}.bin");
                File.WriteAllBytes(path, input);
                Console.Error.WriteLine($"mutation {i} failed, input saved to {path}: {exception.GetType().Name}: {exception.Message}");
                return 1;
            }
        }

        Console.WriteLine($"{iterations} mutations of {corpus.Count} corpus files, {decisions} decisions checked, no violation");
        return 0;
    }

    private static byte[] ReadAll(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
