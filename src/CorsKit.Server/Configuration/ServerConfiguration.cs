using CorsKit.Configuration;
using CorsKit.Configuration.Environment;
using Microsoft.Extensions.Configuration.EnvironmentVariables;

namespace CorsKit.Server.Configuration;

/// <summary>How the server layers its configuration: appsettings.json, then .env, then the real environment.</summary>
internal static class ServerConfiguration
{
    /// <summary>
    /// Inserts the working directory's <c>.env</c> just before the environment variables, so the real environment wins.
    /// A malformed file is reported as a problem naming its line.
    /// </summary>
    public static bool TryAddDotEnv(IConfigurationManager configuration, string directory, out Policy.ConfigurationProblem? problem)
    {
        problem = null;
        var sources = configuration.Sources;
        var environment = sources.Select((source, index) => (source, index))
            .FirstOrDefault(pair => pair.source is EnvironmentVariablesConfigurationSource { Prefix: null or "" });
        var position = environment.source is null ? sources.Count : environment.index;
        try
        {
            sources.Insert(position, new DotEnvConfigurationSource
            {
                Path = ".env",
                Optional = true,
                ReloadOnChange = true,
                
                // The default filters hide dot-files, and .env is one.
                FileProvider = new Microsoft.Extensions.FileProviders.PhysicalFileProvider(directory, Microsoft.Extensions.FileProviders.Physical.ExclusionFilters.None),
            });
            return true;
        }
        catch (InvalidDataException exception) when (exception.InnerException is DotEnvLineException line)
        {
            problem = ServerStartupCheck.UnreadableDotEnv(line);
            return false;
        }
    }

    /// <summary>The <c>Cors</c> section the middleware follows: the server's variables mapped onto it, recomputed on reload.</summary>
    public static IConfigurationSection EffectiveCorsSection(IConfiguration root) =>
        new ConfigurationBuilder().Add(new ServerCorsConfigurationSource(root)).Build().GetSection(CorsConfigurationKeys.DefaultSection);

    /// <summary>
    /// Applies <c>LOG_LEVEL</c>, above anything appsettings.json says, to every category. The framework's and the
    /// proxy's per-request lines, and the host's own startup lines (the startup block says the same), appear only at
    /// Debug and below: at Information they are held to Warning, and a quieter level is honoured for them too.
    /// </summary>
    /// <param name="builder">The host's builder.</param>
    /// <param name="level">The level <c>LOG_LEVEL</c> asks for.</param>
    /// <param name="explain">
    /// <c>CORS_EXPLAIN</c>: the middleware's refusals, logged at Debug since anyone can cause them, are shown at the
    /// default level too, so a developer sees why a request was refused without turning on every category's Debug.
    /// </param>
    public static void ApplyLogLevel(WebApplicationBuilder builder, LogLevel level, bool explain = false)
    {
        var frameworkLevel = (level is LogLevel.Information ? LogLevel.Warning : level).ToString();
        var corsKitLevel = explain && level is LogLevel.Information ? LogLevel.Debug : level;
        builder.Logging.SetMinimumLevel(explain ? LogLevel.Debug : level);
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Logging:LogLevel:CorsKit"] = corsKitLevel.ToString(),
            ["Logging:LogLevel:Default"] = level.ToString(),
            ["Logging:LogLevel:Microsoft.AspNetCore"] = frameworkLevel,
            ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = frameworkLevel,
            ["Logging:LogLevel:Yarp"] = frameworkLevel,

            // The proxy logs each failed forward as a warning with the whole exception chain, several kilobytes that
            // any client can cause; UpstreamErrors logs one line instead. Trace keeps the chain, for debugging.
            ["Logging:LogLevel:Yarp.ReverseProxy.Forwarder.HttpForwarder"] = level is LogLevel.Trace ? nameof(LogLevel.Trace) : nameof(LogLevel.None),

            // A start that fails (a port in use, an address not on this machine) is reported by ServerProgram in one
            // line with its fix; the host would log the same failure again with its whole stack trace.
            ["Logging:LogLevel:Microsoft.Extensions.Hosting.Internal.Host"] = nameof(LogLevel.None),
        });
    }
}
