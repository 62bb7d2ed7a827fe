using CorsKit.Fuzz.Harness;

namespace CorsKit.Fuzz.Tests;

// The CI stand-in for a fuzzing campaign: uninstrumented, deterministic (fixed seed), a few seconds. The real,
// coverage-guided run with SharpFuzz and AFL++ or libFuzzer is described in docs/fuzzing.md.
public class ShortFuzzRunTests
{
    private const int Mutations = 200_000;

    [Fact]
    public void Short_fuzz_run_200000_seeded_mutations_of_the_corpus_keep_every_invariant()
    {
        var corpus = CorpusFiles.Corpus.Select(File.ReadAllBytes).ToList();
        Assert.NotEmpty(corpus);
        var mutator = new ByteMutator(seed: 20_240_601);
        var decisions = 0L;
        for (var i = 0; i < Mutations; i++)
        {
            var input = mutator.Mutate(corpus);
            try
            {
                decisions += CorsFuzzTarget.Run(input);
            }
            catch (Exception exception)
            {
                Assert.Fail($"mutation {i} broke an invariant; add its bytes to tests/CorsKit.Fuzz/crashes/: " +
                    $"{Convert.ToBase64String(input)}\n{exception}");
            }
        }

        Assert.True(decisions >= Mutations * 16L, $"only {decisions} decisions were checked");
    }
}
