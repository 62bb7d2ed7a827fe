using Yarp.ReverseProxy.Transforms;

namespace CorsKit.Server.Gateway;

/// <summary>
/// Points the upstream's redirects back at the gateway, as nginx's default <c>proxy_redirect</c> does. The upstream
/// receives its own address as <c>Host</c> (nginx's default too) and builds absolute redirects from it; passed on
/// unchanged, <c>Location: http://127.0.0.1:4560/landing</c> sends browsers to an internal address and breaks login
/// flows. <c>Location</c> and <c>Refresh</c> values under the upstream's URL are rewritten to the gateway's origin as the
/// client addressed it; any other value, relative or another site's, is left alone.
/// </summary>
internal sealed class UpstreamRedirects(Uri upstream)
{
    // The upstream's base URL as it starts an absolute redirect, always ending with a slash.
    private readonly string _upstreamPrefix = upstream.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/";

    public ValueTask Rewrite(ResponseTransformContext context)
    {
        var headers = context.HttpContext.Response.Headers;
        if (headers.Location.ToString() is { Length: > 0 } location && Rewritten(location, context.HttpContext.Request) is { } newLocation)
        {
            headers.Location = newLocation;
        }

        // Refresh: "5; url=http://…"
        if (headers["Refresh"].ToString() is { Length: > 0 } refresh)
        {
            var at = refresh.IndexOf("url=", StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && Rewritten(refresh[(at + 4)..].Trim(), context.HttpContext.Request) is { } url)
            {
                headers["Refresh"] = refresh[..(at + 4)] + url;
            }
        }

        return ValueTask.CompletedTask;
    }

    // The gateway's origin as this client addressed it, built only for a value that needs it.
    private string? Rewritten(string url, HttpRequest request) =>
        url.StartsWith(_upstreamPrefix, StringComparison.OrdinalIgnoreCase) ? $"{request.Scheme}://{request.Host}/{url[_upstreamPrefix.Length..]}"
        : string.Equals(url, _upstreamPrefix.TrimEnd('/'), StringComparison.OrdinalIgnoreCase) ? $"{request.Scheme}://{request.Host}/"
        : null;
}
