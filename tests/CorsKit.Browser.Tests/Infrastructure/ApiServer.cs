using System.Globalization;

namespace CorsKit.Browser.Tests.Infrastructure;

/// <summary>A cross-origin API the pages call: a loopback server reached as <c>http://api.app.test:PORT</c>.</summary>
internal sealed class ApiServer(LoopbackServer server) : IAsyncDisposable
{
    /// <summary>
    /// Same site as the pages on app.test (so the browser sends the API's SameSite=Lax cookies when credentials are
    /// included) but a different origin, which is all CORS is about.
    /// </summary>
    public const string Host = "api.app.test";

    public string Origin { get; } = string.Create(CultureInfo.InvariantCulture, $"http://{Host}:{server.Ports[0]}");

    public RequestLog Log => server.Log;

    /// <summary>A path no other test uses, so the server's log and the browser's preflight cache are this test's alone.</summary>
    public static string NewPath(string label) => $"/{label}/{Guid.NewGuid():N}";

    public string Url(string pathAndQuery) => Origin + pathAndQuery;

    /// <summary>A URL on this API that redirects (302 unless <paramref name="status"/> says otherwise) to <paramref name="target"/>.</summary>
    public string RedirectUrl(string path, string target, int status = 302) =>
        string.Create(CultureInfo.InvariantCulture, $"{Origin}{path}?redirect={Uri.EscapeDataString(target)}&status={status}");

    public ValueTask DisposeAsync() => server.DisposeAsync();
}
