using System.CommandLine;
using CorsKit.Cli.Lint;
using CorsKit.Cli.Output;
using CorsKit.Configuration.Environment;
using CorsKit.Configuration.Settings;

namespace CorsKit.Cli.Commands;

/// <summary><c>corskit lint</c>: validate a CORS configuration offline with the engine's validator.</summary>
internal static class LintCommand
{
    // The keys and variables come from the settings table, so a new setting appears here without an edit.
    private static readonly string Description = $"""
        Validates a CORS configuration offline with the same readers and validator the server runs at start-up:
        the Cors section of an appsettings.json (keys {string.Join(", ", CorsSettings.All.Select(setting => setting.Key))};
        named policies under Cors:Policies:<name>) or a .env file ({string.Join(", ", CorsEnvironmentVariables.All)}).
        Without a file it reads .env and appsettings.json in the current directory. Prints every problem with
        its key and fix, and the warnings.
        Exit code: 0 valid, 1 problems, 2 file missing or unreadable (not JSON, a .env line not KEY=value).

        Examples:
          corskit lint
          corskit lint appsettings.Production.json
          corskit lint deploy/.env
        """;

    /// <summary>Builds the command.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var file = new Argument<string?>("file") { Description = "An appsettings.json or .env file.", Arity = ArgumentArity.ZeroOrOne };
        var command = new Command("lint", Description) { file };
        command.SetAction(parse => Run(parse.GetValue(file), environment));
        return command;
    }

    /// <summary>Lints <paramref name="file"/>, or the current directory's files when it is <see langword="null"/>.</summary>
    public static int Run(string? file, CliEnvironment environment)
    {
        var paths = file is null ? DefaultFiles(environment.CurrentDirectory) : [file];
        if (paths.Count == 0)
        {
            return UsageError.Write(environment, $"found neither .env nor appsettings.json in {environment.CurrentDirectory}; pass the file to check, such as 'corskit lint config/appsettings.json'.");
        }

        var results = new List<LintResult>();
        foreach (var path in paths)
        {
            if (!File.Exists(path))
            {
                return UsageError.Write(environment, $"the file '{path}' does not exist.");
            }

            try
            {
                var read = path.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? JsonConfigurationReader.Read(path) : EnvConfigurationReader.Read(path);
                results.AddRange(ConfigurationLinter.Lint(read));
            }
            catch (Exception exception) when (exception is InvalidDataException or FormatException or System.Text.Json.JsonException or IOException or UnauthorizedAccessException)
            {
                var reason = exception.InnerException?.Message ?? exception.Message;
                return UsageError.Write(environment, $"cannot read '{path}': {reason}");
            }
        }

        LintRenderer.WriteText(environment.Out, results, new Style(environment.Color));
        return results.Any(r => r.Errors.Count > 0) ? ExitCodes.Problem : ExitCodes.Ok;
    }

    private static readonly string[] DefaultFileNames = [".env", "appsettings.json"];

    private static List<string> DefaultFiles(string directory) =>
        [.. DefaultFileNames.Select(name => Path.Combine(directory, name)).Where(File.Exists)];
}
