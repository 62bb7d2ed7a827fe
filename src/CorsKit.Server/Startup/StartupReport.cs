using System.Reflection;
using System.Text;
using CorsKit.Configuration.Environment;
using CorsKit.Configuration.Settings;
using CorsKit.Policy;

namespace CorsKit.Server.Startup;

/// <summary>The one block the server prints when it starts: where it listens, the policy in force, and each risk.</summary>
internal static class StartupReport
{
    public static string Describe(ServerSettings settings, CorsKitPolicy policy, IReadOnlyList<ConfigurationProblem> warnings, ICollection<string> urls)
    {
        var text = new StringBuilder();
        text.AppendLine(FormattableString.Invariant($"CorsKit.Server {Version} listening on {string.Join(", ", urls)}"));
        Line(text, "mode", settings.Upstream is { } upstream ? FormattableString.Invariant($"gateway to {upstream} (own route: /healthz; upstream timeout {settings.UpstreamTimeout.TotalSeconds} s)") : "server (routes: /, /healthz, /echo)");
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
