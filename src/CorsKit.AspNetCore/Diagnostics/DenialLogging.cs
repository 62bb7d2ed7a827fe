using System.Runtime.CompilerServices;
using CorsKit.Evaluation;
using Microsoft.Extensions.Logging;

namespace CorsKit.AspNetCore.Diagnostics;

/// <summary>Logs a refused request under the event id of its reason. Allocates only when Debug is enabled.</summary>
internal static class DenialLogging
{
    public static void Log(ILogger logger, in CorsDecision decision, string origin, string policy)
    {
        if (!decision.IsAllowed && logger.IsEnabled(LogLevel.Debug))
        {
            LogRefusal(logger, decision, origin, policy);
        }
    }

    // Out of line: inlined into the middleware's request method, the nine log calls made that method's code larger and
    // every request a little slower (measured in interleaved timings, with RecordDecision out of line too), logged or not.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void LogRefusal(ILogger logger, in CorsDecision decision, string origin, string policy)
    {
        var kind = CorsOutcomeNames.Of(decision.Kind);
        switch (decision.DenialReason)
        {
            case CorsDenialReason.OriginNotAllowed:
                CorsKitLog.OriginNotAllowed(logger, kind, origin, policy);
                break;
            case CorsDenialReason.MalformedOrigin:
                CorsKitLog.MalformedOrigin(logger, kind, origin, policy);
                break;
            case CorsDenialReason.MultipleOrigins:
                CorsKitLog.MultipleOrigins(logger, kind, policy);
                break;
            case CorsDenialReason.NullOrigin:
                CorsKitLog.NullOrigin(logger, kind, policy);
                break;
            case CorsDenialReason.MalformedMethod:
                CorsKitLog.MalformedMethod(logger, origin, decision.DeniedValue.ToString(), policy);
                break;
            case CorsDenialReason.MethodNotAllowed:
                CorsKitLog.MethodNotAllowed(logger, origin, decision.DeniedValue.ToString(), policy);
                break;
            case CorsDenialReason.MalformedHeaders:
                CorsKitLog.MalformedHeaders(logger, origin, decision.DeniedValue.ToString(), policy);
                break;
            case CorsDenialReason.HeadersTooLarge:
                CorsKitLog.HeadersTooLarge(logger, origin, policy);
                break;
            case CorsDenialReason.HeaderNotAllowed:
                CorsKitLog.HeaderNotAllowed(logger, origin, decision.DeniedValue.ToString(), policy);
                break;
            default:
                break;
        }
    }
}
