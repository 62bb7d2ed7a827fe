using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;

namespace CorsKit.Browser.Tests.Infrastructure;

/// <summary>
/// The requests a server received. Tests give each scenario its own path, so counting by path is exact even though
/// servers are shared: this is how a test proves a preflight was (not) sent, or that a request never arrived.
/// </summary>
internal sealed class RequestLog
{
    private readonly ConcurrentQueue<ReceivedRequest> _requests = new();

    // The status is filled in when the response starts, before the browser can see any of it.
    public void Record(HttpContext context)
    {
        var request = context.Request;
        var received = new ReceivedRequest(
        request.Method,
        request.Path.Value ?? "",
        request.Headers.Origin.Count == 0 ? null : request.Headers.Origin.ToString(),
        request.Headers.AccessControlRequestMethod.Count == 0 ? null : request.Headers.AccessControlRequestMethod.ToString(),
        request.Headers.AccessControlRequestHeaders.Count == 0 ? null : request.Headers.AccessControlRequestHeaders.ToString(),
        request.Headers.Cookie.Count == 0 ? null : request.Headers.Cookie.ToString(),
        request.Headers.Authorization.Count > 0,
        request.Headers["Sec-Fetch-Site"].Count == 0 ? null : request.Headers["Sec-Fetch-Site"].ToString());
        context.Response.OnStarting(() =>
        {
            received.Status = context.Response.StatusCode;
            return Task.CompletedTask;
        });
        _requests.Enqueue(received);
    }

    /// <summary>Every request to <paramref name="path"/>, in arrival order.</summary>
    public IReadOnlyList<ReceivedRequest> For(string path) => _requests.Where(r => r.Path == path).ToList();

    /// <summary>The preflights (OPTIONS with Access-Control-Request-Method) sent to <paramref name="path"/>.</summary>
    public IReadOnlyList<ReceivedRequest> PreflightsFor(string path) => For(path).Where(r => r.IsPreflight).ToList();

    /// <summary>The requests to <paramref name="path"/> that are not preflights: what the page itself sent.</summary>
    public IReadOnlyList<ReceivedRequest> ActualRequestsFor(string path) => For(path).Where(r => !r.IsPreflight).ToList();
}

/// <summary>One request as the server saw it.</summary>
internal sealed record ReceivedRequest(
    string Method,
    string Path,
    string? Origin,
    string? AccessControlRequestMethod,
    string? AccessControlRequestHeaders,
    string? Cookie,
    bool HasAuthorization,
    string? FetchSite)
{
    /// <summary>The response's status, once it started; 0 before.</summary>
    public int Status { get; set; }

    public bool IsPreflight => Method == "OPTIONS" && AccessControlRequestMethod is not null;
}
