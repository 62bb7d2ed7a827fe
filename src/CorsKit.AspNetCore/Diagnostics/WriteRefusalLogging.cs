using System.Runtime.CompilerServices;
using CorsKit.Writes;
using Microsoft.Extensions.Logging;

namespace CorsKit.AspNetCore.Diagnostics;

/// <summary>Logs refused writes at Debug, one event id per reason, from the engine's table of write refusals.</summary>
internal static class WriteRefusalLogging
{
    private static readonly Action<ILogger, string, string, string, string, string, string, Exception?>[] Refusals =
        [.. WriteDenialReasons.All.Select(reason => LoggerMessage.Define<string, string, string, string, string, string>(
            LogLevel.Debug,
            new EventId(reason.EventId, "write-" + reason.Name),
            "Cross-origin {Method} from {Origin} (Sec-Fetch-Site: {FetchSite}) refused by policy {Policy}: {Reason}. The server sees its own origin as {OwnOrigin}; behind a proxy, that needs the forwarded-headers middleware."))];

    // Out of line, for the reason DenialLogging.LogRefusal is.
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void Log(ILogger logger, in WriteRequest request, WriteDenialReasonDescription reason, string policy)
    {
        if (!logger.IsEnabled(LogLevel.Debug))
        {
            return;
        }

        if ((uint)reason.Reason < (uint)Refusals.Length)
        {
            Refusals[(int)reason.Reason](logger, request.Method, request.Origin ?? "(none)", request.FetchSite ?? "(none)", policy, reason.Explanation, $"{request.Scheme}://{request.Host}", null);
        }
    }
}
