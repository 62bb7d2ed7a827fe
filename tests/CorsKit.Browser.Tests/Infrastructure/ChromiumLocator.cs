namespace CorsKit.Browser.Tests.Infrastructure;

/// <summary>
/// Finds the Chromium the suite drives: <c>CORSKIT_CHROMIUM</c>, else Debian's <c>/usr/bin/chromium</c>, else
/// <c>chromium</c> on PATH. A missing browser is a failure with instructions, in CI and locally, never a skip: a
/// browser suite that silently does not run proves nothing.
/// </summary>
internal static class ChromiumLocator
{
    public const string OverrideVariable = "CORSKIT_CHROMIUM";
    public const string InstallAdvice = "install Debian's chromium: apt-get install chromium";
    private const string DebianPath = "/usr/bin/chromium";

    public static string Find() => Find(Environment.GetEnvironmentVariable, File.Exists);

    /// <summary>The search itself, over an environment and a file system the unit tests can stand in for.</summary>
    internal static string Find(Func<string, string?> environment, Func<string, bool> fileExists)
    {
        var configured = environment(OverrideVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return fileExists(configured)
                ? configured
                : throw new InvalidOperationException(
                    $"{OverrideVariable} is \"{configured}\", but no file exists there. Point it at a Chromium executable, or unset it and {InstallAdvice}.");
        }

        if (fileExists(DebianPath))
        {
            return DebianPath;
        }

        return (environment("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, "chromium"))
            .FirstOrDefault(fileExists)
            ?? throw new InvalidOperationException(MissingMessage(environment("CI") == "true"));
    }

    private static string MissingMessage(bool inCi) =>
        $"The browser suite needs Chromium and {(inCi ? "this CI machine" : "this machine")} has none "
        + $"(not at {DebianPath}, not on PATH, {OverrideVariable} unset): {InstallAdvice} "
        + $"(./test.sh does this when run as root), or set {OverrideVariable} to a Chromium executable.";
}
