using System.CommandLine;
using CorsKit.Cli.Audit;
using CorsKit.BrowserSimulation;
using CorsKit.Cli.Output;

namespace CorsKit.Cli.Commands;

/// <summary><c>corskit audit</c>: probe a server the way CORS scanners do.</summary>
internal static class AuditCommand
{
    private const string Description = """
        Probes a server with the origins CORS scanners try: any origin, null, look-alike domains
        (prefix, suffix, unescaped dot, special characters), subdomains, http://, shared hosting sites;
        with a GET and a preflight each. Reports each finding with severity, evidence and fix; also
        wildcard or reflection with credentials, missing Vary: Origin and preflights leaking allow-lists.
        Last, one POST as an attacker's hidden form would send it (body corskit-probe=1), to note whether
        cross-site writes are refused; --no-write-probe leaves it out.
        Pass the origin you trust with --origin so look-alikes are built from it.
        Exit code: 0 nothing found (info notes do not count), 1 findings, 2 usage or network error.

        Examples:
          corskit audit http://localhost:4000/
          corskit audit https://api.example.com/me --origin https://app.example.com
          corskit audit https://api.example.com/me --origin https://app.example.com --json > audit.json
        """;

    /// <summary>Builds the command.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var url = new Argument<string>("url") { Description = "The URL to probe (absolute http or https); pick one that returns data." };
        var origin = new Option<string?>("--origin", "-o") { Description = "An origin the server should trust, such as https://app.example.com." };
        var json = new Option<bool>("--json") { Description = "Print one JSON document instead of text." };
        var timeout = new Option<int>("--timeout") { Description = "Seconds to wait for each response.", DefaultValueFactory = _ => 10 };
        var noWriteProbe = new Option<bool>("--no-write-probe") { Description = "Send no POST: skip the cross-site form probe." };
        var command = new Command("audit", Description) { url, origin, json, timeout, noWriteProbe };
        command.SetAction((parse, cancellationToken) =>
            RunAsync(parse.GetValue(url)!, parse.GetValue(origin), parse.GetValue(json), parse.GetValue(timeout), !parse.GetValue(noWriteProbe), environment, cancellationToken));
        return command;
    }

    /// <summary>Runs an audit with parsed arguments.</summary>
    public static async Task<int> RunAsync(string urlText, string? originText, bool json, int timeoutSeconds, bool writeProbe, CliEnvironment environment, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(urlText, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            return UsageError.Write(environment, $"the URL '{urlText}' is not an absolute http or https URL; write it like https://api.example.com/path.");
        }

        Uri? trusted = null;
        if (originText is not null)
        {
            var (origin, error) = WebOrigin.Parse(originText);
            if (origin is null || origin == WebOrigin.Null)
            {
                return UsageError.Write(environment, $"--origin: {error ?? "'null' cannot be a trusted origin; name a real origin such as https://app.example.com."}");
            }

            trusted = new Uri(origin);
        }

        var probes = AuditProbes.For(url, trusted);
        var transport = environment.TransportFactory(TimeSpan.FromSeconds(Math.Max(1, timeoutSeconds)));
        IReadOnlyList<ProbeExchange> exchanges;
        try
        {
            exchanges = await new Auditor(transport).RunAsync(url, probes, writeProbe, Progress(environment), cancellationToken).ConfigureAwait(false);
        }
        catch (HttpRequestException exception)
        {
            ClearProgress(environment);
            return UsageError.Network(environment, url, exception);
        }
        finally
        {
            (transport as IDisposable)?.Dispose();
        }

        ClearProgress(environment);
        var (findings, notes) = AuditAnalyzer.Analyze(exchanges);
        var document = new AuditDocument(url.ToString(), trusted is null ? null : WebOrigin.Of(trusted), exchanges.Count, findings, notes);
        if (json)
        {
            AuditRenderer.WriteJson(environment.Out, document);
        }
        else
        {
            AuditRenderer.WriteText(environment.Out, document, new Style(environment.Color));
        }

        return findings.Count == 0 ? ExitCodes.Ok : ExitCodes.Problem;
    }

    private static Action<int, int, string>? Progress(CliEnvironment environment) =>
        environment.ShowProgress
            ? (done, total, origin) => environment.Error.Write($"\r\u001b[Kprobing {Math.Min(done + 1, total)}/{total}: {origin}")
            : null;

    private static void ClearProgress(CliEnvironment environment)
    {
        if (environment.ShowProgress)
        {
            environment.Error.Write("\r\u001b[K");
        }
    }
}
