using CorsKit.BrowserSimulation.Transport;
using CorsKit.Cli.Http;

namespace CorsKit.Cli;

/// <summary>Where a command writes and what it may touch; tests pass their own to run commands in-process.</summary>
/// <param name="Out">Standard output: results.</param>
/// <param name="Error">Standard error: errors and progress.</param>
/// <param name="Color">True to colour the output.</param>
/// <param name="ShowProgress">True when standard error is a terminal, so progress lines are welcome.</param>
/// <param name="CurrentDirectory">Where <c>lint</c> looks without an argument.</param>
/// <param name="TransportFactory">Creates the HTTP transport for a timeout.</param>
/// <param name="Variables">The environment variables, which <c>lint</c> reads as the host it models would.</param>
internal sealed record CliEnvironment(
    TextWriter Out,
    TextWriter Error,
    bool Color,
    bool ShowProgress,
    string CurrentDirectory,
    Func<TimeSpan, IHttpTransport> TransportFactory,
    IReadOnlyDictionary<string, string> Variables)
{
    /// <summary>The real console: colour only when stdout is a terminal and NO_COLOR is not set.</summary>
    public static CliEnvironment FromConsole()
    {
        var noColor = !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
        return new CliEnvironment(
            Console.Out,
            Console.Error,
            !noColor && !Console.IsOutputRedirected,
            !Console.IsErrorRedirected,
            Directory.GetCurrentDirectory(),
            timeout => new RawHttpTransport(timeout),
            ProcessVariables());
    }

    private static Dictionary<string, string> ProcessVariables()
    {
        var variables = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (System.Collections.DictionaryEntry variable in Environment.GetEnvironmentVariables())
        {
            variables[(string)variable.Key] = (string?)variable.Value ?? "";
        }

        return variables;
    }
}
