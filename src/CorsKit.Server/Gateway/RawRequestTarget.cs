using Microsoft.AspNetCore.Http.Features;
using Yarp.ReverseProxy.Transforms;

namespace CorsKit.Server.Gateway;

/// <summary>
/// Forwards the path and query exactly as the client sent them, as nginx's <c>proxy_pass</c> without a URI does.
/// The proxy otherwise rebuilds the target from the decoded path and escapes it again, so an encoded slash
/// (<c>group%2Fproject</c>, GitLab project paths, npm scopes, object keys) reaches the upstream as <c>group%252Fproject</c>
/// (dotnet/yarp#1419).
/// </summary>
internal static class RawRequestTarget
{
    public static ValueTask Apply(RequestTransformContext context)
    {
        // Origin-form only ("/path?query"): the asterisk and absolute forms, and anything Uri cannot hold, keep the
        // proxy's own target.
        var raw = context.HttpContext.Features.Get<IHttpRequestFeature>()?.RawTarget;
        if (raw is { Length: > 0 } && raw[0] == '/' && Uri.TryCreate(context.DestinationPrefix.TrimEnd('/') + raw, UriKind.Absolute, out var target))
        {
            context.ProxyRequest.RequestUri = target;
        }

        return ValueTask.CompletedTask;
    }
}
