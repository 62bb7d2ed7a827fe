using Yarp.ReverseProxy.Forwarder;

namespace CorsKit.Server.Gateway;

/// <summary>
/// Gives a failed forward a status and a body that say which side failed. The client's own errors (a malformed or
/// oversized body, one arriving too slowly, a request it cancelled) keep the status Kestrel and the proxy gave them
/// (400, 408, 413, 431): they are not the upstream's failures, and a client or balancer that retries on 502 would send
/// them again. Only the upstream's failures are 502, or 504 when it did not answer in time. The proxy's own default is
/// an empty response.
/// </summary>
internal static class UpstreamErrors
{
    public static async Task Describe(HttpContext context, Func<Task> next)
    {
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

            message = FormattableString.Invariant($"The request could not be forwarded: the client's request failed ({error.Error}, status {context.Response.StatusCode}); the upstream API did not fail.");
        }
        else if (error.Error is ForwarderError.RequestTimedOut)
        {
            context.Response.StatusCode = StatusCodes.Status504GatewayTimeout;
            message = "Gateway timeout: the upstream API did not answer in time.";
        }
        else
        {
            context.Response.StatusCode = StatusCodes.Status502BadGateway;
            message = $"Bad gateway: the upstream API could not be reached or failed ({error.Error}).";
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
}
