using System.Runtime.CompilerServices;
using CorsKit.Evaluation;
using Microsoft.Extensions.Logging;

namespace CorsKit.AspNetCore.Diagnostics;

/// <summary>
/// Logs a refused request at Debug under the event id and name of its reason (<see cref="CorsDenialReasons"/>), with
/// the reason in words. Allocates only when Debug is enabled.
/// </summary>
internal static class DenialLogging
{
    // One LoggerMessage per reason, built from the engine's table: a new reason is logged without an edit here.
    private static readonly Action<ILogger, string, string, string, string, Exception?>[] Refusals =
        [.. CorsDenialReasons.All.Select(reason => LoggerMessage.Define<string, string, string, string>(
            LogLevel.Debug,
            new EventId(reason.EventId, reason.Name),
            "CORS {Kind} from {Origin} refused by policy {Policy}: {Reason}."))];

    public static void Log(ILogger logger, in CorsDecision decision, string origin, string policy)
    {
        if (!decision.IsAllowed && logger.IsEnabled(LogLevel.Debug))
        {
            LogRefusal(logger, decision, origin, policy);
        }
    }

    // Out of line: inlined into the middleware's request method, the logging code made that method larger and every
    // request a little slower (measured in interleaved timings, with RecordDecision out of line too), logged or not.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void LogRefusal(ILogger logger, in CorsDecision decision, string origin, string policy)
    {
        var reason = CorsDenialReasons.Describe(decision.DenialReason);
        if ((uint)reason.EventId < (uint)Refusals.Length)
        {
            Refusals[reason.EventId](logger, CorsOutcomeNames.Of(decision.Kind), origin, policy, reason.Explain(decision.DeniedValue.Span), null);
        }
    }
}
