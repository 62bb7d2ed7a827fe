using System.Runtime.CompilerServices;
using CorsKit.Evaluation;
using Microsoft.Extensions.Logging;

namespace CorsKit.AspNetCore.Diagnostics;

/// <summary>
/// Counts each CORS decision for a metrics listener and logs each refusal at Debug. The middleware observes a
/// preflight when it answers it, and an actual request's callback observes it when the response starts, so what is
/// counted is the decision whose headers were sent, decided once.
/// </summary>
/// <param name="metrics">Where decisions are counted.</param>
/// <param name="logger">Where refusals are logged: the middleware's category, so one log filter covers every refusal.</param>
internal sealed class DecisionObserver(CorsKitMetrics metrics, ILogger logger)
{
    /// <summary>
    /// Observes one decision of <paramref name="policyName"/> on a request from <paramref name="origin"/>. Returns the
    /// outcome's name when it was computed: naming a refused origin's reason costs a parse of the origin, so it is
    /// done only for a reader, and a caller that also needs the name reuses it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public string? Observe(in CorsDecision decision, string origin, string policyName)
    {
        string? outcome = null;
        if (metrics.IsRecording)
        {
            outcome = CorsOutcomeNames.Of(decision.DenialReason);
            metrics.RecordDecision(decision.Kind, outcome, policyName);
        }

        DenialLogging.Log(logger, decision, origin, policyName);
        return outcome;
    }
}
