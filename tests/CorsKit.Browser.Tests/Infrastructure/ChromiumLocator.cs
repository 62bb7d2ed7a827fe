namespace CorsKit.Browser.Tests.Infrastructure;

/// <summary>
/// Finds the Chromium the suite drives: <c>CORSKIT_CHROMIUM</c>, else Debian's <c>/usr/bin/chromium</c>, else
/// <c>chromium</c> on PATH. A missing browser is a failure with instructions, never a skip: a browser suite that
/// silently does not run proves nothing.
/// </summary>
internal static class ChromiumLocator
{
    public const string OverrideVariable = "CORSKIT_CHROMIUM";
    private const string DebianPath = "/usr/bin/chromium";

    public static string Find()
    {
        var configured = Environment.GetEnvironmentVariable(OverrideVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return File.Exists(configured)
                ? configured
                : throw new InvalidOperationException(
                    $"{OverrideVariable} is \"{configured}\", but no file exists there. Point it at a Chromium executable, or unset it to use Debian's chromium ({DebianPath}).");
        }

        if (File.Exists(DebianPath))
        {
            return DebianPath;
        }

        return FindOnPath("chromium") ?? throw new InvalidOperationException(MissingMessage());
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => Path.Combine(directory, name))
            .FirstOrDefault(File.Exists);

    private static string MissingMessage()
    {
        var where = Environment.GetEnvironmentVariable("CI") == "true" ? "CI must provide it" : "this machine has none";
        return $"The browser suite needs Chromium and {where}: not at {DebianPath}, not on PATH, and {OverrideVariable} is unset. "
            + "Install Debian's chromium: apt-get install chromium (./test.sh does this when run as root), "
            + $"or set {OverrideVariable} to a Chromium executable.";
    }
}
