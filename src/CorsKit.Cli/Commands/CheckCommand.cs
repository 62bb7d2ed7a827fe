using System.CommandLine;
using CorsKit.BrowserSimulation;
using CorsKit.Cli.Output;

namespace CorsKit.Cli.Commands;

/// <summary><c>corskit check</c>: what would a browser decide for this fetch, and why.</summary>
internal static class CheckCommand
{
    private const string Description = """
        Does what a browser does for fetch(url) from a page on --origin: decides whether a preflight is needed,
        sends it exactly as a browser would, checks it, sends the request, runs the CORS check and tells you
        which response headers the page can read. It prints the verdict first: for a block, Chromium's console
        message and the fix. --verbose adds every request and response as sent and received.
        Exit code: 0 allowed, 1 blocked, 2 usage or network error.

        Examples:
          corskit check http://localhost:4000/ --origin http://localhost:5173
          corskit check https://api.example.com/items --origin https://app.example.com --method DELETE --credentials
          corskit check https://api.example.com/items --origin https://app.example.com -H "Content-Type: application/json" -H "Authorization: Bearer x" --json
        """;

    /// <summary>Builds the command.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var url = new Argument<string>("url") { Description = "The URL the page fetches (absolute http or https)." };
        var origin = new Option<string>("--origin", "-o") { Description = "The page's origin, such as https://app.example.com (or null).", Required = true };
        var method = new Option<string>("--method", "-X") { Description = "The fetch method, as the page writes it (case matters beyond the six standard methods).", DefaultValueFactory = _ => "GET" };
        var headers = new Option<string[]>("--header", "-H") { Description = "A request header the page sets, \"Name: value\"; repeat for more.", AllowMultipleArgumentsPerToken = false };
        var credentials = new Option<bool>("--credentials") { Description = "Send as credentials: 'include' (cookies, HTTP authentication)." };
        var data = new Option<string?>("--data", "-d") { Description = "A request body, which makes a GET or HEAD invalid as in fetch()." };
        var json = new Option<bool>("--json") { Description = "Print one JSON document instead of text." };
        var timeout = new Option<int>("--timeout") { Description = "Seconds to wait for each response.", DefaultValueFactory = _ => 10 };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Print every request and response in full." };

        var command = new Command("check", Description) { url, origin, method, headers, credentials, data, json, timeout, verbose };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var input = new CheckInput(
                parse.GetValue(url)!,
                parse.GetValue(origin)!,
                parse.GetValue(method)!,
                parse.GetValue(headers) ?? [],
                parse.GetValue(credentials),
                parse.GetValue(data),
                parse.GetValue(json),
                parse.GetValue(timeout),
                parse.GetValue(verbose));
            return await RunAsync(input, environment, cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    /// <summary>Runs a check with parsed arguments.</summary>
    public static async Task<int> RunAsync(CheckInput input, CliEnvironment environment, CancellationToken cancellationToken)
    {
        var (request, error) = input.ToFetchRequest();
        if (request is null)
        {
            return UsageError.Write(environment, error!);
        }

        var transport = environment.TransportFactory(TimeSpan.FromSeconds(Math.Max(1, input.TimeoutSeconds)));
        FetchOutcome outcome;
        try
        {
            outcome = await new FetchSimulator(transport).RunAsync(request, cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException exception)
        {
            return UsageError.Network(environment, request.Url, exception);
        }
        finally
        {
            (transport as IDisposable)?.Dispose();
        }

        if (input.Json)
        {
            CheckRenderer.WriteJson(environment.Out, outcome);
        }
        else
        {
            CheckRenderer.WriteText(environment.Out, outcome, new Style(environment.Color), input.Verbose);
        }

        return outcome.Allowed ? ExitCodes.Ok : ExitCodes.Problem;
    }
}
