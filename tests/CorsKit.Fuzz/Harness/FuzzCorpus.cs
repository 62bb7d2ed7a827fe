namespace CorsKit.Fuzz.Harness;

/// <summary>Reads the seed corpus and the crash regressions: every regular file of the given folders, in name order.</summary>
internal static class FuzzCorpus
{
    /// <summary>Files that describe a folder rather than being an input.</summary>
    private static readonly HashSet<string> NotInputs = new(StringComparer.OrdinalIgnoreCase) { "README.md", ".gitkeep" };

    public static IReadOnlyList<string> FilesIn(string directory) =>
        Directory.Exists(directory)
            ? [.. Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
                .Where(file => !NotInputs.Contains(Path.GetFileName(file)))
                .Order(StringComparer.Ordinal)]
            : [];
}
