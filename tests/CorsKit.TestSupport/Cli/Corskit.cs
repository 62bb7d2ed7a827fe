using CorsKit.Cli;
using CorsKit.Cli.Http;

namespace CorsKit.TestSupport.Cli;

public sealed record CliResult(int ExitCode, string Out, string Error);

/// <summary>Runs corskit in-process with captured output, as a user would run it with stdout piped.</summary>
public static class Corskit
{
    public static async Task<CliResult> RunAsync(params string[] args) => await RunInAsync(Directory.GetCurrentDirectory(), args);

    public static async Task<CliResult> RunInAsync(string directory, params string[] args) =>
        await RunInAsync(directory, new Dictionary<string, string>(), args);

    /// <summary>Runs corskit in <paramref name="directory"/> with exactly <paramref name="variables"/> as its environment.</summary>
    public static async Task<CliResult> RunInAsync(string directory, IReadOnlyDictionary<string, string> variables, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var environment = new CliEnvironment(output, error, Color: false, ShowProgress: false, directory, timeout => new RawHttpTransport(timeout), variables);
        var exit = await CliApplication.RunAsync(args, environment);
        return new CliResult(exit, output.ToString(), error.ToString());
    }
}
