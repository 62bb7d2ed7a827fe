using System.Globalization;
using CorsKit.Configuration.Settings;
using CorsKit.Policy;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace CorsKit.Configuration.Environment;

/// <summary>
/// Reads <see cref="ServerSettings"/> (<c>PORT</c>, <c>HOST</c>, <c>UPSTREAM</c>, <c>LOG_LEVEL</c>, and the CORS settings
/// through <see cref="CorsEnvironmentMapping"/>), reporting every problem under the name the user wrote it with.
/// </summary>
internal static class ServerSettingsReader
{
    private const string Section = CorsConfigurationKeys.DefaultSection;

    /// <summary>
    /// Reads every setting; an unreadable one is reported and left at its default, so the CORS options can still be
    /// validated and every problem is listed in one go.
    /// </summary>
    /// <param name="configuration">The variables at the top level (environment, <c>.env</c>), and optionally a <c>Cors</c> section.</param>
    /// <param name="environmentName">The host's environment (Development, Production, ...), which some defaults follow.</param>
    public static ServerSettingsResult Read(IConfiguration configuration, string environmentName = "Production")
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var problems = new List<ConfigurationProblem>();
        var port = ReadPort(configuration, problems);
        var host = ReadHost(configuration, problems);
        var upstream = ReadUpstream(configuration, problems);
        var logLevel = ReadLogLevel(configuration, problems);
        var maxRequestBodySize = ReadMaxRequestBodySize(configuration, problems);
        var upstreamTimeout = ReadUpstreamTimeout(configuration, problems);
        var explain = ReadExplain(configuration, environmentName, problems);
        var dashboard = ReadDashboard(configuration, environmentName, problems);
        var (cors, mapped) = ReadCors(configuration, problems);
        var settings = new ServerSettings(host, port, upstream, logLevel, cors, mapped.Sources, mapped.DefaultedOptions, mapped.OriginsFile)
        {
            MaxRequestBodySize = maxRequestBodySize,
            UpstreamTimeout = upstreamTimeout,
            Explain = explain,
            Dashboard = dashboard,
            EnvironmentName = environmentName,
        };
        return new ServerSettingsResult(settings, problems.AsReadOnly());
    }

    private static (CorsPolicyOptions Options, CorsEnvironmentMappingResult Mapped) ReadCors(IConfiguration configuration, List<ConfigurationProblem> problems)
    {
        var mapped = CorsEnvironmentMapping.Map(configuration);
        problems.AddRange(mapped.Problems);
        var section = new ConfigurationBuilder().AddInMemoryCollection(mapped.Values).Build().GetSection(Section);
        var read = CorsConfigurationReader.ReadPolicy(section);
        problems.AddRange(read.Problems.Select(problem => problem.RenameSettings(mapped.Sources)));
        return (read.Options, mapped);
    }

    private static int ReadPort(IConfiguration configuration, List<ConfigurationProblem> problems)
    {
        var text = configuration[CorsEnvironmentVariables.Port];
        if (text is null)
        {
            return CorsEnvironmentVariables.DefaultPort;
        }

        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port is >= 0 and <= 65535)
        {
            return port;
        }

        problems.Add(ServerProblems.Port.Create(CorsEnvironmentVariables.Port, text));
        return 0;
    }

    private static string ReadHost(IConfiguration configuration, List<ConfigurationProblem> problems)
    {
        var text = configuration[CorsEnvironmentVariables.Host];
        if (text is null)
        {
            return CorsEnvironmentVariables.DefaultHost;
        }

        var host = text.Trim();
        var isName = Uri.CheckHostName(host) is UriHostNameType.Dns or UriHostNameType.IPv4 or UriHostNameType.IPv6;
        if (!isName || host.Contains('*', StringComparison.Ordinal))
        {
            problems.Add(ServerProblems.Host.Create(CorsEnvironmentVariables.Host, text));
        }

        return host;
    }

    private static Uri? ReadUpstream(IConfiguration configuration, List<ConfigurationProblem> problems)
    {
        var text = configuration[CorsEnvironmentVariables.Upstream];
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (Uri.TryCreate(text.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment) && string.IsNullOrEmpty(uri.UserInfo))
        {
            return uri;
        }

        problems.Add(ServerProblems.Upstream.Create(CorsEnvironmentVariables.Upstream, text));
        return null;
    }

    private static long? ReadMaxRequestBodySize(IConfiguration configuration, List<ConfigurationProblem> problems)
    {
        var text = configuration[CorsEnvironmentVariables.MaxRequestBodySize];
        if (text is null)
        {
            return CorsEnvironmentVariables.DefaultMaxRequestBodySize;
        }

        if (text.Trim().Equals("unlimited", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (long.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var bytes))
        {
            return bytes;
        }

        problems.Add(ServerProblems.MaxRequestBodySize.Create(CorsEnvironmentVariables.MaxRequestBodySize, text));
        return CorsEnvironmentVariables.DefaultMaxRequestBodySize;
    }

    private static TimeSpan ReadUpstreamTimeout(IConfiguration configuration, List<ConfigurationProblem> problems)
    {
        var text = configuration[CorsEnvironmentVariables.UpstreamTimeout];
        if (text is null)
        {
            return TimeSpan.FromSeconds(CorsEnvironmentVariables.DefaultUpstreamTimeoutSeconds);
        }

        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds > 0)
        {
            return TimeSpan.FromSeconds(seconds);
        }

        problems.Add(ServerProblems.UpstreamTimeout.Create(CorsEnvironmentVariables.UpstreamTimeout, text));
        return TimeSpan.FromSeconds(CorsEnvironmentVariables.DefaultUpstreamTimeoutSeconds);
    }

    private static bool ReadExplain(IConfiguration configuration, string environmentName, List<ConfigurationProblem> problems)
    {
        var development = environmentName.Equals("Development", StringComparison.OrdinalIgnoreCase);
        var text = configuration[CorsEnvironmentVariables.Explain];
        if (text is null)
        {
            return development;
        }

        switch (text.Trim().ToLowerInvariant())
        {
            case "off" or "false":
                return false;
            case "on" or "true" when development:
                return true;
            case "on" or "true":
                // The header tells any caller what the policy refused: for a developer's machine, not for the internet.
                problems.Add(ServerProblems.ExplainOutsideDevelopment.Create(CorsEnvironmentVariables.Explain, text, detail: environmentName));
                return false;
            default:
                problems.Add(SettingProblems.NotASwitch.Create(CorsEnvironmentVariables.Explain, text));
                return development;
        }
    }

    private static DashboardMode ReadDashboard(IConfiguration configuration, string environmentName, List<ConfigurationProblem> problems)
    {
        var development = environmentName.Equals("Development", StringComparison.OrdinalIgnoreCase);
        var byDefault = development ? DashboardMode.On : DashboardMode.Off;
        var text = configuration[CorsEnvironmentVariables.Dashboard];
        if (text is null)
        {
            return byDefault;
        }

        switch (text.Trim().ToLowerInvariant())
        {
            case "off" or "false":
                return DashboardMode.Off;
            case "on" or "true" when development:
                return DashboardMode.On;
            case "on" or "true":
                // The page lists the origins and paths of recent requests: for a developer's machine unless forced.
                problems.Add(ServerProblems.DashboardOutsideDevelopment.Create(CorsEnvironmentVariables.Dashboard, text, detail: environmentName));
                return DashboardMode.Off;
            case "force":
                return development ? DashboardMode.On : DashboardMode.Forced;
            default:
                problems.Add(ServerProblems.DashboardMode.Create(CorsEnvironmentVariables.Dashboard, text));
                return byDefault;
        }
    }

    private static LogLevel ReadLogLevel(IConfiguration configuration, List<ConfigurationProblem> problems)
    {
        var text = configuration[CorsEnvironmentVariables.LogLevel];
        if (text is null)
        {
            return LogLevel.Information;
        }

        if (Enum.TryParse<LogLevel>(text.Trim(), ignoreCase: true, out var level) && Enum.IsDefined(level) && !int.TryParse(text, CultureInfo.InvariantCulture, out _))
        {
            return level;
        }

        problems.Add(ServerProblems.LogLevel.Create(CorsEnvironmentVariables.LogLevel, text));
        return LogLevel.Information;
    }
}
