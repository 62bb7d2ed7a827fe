using System.Diagnostics.Metrics;
using System.Runtime.CompilerServices;
using CorsKit.Evaluation;

namespace CorsKit.AspNetCore.Diagnostics;

/// <summary>
/// CorsKit's instruments on the <c>CorsKit</c> meter: <c>corskit.decisions</c> counts CORS decisions, tagged
/// <c>kind</c> (preflight/actual), <c>outcome</c> (<c>allowed</c> or the denial reason) and <c>policy</c>.
/// </summary>
public sealed class CorsKitMetrics
{
    /// <summary>The meter's name.</summary>
    public const string MeterName = "CorsKit";

    /// <summary>The counter of decisions.</summary>
    public const string DecisionsInstrumentName = "corskit.decisions";

    /// <summary>The counter of cross-origin write decisions, tagged <c>outcome</c> (<c>allowed</c> or the refusal's name) and <c>policy</c>.</summary>
    public const string WritesInstrumentName = "corskit.writes";

    private readonly Counter<long> _decisions;
    private readonly Counter<long> _writes;

    /// <summary>Creates the instruments on a meter from <paramref name="meterFactory"/>.</summary>
    public CorsKitMetrics(IMeterFactory meterFactory)
    {
        ArgumentNullException.ThrowIfNull(meterFactory);
        var meter = meterFactory.Create(MeterName);
        _decisions = meter.CreateCounter<long>(DecisionsInstrumentName, unit: "{decision}", description: "CORS decisions by request kind and outcome.");
        _writes = meter.CreateCounter<long>(WritesInstrumentName, unit: "{decision}", description: "Cross-origin write protection decisions by outcome.");
    }

    /// <summary>True while a listener collects the decisions counter; without one, recording is skipped entirely.</summary>
    internal bool IsRecording => _decisions.Enabled;

    // Out of line: callers check IsRecording first, and inlined, the tag list's code weighed on the middleware's request
    // method for requests that record nothing (see DenialLogging.LogRefusal).
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal void RecordDecision(CorsRequestKind kind, string outcome, string policy)
    {
        if (_decisions.Enabled)
        {
            _decisions.Add(
                1,
                new KeyValuePair<string, object?>("kind", CorsOutcomeNames.Of(kind)),
                new KeyValuePair<string, object?>("outcome", outcome),
                new KeyValuePair<string, object?>("policy", policy));
        }
    }

    // Out of line, as RecordDecision is; only writes to protected endpoints are counted.
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal void RecordWrite(string outcome, string policy)
    {
        if (_writes.Enabled)
        {
            _writes.Add(
                1,
                new KeyValuePair<string, object?>("outcome", outcome),
                new KeyValuePair<string, object?>("policy", policy));
        }
    }
}
