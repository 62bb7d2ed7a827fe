using System.Text.RegularExpressions;

namespace CorsKit.Packages.Tests;

/// <summary>
/// A fresh clone of this repository's HEAD, under a path that contains <c>/src/</c> (where many developers keep their
/// clones), with GitHub's remote, tagged <c>v9.9.9</c> and packed into its <c>artifacts/packages</c> with the README's own command. What a
/// release does, minus the push. Version 9.9.9 is this fixture's: its cached copies are removed first, so a restore can
/// only find the packages packed here.
/// </summary>
public sealed partial class TaggedClone : IAsyncLifetime
{
    public const string Version = "9.9.9";

    public static readonly string[] Packages = ["CorsKit", "CorsKit.Configuration", "CorsKit.BrowserSimulation", "CorsKit.AspNetCore", "CorsKit.Sqlite", "CorsKit.Cli"];

    private readonly string _scratch = Directory.CreateTempSubdirectory("corskit-packages-").FullName;

    /// <summary>The clone's root: <c>.../src/corskit</c>.</summary>
    public string Root => Path.Combine(_scratch, "src", "corskit");

    /// <summary>The local feed the README's pack command fills.</summary>
    public string Feed => Path.Combine(Root, "artifacts", "packages");

    /// <summary>A folder of this fixture's for anything a test creates.</summary>
    public string Scratch(string name) => Directory.CreateDirectory(Path.Combine(_scratch, name)).FullName;

    public static string Repository { get; } = FindRepository();

    public async Task InitializeAsync()
    {
        (await Command.RunAsync(_scratch, "git", "clone", "--quiet", Repository, Root)).ShouldSucceed("git clone");
        (await Command.RunAsync(Root, "git", "tag", "v" + Version)).ShouldSucceed("git tag");

        // A release is packed from a clone of GitHub's repository: SourceLink reads the remote from .git, offline.
        (await Command.RunAsync(Root, "git", "remote", "set-url", "origin", "https://github.com/corskit/corskit.git")).ShouldSucceed("git remote set-url");
        RemoveCachedCopies();
        (await Command.RunAsync(Root, "bash", "-euo", "pipefail", "-c", PackCommand(await File.ReadAllTextAsync(Path.Combine(Root, "README.md"))))).ShouldSucceed("the README's pack command");
    }

    public Task DisposeAsync()
    {
        RemoveCachedCopies();
        Directory.Delete(_scratch, recursive: true);
        return Task.CompletedTask;
    }

    /// <summary>The README's command that packs every package into artifacts/packages.</summary>
    public static string PackCommand(string readme) =>
        Assert.Single(PackLine().Matches(readme)).Value;

    // NuGet keeps every package it restored; a 9.9.9 from an earlier run would hide the one packed now.
    private static void RemoveCachedCopies()
    {
        var cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } folder
            ? folder
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        foreach (var package in Packages)
        {
            var copy = Path.Combine(cache, package.ToLowerInvariant(), Version);
            if (Directory.Exists(copy))
            {
                Directory.Delete(copy, recursive: true);
            }
        }
    }

    private static string FindRepository()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "CorsKit.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("CorsKit.slnx not found above " + AppContext.BaseDirectory);
    }

    [GeneratedRegex(@"^for p in .*dotnet pack .*$", RegexOptions.Multiline)]
    private static partial Regex PackLine();
}
