using CorsKit.Fuzz.Harness;

namespace CorsKit.Fuzz.Tests;

/// <summary>The corpus and crash folders, as copied next to the test assembly.</summary>
internal static class CorpusFiles
{
    public static IReadOnlyList<string> Corpus => FuzzCorpus.FilesIn(Path.Combine(AppContext.BaseDirectory, "corpus"));

    public static IReadOnlyList<string> Crashes => FuzzCorpus.FilesIn(Path.Combine(AppContext.BaseDirectory, "crashes"));
}
