using System.CommandLine;
using CorsKit.Cli.Commands;

namespace CorsKit.Cli;

/// <summary>The <c>corskit</c> command line: parses arguments and runs the chosen command.</summary>
internal static class CliApplication
{
    private const string Description = """
        corskit: see what a browser decides for a cross-origin request, audit a server for CORS
        misconfigurations, lint a CORS configuration, and export it to nginx, Caddy or HAProxy.

        Examples:
          corskit check http://localhost:4000/ --origin http://localhost:5173
          corskit audit https://api.example.com/ --origin https://app.example.com
          corskit lint appsettings.json
          corskit export nginx --listen 8080 --upstream http://127.0.0.1:3000
        """;

    /// <summary>Runs the command line; returns the process exit code.</summary>
    public static async Task<int> RunAsync(string[] args, CliEnvironment environment)
    {
        // A named root rather than RootCommand, so help says "corskit" however the tool is launched.
        var root = new Command("corskit", Description)
        {
            new System.CommandLine.Help.HelpOption(),
            new VersionOption(),
            CheckCommand.Create(environment),
            AuditCommand.Create(environment),
            LintCommand.Create(environment),
            ExportCommand.Create(environment),
        };
        var parse = root.Parse(args);
        var configuration = new InvocationConfiguration { Output = environment.Out, Error = environment.Error, EnableDefaultExceptionHandler = false };
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                environment.Error.WriteLine($"corskit: error: {error.Message}");
            }

            environment.Error.WriteLine("Run 'corskit --help' or 'corskit <command> --help' for usage and examples.");
            return ExitCodes.UsageOrNetworkError;
        }

        try
        {
            return await parse.InvokeAsync(configuration).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            environment.Error.WriteLine("corskit: cancelled.");
            return ExitCodes.UsageOrNetworkError;
        }
        catch (IOException exception)
        {
            return UsageError.Write(environment, exception.Message);
        }
    }
}
