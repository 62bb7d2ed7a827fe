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

        // No limit of its own: the gateway's body limit is what the tests measure.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = null);
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

        // How many bytes of body arrived: for the body limit.
        app.MapPost("/api/upload", async (HttpContext context) =>
        {
            var buffer = new byte[81920];
            long total = 0;
            for (int read; (read = await context.Request.Body.ReadAsync(buffer)) > 0;)
            {
                total += read;
            }

            return Results.Text(total.ToString(System.Globalization.CultureInfo.InvariantCulture));
        });

        // The request target exactly as it reached the upstream, escapes included.
        app.MapGet("/api/raw/{**rest}", (HttpContext context) =>
            Results.Text(context.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestFeature>()!.RawTarget));

        // The forwarding headers as they reached the upstream, one "name: value" per line.
        app.MapGet("/api/forwarded", (HttpContext context) => Results.Text(string.Join("\n",
            new[] { "X-Forwarded-For", "X-Forwarded-Proto", "X-Forwarded-Host", "X-Real-IP", "Host" }
                .Select(name => $"{name}: {context.Request.Headers[name]}"))));

        // An upstream that takes its time.
        app.MapGet("/api/slow", async () =>
        {
            await Task.Delay(TimeSpan.FromSeconds(5));
            return "late";
        });

        // The upstream's own failure: the edge must still say Vary and, for a reader, its CORS headers.
        app.MapGet("/api/fail", () => Results.StatusCode(StatusCodes.Status500InternalServerError));

        // A write the upstream accepts, so a write that reaches it is seen.
        app.MapPost("/api/items", () => Results.Text("created"));
        app.MapDelete("/api/items", () => Results.Text("deleted"));

        // A redirect built from the Host the upstream received, as most frameworks build one.
        app.MapGet("/api/login", (HttpContext context) =>
        {
            var landing = $"http://{context.Request.Host}/landing";
            context.Response.Headers["Refresh"] = $"5; url={landing}";
            return Results.Redirect(landing);
        });
        await app.StartAsync();
        upstream.Address = new Uri(app.Urls.First());
        return upstream;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
