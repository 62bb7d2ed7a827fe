using System.CommandLine;
using CorsKit.Cli.Lint;
using CorsKit.Cli.Output;
using CorsKit.Configuration.Environment;
using CorsKit.Configuration.Settings;

namespace CorsKit.Cli.Commands;

/// <summary><c>corskit lint</c>: the verdict a host would reach on its configuration at start-up, without starting it.</summary>
internal static class LintCommand
{
    // The keys and variables come from the settings table, so a new setting appears here without an edit.
    private static readonly string Description = $"""
        Tells whether a host would start with its CORS configuration, with every problem and warning it would
        report, in the same words, without starting it.

        --for server (the default) models CorsKit.Server started in the current directory: appsettings.json,
        appsettings.<Environment>.json, .env and the environment variables, later ones winning, with the server's
        defaults. Its variables: {string.Join(", ", CorsEnvironmentVariables.All)}.
        --for middleware models an ASP.NET Core application calling AddCorsKit(configuration.GetSection("Cors")):
        its JSON files and variables (Cors__Origins), the middleware's defaults, and named policies under
        Cors:Policies:<name>. Keys: {string.Join(", ", CorsSettings.All.Select(setting => setting.Key))}.
        Files named on the command line are read instead of the current directory's, without the environment.

        Exit code: 0 the host would start, 1 it would refuse to, 2 a file is missing or the arguments are wrong.

        Examples:
          corskit lint
          corskit lint deploy/appsettings.json deploy/.env
          corskit lint --for middleware
          corskit lint --for middleware src/Api/appsettings.json
        """;

    /// <summary>Builds the command.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var files = new Argument<string[]>("files") { Description = "appsettings.json or .env files to read instead of the current directory's.", Arity = ArgumentArity.ZeroOrMore };
        var host = new Option<LintHost>("--for") { Description = "The host to model: server (CorsKit.Server) or middleware (an app with UseCorsKit).", DefaultValueFactory = _ => LintHost.Server };
        var section = new Option<string>("--section") { Description = "With --for middleware: the configuration section the app binds.", DefaultValueFactory = _ => Configuration.CorsConfigurationKeys.DefaultSection };
        var command = new Command("lint", Description) { files, host, section };
        command.SetAction(parse => Run(parse.GetValue(files) ?? [], parse.GetValue(host), parse.GetValue(section)!, environment));
        return command;
    }

    /// <summary>Lints <paramref name="files"/>, or the current directory and environment when there are none.</summary>
    public static int Run(IReadOnlyList<string> files, LintHost host, string section, CliEnvironment environment)
    {
        if (files.FirstOrDefault(file => !File.Exists(file)) is { } missing)
        {
            return UsageError.Write(environment, $"the file '{missing}' does not exist.");
        }

        if (host is LintHost.Middleware && files.FirstOrDefault(file => !file.EndsWith(".json", StringComparison.OrdinalIgnoreCase)) is { } notJson)
        {
            return UsageError.Write(environment, $"'{notJson}' is not a JSON file, and an ASP.NET Core application reads no .env; pass its appsettings.json.");
        }

        LintReport report;
        try
        {
            report = host is LintHost.Server
                ? ServerModel.Lint(environment.CurrentDirectory, files, environment.Variables)
                : MiddlewareModel.Lint(environment.CurrentDirectory, files, environment.Variables, section);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return UsageError.Write(environment, $"cannot read a file: {exception.Message}");
        }

        LintRenderer.WriteText(environment.Out, report, host, new Style(environment.Color));
        return report.HasErrors ? ExitCodes.Problem : ExitCodes.Ok;
    }
}
