using System.Reflection;
using System.Text;
using CorsKit.AspNetCore.Dashboard;
using CorsKit.Configuration.Environment;
using CorsKit.Configuration.Settings;
using CorsKit.Policy;

namespace CorsKit.Server.Startup;

/// <summary>The one block the server prints when it starts: where it listens, the policy in force, and each risk.</summary>
internal static class StartupReport
{
    /// <param name="settings">The settings in force.</param>
    /// <param name="policy">The policy compiled from them.</param>
    /// <param name="warnings">The warnings, named as the user wrote the settings.</param>
    /// <param name="urls">Where the server listens.</param>
    /// <param name="folder">The folder the configuration files were looked for in.</param>
    /// <param name="files">The files found there and read, in the order they were read.</param>
    public static string Describe(ServerSettings settings, CorsKitPolicy policy, IReadOnlyList<ConfigurationProblem> warnings, ICollection<string> urls, string folder, IReadOnlyList<string> files)
    {
        var text = new StringBuilder();
        text.AppendLine(FormattableString.Invariant($"CorsKit.Server {Version} listening on {string.Join(", ", urls)}"));

        // A file in the wrong folder is ignored without a word otherwise: say where the server looked.
        Line(text, "config", files.Count == 0
            ? $"no appsettings.json or .env in {folder}: variables and defaults only"
            : $"{string.Join(", ", files)} in {folder}, then the variables");
        Line(text, "mode", settings.Upstream is { } upstream ? FormattableString.Invariant($"gateway to {upstream} (own route: /healthz; upstream timeout {settings.UpstreamTimeout.TotalSeconds} s)") : "server (routes: /, /healthz, /echo)");
        Line(text, "explain", settings.Explain
            ? $"on: refusals named in the X-CorsKit-Denial header and logged ({settings.EnvironmentName})"
            : $"off: set {CorsEnvironmentVariables.Explain}=on in Development to name refusals in a header and the log");
        Line(text, "dashboard", settings.Dashboard switch
        {
            DashboardMode.On => $"{urls.FirstOrDefault()}{CorsKitDashboardOptions.DefaultPath} (browsers on this machine only)",
            DashboardMode.Forced => $"{urls.FirstOrDefault()}{CorsKitDashboardOptions.DefaultPath} (forced outside {settings.EnvironmentName}: it shows request origins and paths to browsers on this machine)",
            _ => $"off: set {CorsEnvironmentVariables.Dashboard}=on in Development to see each decision live",
        });
        Line(text, "body limit", settings.MaxRequestBodySize is { } limit ? FormattableString.Invariant($"{limit:N0} bytes (larger requests get 413)") : "unlimited");

        foreach (var (label, value) in CorsSettings.Report(policy))
        {
            Line(text, label, value);
        }

        foreach (var warning in warnings)
        {
            text.AppendLine(FormattableString.Invariant($"warning: {warning}"));
        }

        return text.ToString();
    }

    // The version the build took from the git tags (MinVer).
    private static string Version { get; } =
        typeof(StartupReport).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "(unversioned)";

    private static void Line(StringBuilder text, string name, string value) =>
        text.AppendLine(FormattableString.Invariant($"  {name + ":",-19}{value}"));
}
