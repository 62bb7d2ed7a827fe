using CorsKit.Fuzz.Harness;

namespace CorsKit.Fuzz.Tests;

// The fuzz target run without instrumentation over every seed and every crash ever found: the same invariant check
// the fuzzer applies, so anything it once caught stays caught.
public class CorpusRegressionTests
{
    [Fact]
    public void Every_corpus_file_and_recorded_crash_keeps_the_invariants()
    {
        var corpus = CorpusFiles.Corpus;
        var crashes = CorpusFiles.Crashes;
        Assert.True(corpus.Count >= 40, $"the seed corpus was not found or shrank: {corpus.Count} files next to the tests");
        Assert.True(crashes.Count > 0, "the recorded crashes were not found next to the tests, so none would be replayed");

        var failures = new List<string>();
        var decisions = 0;
        foreach (var file in corpus.Concat(crashes))
        {
            try
            {
                decisions += CorsFuzzTarget.Run(File.ReadAllBytes(file));
            }
            catch (Exception exception)
            {
                failures.Add($"{Path.GetFileName(file)}: {exception.Message}");
            }
        }

        Assert.Empty(failures);
        // Each file yields at least one decoding x 4 policies x 4 request shapes.
        Assert.True(decisions >= (corpus.Count + crashes.Count) * 16, $"only {decisions} decisions were checked");
    }

    [Fact]
    public void The_corpus_covers_preflights_floods_and_non_ascii_bytes()
    {
        var inputs = CorpusFiles.Corpus.Select(File.ReadAllBytes).ToList();
        Assert.Contains(inputs, bytes => bytes.Count(b => b == FuzzInput.Separator) == 2);
        Assert.Contains(inputs, bytes => bytes.Length > 4096);
        Assert.Contains(inputs, bytes => bytes.Any(b => b >= 0x80));
        Assert.Contains(inputs, bytes => bytes.Any(b => b is (byte)'\r' or (byte)'\n'));
    }
}
