using CorsKit.Evaluation;
using CorsKit.Policy;
using CorsKit.TestSupport.Engine;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CorsKit.Cli.Tests.Infrastructure;

/// <summary>A real Kestrel server on 127.0.0.1 and a free port, started in-process.</summary>
public sealed class TestServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TestServer(WebApplication app, Uri url)
    {
        _app = app;
        Url = url;
    }

    public Uri Url { get; }

    /// <summary>The same server under the name localhost: another origin, for redirect tests.</summary>
    public Uri LocalhostUrl => new UriBuilder(Url) { Host = "localhost" }.Uri;

    public string At(string path) => new Uri(Url, path).ToString();

    public static async Task<TestServer> StartAsync(Func<HttpContext, Task> handler)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = ["--urls", "http://127.0.0.1:0"] });
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.Run(new RequestDelegate(handler));
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new TestServer(app, new Uri(address + "/"));
    }

    /// <summary>A correctly configured server: the CorsKit engine in a small inline middleware, then the app.</summary>
    public static Task<TestServer> StartCorsKitAsync(CorsKitPolicy policy) => StartAsync(async context =>
    {
        var request = context.Request;
        var origins = request.Headers.Origin;
        var decision = policy.Evaluate(new CorsRequest(
            request.Method,
            origins.Count == 0 ? null : origins.ToString(),
            request.Headers.AccessControlRequestMethod.Count == 0 ? null : request.Headers.AccessControlRequestMethod.ToString(),
            request.Headers.AccessControlRequestHeaders.Count == 0 ? null : string.Join(',', request.Headers.AccessControlRequestHeaders.ToArray()),
            origins.Count));
        var writer = new NamedHeaderWriter((name, value) => context.Response.Headers[name] = value, () => context.Response.Headers.Append("Vary", "Origin"));
        decision.WriteHeaders(ref writer);
        if (decision.Kind == CorsRequestKind.Preflight)
        {
            context.Response.StatusCode = decision.PreflightStatusCode;
            return;
        }

        await App(context);
    });

    /// <summary>The application behind the CORS layer: a greeting, a custom header and a cookie.</summary>
    public static Task App(HttpContext context)
    {
        context.Response.Headers["X-Total"] = "5";
        context.Response.Headers.SetCookie = "sid=secret";
        context.Response.ContentType = "text/plain";
        return context.Response.WriteAsync("Hello, CorsKit!");
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
