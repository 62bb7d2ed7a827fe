using CorsKit.BrowserSimulation;
using CorsKit.BrowserSimulation.Transport;
using CorsKit.Fetch;

namespace CorsKit.Cli.Audit;

/// <summary>Sends every probe (a GET and a preflight each) and collects the exchanges.</summary>
internal sealed class Auditor(IHttpTransport transport)
{
    /// <summary>The method the preflight probes ask for: not safelisted, and commonly allowed.</summary>
    public const string PreflightMethod = "PUT";

    /// <summary>The header names the preflight probes ask for.</summary>
    public const string PreflightHeaders = "content-type";

    /// <summary>The body of the one write probe: a form field no application expects.</summary>
    public const string WriteProbeBody = "corskit-probe=1";

    /// <summary>Runs the probes, then the write probe when <paramref name="writeProbe"/> is true; <paramref name="progress"/> receives (done, total, origin) before each request.</summary>
    public async Task<IReadOnlyList<ProbeExchange>> RunAsync(
        Uri target,
        IReadOnlyList<AuditProbe> probes,
        bool writeProbe,
        Action<int, int, string>? progress,
        CancellationToken cancellationToken)
    {
        var exchanges = new List<ProbeExchange>();
        var total = (probes.Count * 2) + (writeProbe ? 1 : 0);
        foreach (var probe in probes)
        {
            progress?.Invoke(exchanges.Count, total, probe.Origin);
            var get = new SentRequest("GET", target, [new HeaderLine("Accept", "*/*"), new HeaderLine("Origin", probe.Origin)]);
            exchanges.Add(new ProbeExchange(probe, false, get, await transport.SendAsync(get, cancellationToken).ConfigureAwait(false)));

            progress?.Invoke(exchanges.Count, total, probe.Origin);
            // Scanners send no Fetch Metadata: what the server does without it is what they test.
            var preflight = BrowserRequests.Preflight(target, probe.Origin, PreflightMethod, [PreflightHeaders], []);
            exchanges.Add(new ProbeExchange(probe, true, preflight, await transport.SendAsync(preflight, cancellationToken).ConfigureAwait(false)));
        }

        if (writeProbe)
        {
            progress?.Invoke(exchanges.Count, total, "a cross-site form post");
            exchanges.Add(await WriteProbeAsync(target, cancellationToken).ConfigureAwait(false));
        }

        progress?.Invoke(total, total, "");
        return exchanges;
    }

    // What an attacker's page submitting a hidden form makes Chromium send: a top-level cross-site POST with the
    // user's cookies, which no CORS check stops. It carries one meaningless field.
    private async Task<ProbeExchange> WriteProbeAsync(Uri target, CancellationToken cancellationToken)
    {
        var origin = $"https://{AuditProbes.AttackerDomain}";
        var write = new SentRequest("POST", target,
        [
            new HeaderLine("Accept", "text/html"),
            new HeaderLine("Content-Type", "application/x-www-form-urlencoded"),
            new HeaderLine("Origin", origin),
            new HeaderLine(FetchMetadata.SiteHeaderName, "cross-site"),
            new HeaderLine(FetchMetadata.ModeHeaderName, "navigate"),
            new HeaderLine(FetchMetadata.DestinationHeaderName, "document"),
        ], WriteProbeBody);
        var response = await transport.SendAsync(write, cancellationToken).ConfigureAwait(false);
        return new ProbeExchange(new AuditProbe(ProbeKind.CrossSiteWrite, origin), false, write, response);
    }
}
