using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace CorsKit.TestSupport.Server;

/// <summary>An API without CORS of its own (except a careless wildcard), for the gateway to stand in front of.</summary>
public sealed class Upstream : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _requests;
    private int _options;

    private Upstream(WebApplication app)
    {
        _app = app;
    }

    public Uri Address { get; private set; } = null!;

    public int Requests => Volatile.Read(ref _requests);

    public int OptionsRequests => Volatile.Read(ref _options);

    public static async Task<Upstream> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var upstream = new Upstream(app);
        app.Use(async (context, next) =>
        {
            Interlocked.Increment(ref upstream._requests);
            if (HttpMethods.IsOptions(context.Request.Method))
            {
                Interlocked.Increment(ref upstream._options);
            }

            // The kind of answer a careless API gives; the gateway must never let it through.
            context.Response.Headers["Access-Control-Allow-Origin"] = "*";
            context.Response.Headers["Access-Control-Allow-Methods"] = "*";
            await next(context);
        });
        app.MapGet("/api/items", () => Results.Json(new[] { "one", "two" }));
        app.MapGet("/", () => "upstream root");
        await app.StartAsync();
        upstream.Address = new Uri(app.Urls.First());
        return upstream;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
