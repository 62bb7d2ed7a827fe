using CorsKit.Policy;
using Microsoft.Extensions.Configuration;

namespace CorsKit.Configuration.Environment;

/// <summary>
/// The verdict the CorsKit server reaches on its configuration before it listens: every setting read, the policy
/// compiled, every problem and warning named as the user wrote it. The server starts only on a verdict without errors;
/// <c>corskit lint</c> prints the same verdict, so a configuration that passes lint is one the server starts with.
/// </summary>
internal static class ServerStartupCheck
{
    // Prefixes of the server's own variables: a variable with one of them that is no setting is a typo, ignored.
    private static readonly string[] OwnPrefixes = ["CORS_", "CSRF_"];

    /// <summary>Whether <paramref name="name"/> has the prefix of the server's own variables (<c>CORS_</c>, <c>CSRF_</c>), any case.</summary>
    public static bool HasOwnPrefix(string name) =>
        OwnPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase));

    /// <summary>Checks <paramref name="configuration"/>: the variables at the top level, and optionally a <c>Cors</c> section.</summary>
    /// <param name="configuration">The configuration.</param>
    /// <param name="environmentName">The host's environment, such as Development or Production.</param>
    public static ServerStartupVerdict Check(IConfiguration configuration, string environmentName)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var (settings, problems) = ServerSettingsReader.Read(configuration, environmentName);
        var compilation = CorsKitPolicy.TryCompile(settings.Cors);
        var errors = problems.Concat(compilation.Errors.Select(settings.Describe)).ToList();

        // Warnings about the server's own defaults are nobody's choice: leaving them out keeps the real ones visible.
        var warnings = compilation.Warnings
            .Where(warning => !settings.DefaultedCorsOptions.Contains(warning.Setting))
            .Select(settings.Describe)
            .Concat(UnknownVariables(configuration))
            .ToList();
        return new ServerStartupVerdict(settings, errors.Count == 0 ? compilation.Policy : null, errors.AsReadOnly(), warnings.AsReadOnly());
    }

    /// <summary>The problem that stops the server when a JSON configuration file cannot be parsed.</summary>
    public static ConfigurationProblem UnreadableJson(InvalidDataException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        var reason = exception.InnerException?.Message ?? exception.Message;

        // The framework's own message says only "Could not parse the JSON file"; the parser underneath knows where.
        for (var inner = exception.InnerException; inner is not null; inner = inner.InnerException)
        {
            if (inner is System.Text.Json.JsonException { LineNumber: { } line, BytePositionInLine: { } column })
            {
                reason = FormattableString.Invariant($"line {line + 1}, column {column + 1}: {inner.Message.Split(" Path:")[0].Split(" LineNumber:")[0]}");
                break;
            }
        }

        return ServerProblems.UnreadableJson.Create(JsonFileName(exception.Message), null, detail: reason);
    }

    /// <summary>The problem that stops the server when a line of <c>.env</c> is not <c>KEY=value</c>.</summary>
    public static ConfigurationProblem UnreadableDotEnv(DotEnvLineException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        return ServerProblems.UnreadableDotEnvLine.Create(".env", null, detail: FormattableString.Invariant($"line {exception.Line}, \"{exception.Text}\""));
    }

    // The framework names the file in its message as '<full path>'; the user knows it by its name.
    private static string JsonFileName(string message)
    {
        var open = message.IndexOf('\'', StringComparison.Ordinal);
        var close = open < 0 ? -1 : message.IndexOf('\'', open + 1);
        return close > open + 1 ? Path.GetFileName(message[(open + 1)..close]) : "appsettings.json";
    }

    // A misspelt variable (CORS_METHOD, CSRF_PROTECT) would be ignored without a word, and its default used instead.
    private static IEnumerable<ConfigurationProblem> UnknownVariables(IConfiguration configuration)
    {
        var known = CorsEnvironmentVariables.All.Where(name => OwnPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal))).ToList();
        return configuration.GetChildren()
            .Where(variable => variable.Value is not null
                && HasOwnPrefix(variable.Key)
                && !known.Contains(variable.Key, StringComparer.OrdinalIgnoreCase))
            .OrderBy(variable => variable.Key, StringComparer.Ordinal)
            .Select(variable => ServerProblems.UnknownVariable.Create(variable.Key, variable.Value, expected: string.Join(", ", known)));
    }
}
