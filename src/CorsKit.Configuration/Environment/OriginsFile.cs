using CorsKit.Policy;

namespace CorsKit.Configuration.Environment;

/// <summary>
/// <c>CORS_ORIGINS_FILE</c>: allowed origins, one per line, for allow-lists too long for a variable. Blank lines and
/// lines starting with <c>#</c> are ignored; white space around an origin is not part of it. The engine validates the
/// origins as it validates <c>CORS_ORIGINS</c>, and <see cref="Describe"/> names the file and the line of each problem.
/// </summary>
internal static class OriginsFile
{
    private const string Setting = CorsEnvironmentVariables.OriginsFile;

    /// <summary>The origins of the file at <paramref name="path"/>, in order, or the problem that it cannot be read.</summary>
    public static List<string> Read(string path, List<ConfigurationProblem> problems)
    {
        var origins = new List<string>();
        try
        {
            var number = 0;
            foreach (var line in File.ReadLines(path))
            {
                number++;
                var origin = line.Trim();
                if (origin.Length == 0 || origin.StartsWith('#'))
                {
                    continue;
                }

                // The server's lists are comma-separated; a comma here would silently make two origins of one line.
                if (origin.Contains(',', StringComparison.Ordinal))
                {
                    problems.Add(ServerProblems.CommaInOriginsFile.Create(At(path, number), line));
                    continue;
                }

                origins.Add(origin);
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            problems.Add(ServerProblems.UnreadableOriginsFile.Create(Setting, path, detail: exception.Message));
        }

        return origins;
    }

    /// <summary>
    /// <paramref name="problem"/> as the user wrote the setting: renamed by <paramref name="sources"/> (option to the
    /// variable or key it came from), and, for an origin that is a line of the file at <paramref name="path"/>, naming
    /// the file and the line.
    /// </summary>
    public static ConfigurationProblem Describe(ConfigurationProblem problem, IReadOnlyDictionary<string, string> sources, string? path)
    {
        var renamed = problem.RenameSettings(sources);
        var aboutOrigins = problem.Setting is CorsConfigurationKeys.Origins or $"{CorsConfigurationKeys.DefaultSection}:{CorsConfigurationKeys.Origins}";
        return path is not null && aboutOrigins && problem.Value is { } value ? Locate(renamed, value, path) : renamed;
    }

    // Reads the file once per call: problems are few, and a file may hold a million lines.
    private static ConfigurationProblem Locate(ConfigurationProblem problem, string value, string path)
    {
        try
        {
            var number = 0;
            foreach (var line in File.ReadLines(path))
            {
                number++;
                if (line.AsSpan().Trim().SequenceEqual(value))
                {
                    return problem.WithSetting(At(path, number));
                }
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The file changed or went since it was read: the problem still names the value.
        }

        return problem;
    }

    private static string At(string path, int line) =>
        FormattableString.Invariant($"{Setting} ({path} line {line})");
}
