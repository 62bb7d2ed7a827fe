using CorsKit.Configuration.Environment;
using CorsKit.Policy;
using CorsKit.Server.Configuration;
using CorsKit.Server.Gateway;
using CorsKit.Server.Routes;

namespace CorsKit.Server.Startup;

/// <summary>
/// Reads and validates the whole configuration before listening; a configuration mistake ends the process with
/// exit code 1 and a list of every problem, never a stack trace.
/// </summary>
internal static class ServerProgram
{
    /// <summary>The exit code of a configuration the server refuses to start with.</summary>
    public const int InvalidConfiguration = 1;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter errors)
    {
        WebApplicationBuilder builder;
        try
        {
            builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = args, ContentRootPath = Directory.GetCurrentDirectory() });
            LastGoodJsonConfigurationSource.ReplaceIn(builder.Configuration);
        }
        catch (InvalidDataException exception)
        {
            return Refuse(errors, [ServerStartupCheck.UnreadableJson(exception)]);
        }

        if (!ServerConfiguration.TryAddDotEnv(builder.Configuration, builder.Environment.ContentRootPath, out var dotEnvProblem))
        {
            return Refuse(errors, [dotEnvProblem!]);
        }

        var verdict = ServerStartupCheck.Check(builder.Configuration, builder.Environment.EnvironmentName);
        if (verdict.Policy is not { } policy)
        {
            return Refuse(errors, verdict.Errors);
        }

        var settings = verdict.Settings;

        var app = Build(builder, settings);
        try
        {
            await app.StartAsync();
        }
        catch (Exception exception) when (exception is IOException || (exception is InvalidOperationException && IsKestrels(exception)))
        {
            // Kestrel reports an address it cannot bind as either; both are the operator's to fix, not a crash. Any
            // other failure to start is not about the address, and keeps its own message.
            await errors.WriteLineAsync($"CorsKit.Server could not listen on {settings.ListenUrl}: {exception.Message}");
            await errors.WriteLineAsync($"Fix: set {CorsEnvironmentVariables.Port} to a free port (or 0 for any free port), or stop the program using it.");
            return InvalidConfiguration;
        }

        var folder = builder.Environment.ContentRootPath;
        var files = ServerConfigurationFiles.In(folder, builder.Environment.EnvironmentName);
        await output.WriteAsync(StartupReport.Describe(settings, policy, verdict.Warnings, app.Urls, folder, files));
        await output.FlushAsync();
        await app.WaitForShutdownAsync();
        return 0;
    }

    private static bool IsKestrels(Exception exception) =>
        exception.Source?.StartsWith("Microsoft.AspNetCore.Server.Kestrel", StringComparison.Ordinal) == true;

    private static WebApplication Build(WebApplicationBuilder builder, ServerSettings settings)
    {
        builder.WebHost.UseUrls(settings.ListenUrl);

        // One limit for the gateway and the server's own routes; Kestrel answers 413 past it.
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = settings.MaxRequestBodySize);
        ServerConfiguration.ApplyLogLevel(builder, settings.LogLevel, settings.Explain);
        var root = builder.Configuration;
        builder.Services.AddCorsKit(ServerConfiguration.EffectiveCorsSection(root), options =>
        {
            // The startup report prints the warnings; reload messages name the variables the user wrote.
            options.LogStartupWarnings = false;
            options.IncludeDenialReasonHeader = settings.Explain;
            options.DescribeProblem = problem => CorsEnvironmentMapping.Map(root, readOriginsFile: false).Describe(problem);
        });
        if (settings.Upstream is { } upstream)
        {
            builder.Services.AddGateway(upstream, settings.UpstreamTimeout);
        }

        var app = builder.Build();
        app.UseCorsKit();
        app.MapGet("/healthz", () => Results.Text("ok"));
        if (settings.Dashboard != DashboardMode.Off)
        {
            app.MapCorsKitDashboard(configure: options =>
            {
                options.AllowOutsideDevelopment = settings.Dashboard == DashboardMode.Forced;
                foreach (var variable in CorsEnvironmentVariables.All)
                {
                    options.SettingPrefixes.Add(variable);
                }
            });
        }

        if (settings.Upstream is null)
        {
            HelloRoutes.Map(app);
            EchoRoute.Map(app);
        }
        else
        {
            app.MapGateway();
        }

        return app;
    }

    private static int Refuse(TextWriter errors, IReadOnlyList<ConfigurationProblem> problems)
    {
        errors.WriteLine(CorsConfigurationException.Describe(problems, "The server's configuration"));
        errors.WriteLine("CorsKit.Server did not start. Fix the settings above (environment variables, .env or appsettings.json) and run it again.");
        return InvalidConfiguration;
    }
}
