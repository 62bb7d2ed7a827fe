using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CorsKit.Browser.Tests.Infrastructure;

/// <summary>
/// A Kestrel server on 127.0.0.1 with ports the OS picks (port 0), so parallel runs never collide and no port lands on
/// Chromium's blocked list by our choice. Every request is written to <see cref="Log"/> before anything answers it.
/// </summary>
internal sealed class LoopbackServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoopbackServer(WebApplication app, RequestLog log, IReadOnlyList<int> ports)
    {
        _app = app;
        Log = log;
        Ports = ports;
    }

    /// <summary>What reached the server, in order.</summary>
    public RequestLog Log { get; }

    /// <summary>The ports it listens on, in the order they were asked for.</summary>
    public IReadOnlyList<int> Ports { get; }

    public static async Task<LoopbackServer> StartAsync(Action<IApplicationBuilder> configure, int portCount = 1, Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            for (var i = 0; i < portCount; i++)
            {
                kestrel.Listen(IPAddress.Loopback, 0);
            }
        });
        builder.Services.AddRouting();
        services?.Invoke(builder.Services);

        var app = builder.Build();
        var log = new RequestLog();
        app.Use((context, next) =>
        {
            log.Record(context);
            return next(context);
        });
        configure(app);
        await app.StartAsync();

        var addresses = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>()
            .Features.Get<IServerAddressesFeature>()!.Addresses;
        var ports = addresses.Select(address => new Uri(address).Port).ToList();
        return new LoopbackServer(app, log, ports);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
