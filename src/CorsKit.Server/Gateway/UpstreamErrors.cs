using System.Diagnostics;
using Yarp.ReverseProxy.Forwarder;

namespace CorsKit.Server.Gateway;

/// <summary>
/// Gives a failed forward a status, a body and one log line that say which side failed. The client's own errors (a
/// malformed or oversized body, one arriving too slowly, a request it cancelled) keep the status Kestrel and the proxy
/// gave them (400, 408, 413, 431): they are not the upstream's failures, and a client or balancer that retries on 502
/// would send them again. Only the upstream's failures are 502, or 504 when it did not answer in time. The proxy's
/// own default is an empty response.
/// </summary>
/// <remarks>
/// Logs: a client's error is one Debug line, since any client can cause as many as it likes; an upstream failure is
/// one Warning line with the upstream, the error, the status and the duration, at most one a second, the next saying
/// how many were left out.
/// </remarks>
internal sealed partial class UpstreamErrors(Uri upstream, ILogger<UpstreamErrors> logger)
{
    private static readonly TimeSpan LogInterval = TimeSpan.FromSeconds(1);
    private readonly Lock _logGate = new();
    private long _lastLogged;
    private int _notLogged;

    public async Task Describe(HttpContext context, Func<Task> next)
    {
        var started = Stopwatch.GetTimestamp();
        await next();
        var error = context.Features.Get<IForwarderErrorFeature>();
        if (error is null || context.Response.HasStarted)
        {
            return;
        }

        string message;
        if (IsClients(error.Error))
        {
            // Kestrel's BadHttpRequestException carries the status it chose (413 for a body over the limit, 408 for
            // one too slow); otherwise the proxy's status stands.
            if (error.Exception is BadHttpRequestException badRequest)
            {
                context.Response.StatusCode = badRequest.StatusCode;
            }

            ClientFailed(logger, error.Error, context.Response.StatusCode);
            message = FormattableString.Invariant($"The request could not be forwarded: the client's request failed ({error.Error}, status {context.Response.StatusCode}); the upstream API did not fail.");
        }
        else
        {
            var timedOut = error.Error is ForwarderError.RequestTimedOut;
            context.Response.StatusCode = timedOut ? StatusCodes.Status504GatewayTimeout : StatusCodes.Status502BadGateway;
            if (TakeLogTurn(out var notLogged))
            {
                UpstreamFailed(logger, upstream, error.Error, context.Response.StatusCode, (long)Stopwatch.GetElapsedTime(started).TotalMilliseconds, notLogged);
            }

            message = timedOut
                ? "Gateway timeout: the upstream API did not answer in time."
                : $"Bad gateway: the upstream API could not be reached or failed ({error.Error}).";
        }

        context.Response.ContentType = "text/plain; charset=utf-8";
        await context.Response.WriteAsync(message, context.RequestAborted);
    }

    /// <summary>Failures that come from the client's side of the gateway, not from the upstream.</summary>
    public static bool IsClients(ForwarderError error) => error is
        ForwarderError.RequestCanceled or ForwarderError.RequestBodyCanceled or ForwarderError.RequestBodyClient
        or ForwarderError.ResponseBodyCanceled or ForwarderError.ResponseBodyClient
        or ForwarderError.UpgradeRequestCanceled or ForwarderError.UpgradeRequestClient
        or ForwarderError.UpgradeResponseCanceled or ForwarderError.UpgradeResponseClient;

    // At most one upstream failure line per interval: an outage under load would otherwise write one per request.
    private bool TakeLogTurn(out int notLogged)
    {
        lock (_logGate)
        {
            var now = Stopwatch.GetTimestamp();
            if (_lastLogged != 0 && Stopwatch.GetElapsedTime(_lastLogged, now) < LogInterval)
            {
                _notLogged++;
                notLogged = 0;
                return false;
            }

            notLogged = _notLogged;
            _notLogged = 0;
            _lastLogged = now;
            return true;
        }
    }

    [LoggerMessage(EventId = 60, Level = LogLevel.Warning, Message = "Upstream {Upstream} failed: {Error}, answered {Status} after {DurationMs} ms ({NotLogged} more like this since the last line).")]
    private static partial void UpstreamFailed(ILogger logger, Uri upstream, ForwarderError error, int status, long durationMs, int notLogged);

    [LoggerMessage(EventId = 61, Level = LogLevel.Debug, Message = "A client's request failed before the upstream answered: {Error}, answered {Status}.")]
    private static partial void ClientFailed(ILogger logger, ForwarderError error, int status);
}
