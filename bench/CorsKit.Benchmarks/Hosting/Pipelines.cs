using CorsKit.Benchmarks.Scenarios;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CorsKit.Benchmarks.Hosting;

/// <summary>
/// Builds each middleware the way an application does (services, <c>Use...</c>, then a terminal endpoint), with a
/// no-op endpoint, so the invocation path is the real one. Logging is registered without providers in both.
/// </summary>
internal static class Pipelines
{
    public static readonly RequestDelegate NoOp = static _ => Task.CompletedTask;

    /// <summary>Microsoft's CORS middleware: <c>services.AddCors</c> with a default policy, then <c>app.UseCors()</c>.</summary>
    public static (RequestDelegate Pipeline, IServiceProvider Services) BuiltIn(PolicyShape shape)
    {
        var services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddCors(options => options.AddDefaultPolicy(ScenarioPolicies.MicrosoftPolicy(shape)))
            .BuildServiceProvider();
        var app = new ApplicationBuilder(services);
        app.UseCors();
        app.Run(NoOp);
        return (app.Build(), services);
    }

    /// <summary>
    /// CorsKit's middleware: <c>services.AddCorsKit</c> with a default policy, then <c>app.UseCorsKit()</c>; with
    /// <paramref name="protectWrites"/>, the policy also refuses cross-origin writes from origins it does not allow.
    /// </summary>
    public static (RequestDelegate Pipeline, IServiceProvider Services) CorsKit(PolicyShape shape, bool protectWrites = false, bool recordDecisions = false)
    {
        var services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddSingleton<IHostEnvironment>(new BenchHostEnvironment());
        var policy = ScenarioPolicies.CorsKitOptions(shape);
        policy.ProtectWrites = protectWrites;
        services.AddCorsKit(options => options.AddDefaultPolicy(policy));
        var provider = services.BuildServiceProvider();

        // What MapCorsKitDashboard turns on: the ring of recent decisions that the decisions page reads.
        if (recordDecisions)
        {
            provider.GetRequiredService<CorsKit.AspNetCore.Dashboard.DecisionJournal>().Enable();
        }

        var app = new ApplicationBuilder(provider);
        app.UseCorsKit();
        app.Run(NoOp);
        return (app.Build(), provider);
    }
}
