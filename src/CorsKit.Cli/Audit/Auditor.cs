using CorsKit.Cli.BrowserSimulation;
using CorsKit.Cli.Http;

namespace CorsKit.Cli.Audit;

/// <summary>Sends every probe (a GET and a preflight each) and collects the exchanges.</summary>
internal sealed class Auditor(IHttpTransport transport)
{
    /// <summary>The method the preflight probes ask for: not safelisted, and commonly allowed.</summary>
    public const string PreflightMethod = "PUT";

    /// <summary>The header names the preflight probes ask for.</summary>
    public const string PreflightHeaders = "content-type";

    /// <summary>Runs the probes; <paramref name="progress"/> receives (done, total, origin) before each request.</summary>
    public async Task<IReadOnlyList<ProbeExchange>> RunAsync(
        Uri target,
        IReadOnlyList<AuditProbe> probes,
        Action<int, int, string>? progress,
        CancellationToken cancellationToken)
    {
        var exchanges = new List<ProbeExchange>();
        var total = probes.Count * 2;
        foreach (var probe in probes)
        {
            progress?.Invoke(exchanges.Count, total, probe.Origin);
            var get = new SentRequest("GET", target, [new HeaderLine("Accept", "*/*"), new HeaderLine("Origin", probe.Origin)]);
            exchanges.Add(new ProbeExchange(probe, false, get, await transport.SendAsync(get, cancellationToken).ConfigureAwait(false)));

            progress?.Invoke(exchanges.Count, total, probe.Origin);
            var preflight = BrowserRequests.Preflight(target, probe.Origin, PreflightMethod, [PreflightHeaders]);
            exchanges.Add(new ProbeExchange(probe, true, preflight, await transport.SendAsync(preflight, cancellationToken).ConfigureAwait(false)));
        }

        progress?.Invoke(total, total, "");
        return exchanges;
    }
}
