using Yarp.ReverseProxy.Forwarder;

namespace CorsKit.Server.Gateway;

/// <summary>
/// Gives upstream failures a status and a body that say what happened: 504 when the upstream timed out, 502 when it
/// could not be reached or answered badly. The proxy's own default is an empty response.
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

        var timedOut = error.Error is ForwarderError.RequestTimedOut;
        context.Response.StatusCode = timedOut ? StatusCodes.Status504GatewayTimeout : StatusCodes.Status502BadGateway;
        context.Response.ContentType = "text/plain; charset=utf-8";
        var message = timedOut
            ? "Gateway timeout: the upstream API did not answer in time."
            : $"Bad gateway: the upstream API could not be reached or failed ({error.Error}).";
        await context.Response.WriteAsync(message, context.RequestAborted);
    }
}
