using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace CorsKit.Browser.Tests.Infrastructure;

/// <summary>
/// Serves the page every scenario runs its fetch from, under any host name (app.test, a.b.app.test, evilapp.test,
/// all mapped to loopback) on two ports, so one server provides every origin the origin-matching scenarios need.
/// </summary>
internal sealed class PageServer(LoopbackServer server) : IAsyncDisposable
{
    private const string Html = "<!doctype html><html><head><meta charset=\"utf-8\"><title>CorsKit browser suite</title></head><body>page</body></html>";

    public int Port => server.Ports[0];

    /// <summary>A second port on the same hosts: same host name, different origin.</summary>
    public int OtherPort => server.Ports[1];

    public static async Task<PageServer> StartAsync() =>
        new(await LoopbackServer.StartAsync(
            app => app.Run(context =>
            {
                context.Response.ContentType = "text/html; charset=utf-8";
                return context.Response.WriteAsync(Html);
            }),
            portCount: 2));

    public string Origin(string host, bool otherPort = false) =>
        string.Create(CultureInfo.InvariantCulture, $"http://{host}:{(otherPort ? OtherPort : Port)}");

    public ValueTask DisposeAsync() => server.DisposeAsync();
}
