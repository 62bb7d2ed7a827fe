using System.Text;
using CorsKit.Configuration.Environment;
using CorsKit.Policy;

namespace CorsKit.Server.Startup;

/// <summary>The one block the server prints when it starts: where it listens, the policy in force, and each risk.</summary>
internal static class StartupReport
{
    public static string Describe(ServerSettings settings, CorsKitPolicy policy, IReadOnlyList<ConfigurationProblem> warnings, ICollection<string> urls)
    {
        var text = new StringBuilder();
        text.AppendLine(FormattableString.Invariant($"CorsKit.Server listening on {string.Join(", ", urls)}"));
        Line(text, "mode", settings.Upstream is { } upstream ? $"gateway to {upstream} (own route: /healthz)" : "server (routes: /, /healthz, /echo)");
        Line(text, "origins", string.Join(", ", policy.Origins));
        Line(text, "methods", policy.Methods.Count == 0 ? "GET, HEAD, POST only" : string.Join(", ", policy.Methods) + " (GET, HEAD, POST always)");
        Line(text, "headers", policy.Headers.Count == 0 ? "(none beyond the safelisted)" : string.Join(", ", policy.Headers));
        Line(text, "credentials", policy.AllowsCredentials ? "allowed" : "not allowed");
        Line(text, "expose headers", policy.ExposeHeaders.Count == 0 ? "(none)" : string.Join(", ", policy.ExposeHeaders));
        Line(text, "preflight max age", policy.MaxAge is { } maxAge ? FormattableString.Invariant($"{maxAge.TotalSeconds} s") : "(browser default: 5 s)");
        Line(text, "writes", DescribeWrites(policy.WriteProtection));
        foreach (var warning in warnings)
        {
            text.AppendLine(FormattableString.Invariant($"warning: {warning}"));
        }

        return text.ToString();
    }

    // Who may send a POST, PUT, DELETE (any method but GET, HEAD, OPTIONS, QUERY) that reaches the routes.
    private static string DescribeWrites(Writes.WriteProtection writes)
    {
        if (!writes.IsEnabled)
        {
            return $"not protected ({CorsEnvironmentVariables.WriteProtection}=off): any website's form can post here with your users' cookies";
        }

        if (!writes.RestrictsWrites)
        {
            return "not restricted: every origin may read, so every origin may write";
        }

        var who = "protected: same-origin requests and the origins above may write";
        if (writes.TrustedOrigins.Count > 0)
        {
            who += $", and {string.Join(", ", writes.TrustedOrigins)}";
        }

        return writes.AllowsSameSite ? who + ", and any origin of the same site" : who;
    }

    private static void Line(StringBuilder text, string name, string value) =>
        text.AppendLine(FormattableString.Invariant($"  {name + ":",-19}{value}"));
}
