using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace CorsKit.AspNetCore.Tests.Infrastructure;

/// <summary>A real ASP.NET Core pipeline on the in-memory test server, with a fake logger that records everything.</summary>
internal sealed class TestApp : IAsyncDisposable
{
    private TestApp(WebApplication app, FakeLogCollector logs)
    {
        App = app;
        Logs = logs;
        Client = app.GetTestClient();
    }

    public WebApplication App { get; }

    public HttpClient Client { get; }

    public FakeLogCollector Logs { get; }

    public static WebApplicationBuilder CreateBuilder(string environment = "Development")
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions
        {
            EnvironmentName = environment,
            ApplicationName = typeof(TestApp).Assembly.GetName().Name,
        });
        builder.WebHost.UseTestServer();
        builder.Services.AddRouting();
        builder.Logging.SetMinimumLevel(LogLevel.Trace);
        builder.Logging.AddFakeLogging();
        return builder;
    }

    public static async Task<TestApp> StartAsync(WebApplicationBuilder builder, Action<WebApplication> configure)
    {
        var app = builder.Build();
        configure(app);
        await app.StartAsync();
        return new TestApp(app, app.Services.GetFakeLogCollector());
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync();
        await App.DisposeAsync();
    }
}
