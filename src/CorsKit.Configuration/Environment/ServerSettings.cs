using CorsKit.Policy;
using Microsoft.Extensions.Logging;

namespace CorsKit.Configuration.Environment;

/// <summary>Everything the CorsKit server needs to start, read from variables, <c>.env</c> and <c>appsettings.json</c>.</summary>
/// <param name="Host">The address to listen on.</param>
/// <param name="Port">The port to listen on; <c>0</c> for any free port.</param>
/// <param name="Upstream">The API to proxy to, when the server runs as a gateway.</param>
/// <param name="LogLevel">The minimum level of the logs.</param>
/// <param name="Cors">The CORS options, not yet compiled.</param>
/// <param name="CorsKeys">For each CORS option, the variable or key it came from, so messages name what the user wrote.</param>
/// <param name="DefaultedCorsOptions">The CORS options left at their defaults.</param>
/// <param name="OriginsFile">The file <c>CORS_ORIGINS_FILE</c> names, when it is set.</param>
internal sealed record ServerSettings(
    string Host,
    int Port,
    Uri? Upstream,
    LogLevel LogLevel,
    CorsPolicyOptions Cors,
    IReadOnlyDictionary<string, string> CorsKeys,
    IReadOnlySet<string> DefaultedCorsOptions,
    string? OriginsFile = null)
{
    /// <summary>How long the gateway waits for the upstream without any data before answering 504.</summary>
    public TimeSpan UpstreamTimeout { get; init; } = TimeSpan.FromSeconds(CorsEnvironmentVariables.DefaultUpstreamTimeoutSeconds);

    /// <summary>Whether refusals are named in a response header and logged at the default level (development only).</summary>
    public bool Explain { get; init; }

    /// <summary>Whether the decisions page is served at <c>/_corskit</c>.</summary>
    public DashboardMode Dashboard { get; init; }

    /// <summary>The environment's name, such as Development or Production.</summary>
    public string EnvironmentName { get; init; } = "Production";

    /// <summary>The largest request body accepted, in bytes; <see langword="null"/> for no limit.</summary>
    public long? MaxRequestBodySize { get; init; } = CorsEnvironmentVariables.DefaultMaxRequestBodySize;

    /// <summary><paramref name="problem"/> named as the user wrote the setting, down to the line of the origins file.</summary>
    public ConfigurationProblem Describe(ConfigurationProblem problem) =>
        Environment.OriginsFile.Describe(problem, CorsKeys, OriginsFile);

    /// <summary>
    /// The URL to listen on; IPv6 addresses in brackets. Port 0 on <c>localhost</c> listens on <c>127.0.0.1</c>:
    /// <c>localhost</c> is two addresses, which cannot be promised one free port, so Kestrel refuses that request.
    /// </summary>
    public string ListenUrl =>
        Port == 0 && Host.Equals("localhost", StringComparison.OrdinalIgnoreCase) ? "http://127.0.0.1:0"
        : Host.Contains(':', StringComparison.Ordinal) ? $"http://[{Host}]:{Port}"
        : $"http://{Host}:{Port}";
}
