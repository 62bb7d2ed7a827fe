using CorsKit.Configuration.Environment;
using CorsKit.Policy;
using Microsoft.Extensions.Configuration;

namespace CorsKit.Cli.Lint;

/// <summary>
/// Reads a <c>.env</c> file the way the server does: the same parser, the same variables, defaults and precedence
/// (<c>CORS_ORIGINS</c>, else <c>BASE_URL</c>, else any local frontend), and problems named by variable.
/// </summary>
internal static class EnvConfigurationReader
{
    private const string CorsPrefix = "CORS_";

    /// <summary>
    /// Reads <paramref name="path"/>. Throws <see cref="FileNotFoundException"/>, or <see cref="FormatException"/>
    /// naming a line that is not <c>KEY=value</c> (the server refuses to start with such a file).
    /// </summary>
    public static ConfigurationFile Read(string path)
    {
        var variables = DotEnvParser.Parse(File.ReadAllText(path));
        var (settings, problems) = ServerSettingsReader.Read(new ConfigurationBuilder().AddInMemoryCollection(variables).Build());
        var policy = new PolicySource("default", settings.Cors, found => [.. found.Select(settings.Describe)], settings.DefaultedCorsOptions);
        return new ConfigurationFile(path, [policy], problems, UnknownCorsVariables(variables));
    }

    // A misspelt CORS_ variable is silently ignored by the server; lint is where the user learns of it.
    private static List<ConfigurationProblem> UnknownCorsVariables(Dictionary<string, string?> variables)
    {
        var known = CorsEnvironmentVariables.All.Where(name => name.StartsWith(CorsPrefix, StringComparison.Ordinal)).ToList();
        return
        [
            .. variables
                .Where(variable => variable.Key.StartsWith(CorsPrefix, StringComparison.OrdinalIgnoreCase) && !known.Contains(variable.Key, StringComparer.OrdinalIgnoreCase))
                .Select(variable => new ConfigurationProblem(ConfigurationProblemKind.UnknownSetting, variable.Key, variable.Value, "Unknown CORS variable: the server ignores it.", $"Use one of {string.Join(", ", known)}.")),
        ];
    }
}
