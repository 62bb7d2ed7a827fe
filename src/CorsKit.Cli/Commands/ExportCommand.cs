using System.CommandLine;
using CorsKit.Cli.Export;
using CorsKit.Cli.Lint;
using CorsKit.Policy;

namespace CorsKit.Cli.Commands;

/// <summary><c>corskit export</c>: CorsKit.Server's policy as nginx, Caddy or HAProxy configuration.</summary>
internal static class ExportCommand
{
    private const string Description = """
        Writes CorsKit.Server's CORS policy, and its cross-origin write protection, as configuration for nginx, Caddy
        or HAProxy, so the proxy in front of every instance answers as CorsKit.Server does.

        The policy is read exactly as the server reads it (CORS_* and CSRF_* variables, .env and appsettings.json in
        the current directory, or the files named), with the same checks: any problem is printed, nothing is written,
        and the exit code is 1. Warnings go to standard error.

        Without --listen, the output is the block to include in an existing configuration; its first comment says where.
        With --listen PORT --upstream URL it is a complete configuration on 127.0.0.1:PORT in front of URL, to try:
          nginx -p DIR -c DIR/nginx.conf -g 'daemon off;'
          caddy run --config Caddyfile --adapter caddyfile
          haproxy -f haproxy.cfg -db

        Exit code: 0 written, 1 the policy is invalid or cannot be expressed, 2 bad arguments or a missing file.

        Examples:
          corskit export nginx --part http > /etc/nginx/conf.d/corskit-maps.conf
          corskit export haproxy deploy/.env --out corskit.cfg
          corskit export caddy --listen 8080 --upstream http://127.0.0.1:3000 --out Caddyfile
        """;

    /// <summary>Builds the command.</summary>
    public static Command Create(CliEnvironment environment)
    {
        var engine = new Argument<EdgeEngine>("engine") { Description = "nginx, caddy or haproxy." };
        var files = new Argument<string[]>("files") { Description = "appsettings.json or .env files to read instead of the current directory's.", Arity = ArgumentArity.ZeroOrMore };
        var output = new Option<string?>("--out") { Description = "Write to this file instead of standard output." };
        var listen = new Option<int?>("--listen") { Description = "With --upstream: a complete configuration listening on 127.0.0.1 at this port." };
        var upstream = new Option<string?>("--upstream") { Description = "With --listen: the http:// URL of the API to proxy to." };
        var part = new Option<NginxPart>("--part") { Description = "nginx only: http (the maps, for http {}) or server (the rest, for server {}); both by default.", DefaultValueFactory = _ => NginxPart.Both };
        var command = new Command("export", Description) { engine, files, output, listen, upstream, part };
        command.SetAction(parse => Run(parse.GetValue(engine), parse.GetValue(files) ?? [], parse.GetValue(output), parse.GetValue(listen), parse.GetValue(upstream), parse.GetValue(part), environment));
        return command;
    }

    /// <summary>Exports the policy of the current directory (or of <paramref name="files"/>) for <paramref name="engine"/>.</summary>
    public static int Run(EdgeEngine engine, IReadOnlyList<string> files, string? output, int? listen, string? upstreamText, NginxPart part, CliEnvironment environment)
    {
        if (Validate(engine, files, listen, upstreamText, part, out var upstream) is { } usage)
        {
            return UsageError.Write(environment, usage);
        }

        LintReport report;
        CorsKitPolicy? policy;
        try
        {
            (report, policy) = ServerModel.Read(environment.CurrentDirectory, files, environment.Variables);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return UsageError.Write(environment, $"cannot read a file: {exception.Message}");
        }

        var verdict = report.Results[0];
        foreach (var warning in verdict.Warnings)
        {
            environment.Error.WriteLine($"warning: {warning}");
        }

        if (policy is null)
        {
            environment.Error.WriteLine(CorsConfigurationException.Describe(verdict.Errors, "The server's configuration"));
            environment.Error.WriteLine("corskit export wrote nothing. Fix the settings above (environment variables, .env or appsettings.json) and run it again.");
            return ExitCodes.Problem;
        }

        if (EdgePolicy.From(policy, out var refusal) is not { } edge)
        {
            environment.Error.WriteLine($"corskit export: this policy cannot be exported: {refusal}");
            return ExitCodes.Problem;
        }

        var target = listen is { } port ? new EdgeTarget(port, upstream!) : null;
        var text = engine switch
        {
            EdgeEngine.Nginx => NginxConfig.Render(edge, report.Read, target, part),
            EdgeEngine.Caddy => CaddyConfig.Render(edge, report.Read, target),
            _ => HaproxyConfig.Render(edge, report.Read, target),
        };
        if (output is null)
        {
            environment.Out.Write(text);
        }
        else
        {
            File.WriteAllText(output, text);
            environment.Error.WriteLine($"corskit export: wrote {output}");
        }

        return ExitCodes.Ok;
    }

    private static string? Validate(EdgeEngine engine, IReadOnlyList<string> files, int? listen, string? upstreamText, NginxPart part, out Uri? upstream)
    {
        upstream = null;
        if (files.FirstOrDefault(file => !File.Exists(file)) is { } missing)
        {
            return $"the file '{missing}' does not exist.";
        }

        if (listen.HasValue != (upstreamText is not null))
        {
            return "--listen and --upstream go together: a complete configuration needs a port and an API to proxy to.";
        }

        if (listen is < 1 or > 65535)
        {
            return $"--listen {listen} is not a port: write a number from 1 to 65535.";
        }

        if (upstreamText is not null && (!Uri.TryCreate(upstreamText, UriKind.Absolute, out upstream) || upstream.Scheme != Uri.UriSchemeHttp || upstream.AbsolutePath != "/" || upstream.Query.Length > 0))
        {
            return $"--upstream {upstreamText} is not a plain http://host:port URL: the complete configuration is for trying in front of a local API; for an https upstream, include the block in your own configuration.";
        }

        if (part != NginxPart.Both && (engine != EdgeEngine.Nginx || listen is not null))
        {
            return "--part is for nginx's include blocks only: nginx allows map only in http {}, so its block comes in two parts.";
        }

        return null;
    }
}
