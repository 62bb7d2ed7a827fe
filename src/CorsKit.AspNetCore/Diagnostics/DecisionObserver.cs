using System.Runtime.CompilerServices;
using CorsKit.AspNetCore.Dashboard;
using CorsKit.Evaluation;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CorsKit.AspNetCore.Diagnostics;

/// <summary>
/// Counts each CORS decision for a metrics listener, logs each refusal at Debug, and records it for the decisions page
/// when one is mapped. The middleware observes a preflight when it answers it, and an actual request's callback
/// observes it when the response starts, so what is counted is the decision whose headers were sent, decided once.
/// </summary>
/// <param name="metrics">Where decisions are counted.</param>
/// <param name="logger">Where refusals are logged: the middleware's category, so one log filter covers every refusal.</param>
/// <param name="journal">Where the decisions page reads the last decisions from.</param>
internal sealed class DecisionObserver(CorsKitMetrics metrics, ILogger logger, DecisionJournal journal)
{
    /// <summary>The last decisions, for the decisions page.</summary>
    public DecisionJournal Journal => journal;

    /// <summary>
    /// Observes one decision of <paramref name="policyName"/> on a request from <paramref name="origin"/>. Returns the
    /// outcome's name when it was computed: naming a refused origin's reason costs a parse of the origin, so it is
    /// done only for a reader, and a caller that also needs the name reuses it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public string? Observe(in CorsDecision decision, HttpContext context, string origin, string policyName)
    {
        string? outcome = null;
        if (metrics.IsRecording)
        {
            outcome = CorsOutcomeNames.Of(decision.DenialReason);
            metrics.RecordDecision(decision.Kind, outcome, policyName);
        }

        DenialLogging.Log(logger, decision, origin, policyName);
        if (journal.IsEnabled)
        {
            Record(decision, context, origin, policyName);
        }

        return outcome;
    }

    // Out of line: a host without the page never runs it.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Record(in CorsDecision decision, HttpContext context, string origin, string policyName)
    {
        var request = context.Request;
        var preflight = decision.Kind == CorsRequestKind.Preflight;
        journal.Record(
            preflight ? DecisionKind.Preflight : DecisionKind.Actual,
            request.Method,
            request.Path.Value ?? "/",
            origin,
            policyName,
            decision.IsAllowed,
            decision.DenialReason,
            decision.DeniedValue,
            preflight ? OneValue(request.Headers.AccessControlRequestMethod) : null,
            preflight ? OneValue(request.Headers.AccessControlRequestHeaders) : null);
    }

    // The header's one value as the request holds it; several lines are joined, which no browser sends.
    private static string? OneValue(Microsoft.Extensions.Primitives.StringValues values) => values.Count == 0 ? null : values.ToString();
}
