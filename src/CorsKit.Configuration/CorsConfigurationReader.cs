using CorsKit.Configuration.Settings;
using CorsKit.Policy;
using Microsoft.Extensions.Configuration;

namespace CorsKit.Configuration;

/// <summary>
/// Reads CORS policies from configuration by hand: lists may be JSON arrays or comma-separated strings (so environment
/// variables work), <c>MaxAge</c> is whole seconds, and every unreadable value is reported under its full key. The
/// ASP.NET Core integration, the server and the CLI's <c>lint</c> all read configuration through here.
/// </summary>
public static class CorsConfigurationReader
{
    /// <summary>Reads one policy from <paramref name="section"/> (for example <c>Cors:Policies:admin</c>).</summary>
    public static CorsPolicyConfigurationResult ReadPolicy(IConfigurationSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var options = new CorsPolicyOptions();
        var problems = new List<ConfigurationProblem>();
        ReadInto(section, options, problems);
        return new CorsPolicyConfigurationResult(options, problems.AsReadOnly());
    }

    /// <summary>
    /// Reads a <c>Cors</c> section: its own keys are the default policy, <c>Policies:&lt;name&gt;</c> the named policies.
    /// </summary>
    public static CorsConfigurationResult ReadPolicies(IConfigurationSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        var problems = new List<ConfigurationProblem>();
        CorsPolicyOptions? defaultPolicy = null;
        if (section.GetChildren().Any(child => !IsKey(child, CorsConfigurationKeys.Policies)))
        {
            defaultPolicy = new CorsPolicyOptions();
            ReadInto(section, defaultPolicy, problems, allowPoliciesChild: true);
        }

        var policies = new Dictionary<string, CorsPolicyOptions>(StringComparer.OrdinalIgnoreCase);
        var paths = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var policySection in section.GetSection(CorsConfigurationKeys.Policies).GetChildren())
        {
            var options = new CorsPolicyOptions();
            ReadInto(policySection, options, problems);
            policies[policySection.Key] = options;
            paths[policySection.Key] = policySection.Path;
        }

        return new CorsConfigurationResult(defaultPolicy, section.Path, policies.AsReadOnly(), paths.AsReadOnly(), problems.AsReadOnly());
    }

    /// <summary>
    /// Renames the engine's problems (<c>Origins</c>, <c>MaxAge</c>, ...) to full configuration keys under
    /// <paramref name="path"/>, such as <c>Cors:Policies:admin:Origins</c>.
    /// </summary>
    public static IReadOnlyList<ConfigurationProblem> AtPath(IEnumerable<ConfigurationProblem> problems, string path)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return problems.Select(problem => problem.WithSetting(ConfigurationPath.Combine(path, problem.Setting))).ToList().AsReadOnly();
    }

    private static void ReadInto(IConfigurationSection section, CorsPolicyOptions options, List<ConfigurationProblem> problems, bool allowPoliciesChild = false)
    {
        foreach (var child in section.GetChildren())
        {
            if (CorsSettings.Find(child.Key) is { } setting)
            {
                setting.ReadInto(options, child, problems);
            }
            else if (IsKey(child, CorsConfigurationKeys.Policies))
            {
                if (!allowPoliciesChild)
                {
                    // The CorsKit server and a named policy read one policy: named policies here are ignored.
                    problems.Add(SettingProblems.NamedPoliciesIgnored.Create(child.Path, child.Value, expected: section.Path));
                }
            }
            else
            {
                var keys = string.Join(", ", CorsSettings.All.Select(known => known.Key));
                problems.Add(SettingProblems.UnknownKey.Create(child.Path, child.Value,
                    expected: allowPoliciesChild ? keys + ", or Policies:<name> for a named policy" : keys));
            }
        }
    }

    private static bool IsKey(IConfigurationSection section, string key) =>
        string.Equals(section.Key, key, StringComparison.OrdinalIgnoreCase);
}
