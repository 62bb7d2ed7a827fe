using System.Globalization;

namespace CorsKit.HttpBaselines;

/// <summary>Builds and runs one baseline server.</summary>
internal static class BaselineServer
{
    // CorsKit.Server's GET / body, byte for byte, so every server sends a response of the same size.
    private const string Hello = "Hello from CorsKit!";

    public static int Run(string[] args, TextWriter errors)
    {
        if (!BaselineSettings.TryRead(args, Environment.GetEnvironmentVariable, out var settings, out var problem))
        {
            errors.WriteLine(problem);
            errors.WriteLine("Usage: CorsKit.HttpBaselines --cors builtin|none   (PORT, HOST, CORS_ORIGINS, LOG_LEVEL as for CorsKit.Server)");
            return 1;
        }

        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls(string.Create(CultureInfo.InvariantCulture, $"http://{settings.Host}:{settings.Port}"));
        builder.Logging.SetMinimumLevel(settings.LogLevel);
        if (settings.Mode == CorsMode.BuiltIn)
        {
            // The seed's policy, as CorsKit.Server's defaults state it.
            builder.Services.AddCors(options => options.AddDefaultPolicy(policy => policy
                .WithOrigins(settings.Origins)
                .WithMethods("GET", "POST", "DELETE")
                .WithHeaders("Content-Type", "Authorization")
                .AllowCredentials()));
        }

        var app = builder.Build();
        if (settings.Mode == CorsMode.BuiltIn)
        {
            app.UseCors();
        }

        app.MapGet("/healthz", () => Results.Text("ok"));
        app.MapGet("/", () => Results.Text(Hello));
        app.Run();
        return 0;
    }
}
