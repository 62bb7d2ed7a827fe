using CorsKit.BrowserSimulation.Transport;
using CorsKit.Fetch;

namespace CorsKit.BrowserSimulation;

/// <summary>The Fetch standard's HTTP-redirect fetch, for a request in CORS mode.</summary>
internal static class RedirectRules
{
    /// <summary>Browsers give up after this many redirects.</summary>
    public const int MaxRedirects = 20;

    private static readonly string[] RequestBodyHeaders = ["Content-Encoding", "Content-Language", "Content-Location", "Content-Type"];

    /// <summary>Follows <paramref name="response"/>'s <c>Location</c> from <paramref name="current"/>.</summary>
    public static RedirectStep Follow(
        ReceivedResponse response,
        Uri current,
        string pageOrigin,
        bool originTainted,
        string method,
        IReadOnlyList<RequestHeader> headers,
        string? body)
    {
        var location = response.Get("Location");
        if (location is null || !Uri.TryCreate(current, location, out var next)
            || (next.Scheme != Uri.UriSchemeHttp && next.Scheme != Uri.UriSchemeHttps))
        {
            var failure = new CorsFailure(CorsFailureKind.InvalidRedirect, location ?? "(no Location header)");
            return new RedirectStep(current, method, headers, body, originTainted, [], failure);
        }

        if (next.UserInfo.Length > 0 && !WebOrigin.IsSameOrigin(next, pageOrigin))
        {
            return new RedirectStep(next, method, headers, body, originTainted, [], new CorsFailure(CorsFailureKind.RedirectContainsCredentials, location));
        }

        var notes = new List<string>();
        var currentOrigin = WebOrigin.Of(current);
        var nextOrigin = WebOrigin.Of(next);
        var tainted = originTainted;
        if (!tainted && nextOrigin != currentOrigin && !WebOrigin.IsSameOrigin(current, pageOrigin))
        {
            tainted = true;
            notes.Add("the redirect goes from one cross-origin server to another, so the request's Origin becomes 'null' from here on");
        }

        var newMethod = method;
        var newHeaders = headers;
        var newBody = body;
        if ((response.Status is 301 or 302 && method == "POST") || (response.Status == 303 && method is not ("GET" or "HEAD")))
        {
            newMethod = "GET";
            newBody = null;
            newHeaders = [.. newHeaders.Where(h => !RequestBodyHeaders.Contains(h.Name, StringComparer.OrdinalIgnoreCase))];
            notes.Add($"a {response.Status} turns {method} into GET and drops the body and its Content-* headers");
        }

        if (nextOrigin != currentOrigin && newHeaders.Any(h => FetchRequestHeaders.IsNonWildcardName(h.Name)))
        {
            newHeaders = [.. newHeaders.Where(h => !FetchRequestHeaders.IsNonWildcardName(h.Name))];
            notes.Add("a cross-origin redirect drops the Authorization header");
        }

        return new RedirectStep(next, newMethod, newHeaders, newBody, tainted, notes);
    }
}
