using CorsKit.Headers;
using Yarp.ReverseProxy.Transforms;

namespace CorsKit.Server.Gateway;

/// <summary>
/// Removes the CORS headers an upstream sends, so the browser sees only CorsKit's answer: two
/// <c>Access-Control-Allow-Origin</c> values make every request fail, and an upstream's permissive answer must not
/// override the gateway's policy.
/// </summary>
internal static class UpstreamCorsHeaders
{
    private static readonly string[] Names =
    [
        CorsHeaderNames.AccessControlAllowOrigin, CorsHeaderNames.AccessControlAllowCredentials,
        CorsHeaderNames.AccessControlAllowMethods, CorsHeaderNames.AccessControlAllowHeaders,
        CorsHeaderNames.AccessControlMaxAge, CorsHeaderNames.AccessControlExposeHeaders,
    ];

    public static ValueTask Strip(ResponseTransformContext context)
    {
        var headers = context.HttpContext.Response.Headers;
        foreach (var name in Names)
        {
            headers.Remove(name);
        }

        return ValueTask.CompletedTask;
    }
}
