using CorsKit.Policy;
using Microsoft.Extensions.Configuration;

namespace CorsKit.Cli.Lint;

/// <summary>
/// Reads the <c>Cors</c> section of an <c>appsettings.json</c>: the default policy's keys directly under <c>Cors</c>,
/// named policies under <c>Cors:Policies:&lt;name&gt;</c>. Lists are JSON arrays or comma-separated strings.
/// This is the CLI's own copy of the mapping until the ASP.NET Core package's binder can be shared.
/// </summary>
internal static class JsonConfigurationReader
{
    /// <summary>The section name.</summary>
    public const string SectionName = "Cors";

    private static readonly string[] PolicyKeys =
        ["Origins", "Methods", "Headers", "Credentials", "ExposeHeaders", "MaxAge", "PreflightStatus", "AllowInsecureOrigins"];

    /// <summary>Reads <paramref name="path"/>. Throws <see cref="FileNotFoundException"/> or <see cref="InvalidDataException"/>.</summary>
    public static ConfigurationFile Read(string path)
    {
        var configuration = new ConfigurationBuilder().AddJsonFile(Path.GetFullPath(path), optional: false, reloadOnChange: false).Build();
        var section = configuration.GetSection(SectionName);
        var errors = new List<ConfigurationProblem>();
        var warnings = new List<ConfigurationProblem>();
        var policies = new List<PolicySource>();
        if (!section.Exists())
        {
            warnings.Add(new ConfigurationProblem(SectionName, null, "The file has no Cors section, so the server uses its defaults (or its environment variables).", "Add a \"Cors\": { \"Origins\": [...] } section to configure CORS here."));
            return new ConfigurationFile(path, policies, errors, warnings);
        }

        var policiesSection = section.GetSection("Policies");
        var hasDefault = section.GetChildren().Any(child => PolicyKeys.Contains(child.Key, StringComparer.OrdinalIgnoreCase)) || !policiesSection.Exists();
        if (hasDefault)
        {
            policies.Add(ReadPolicy("default", section, $"{SectionName}:", errors, warnings, allowPolicies: true));
        }

        foreach (var named in policiesSection.GetChildren())
        {
            policies.Add(ReadPolicy(named.Key, named, $"{SectionName}:Policies:{named.Key}:", errors, warnings, allowPolicies: false));
        }

        return new ConfigurationFile(path, policies, errors, warnings);
    }

    private static PolicySource ReadPolicy(string name, IConfigurationSection section, string prefix, List<ConfigurationProblem> errors, List<ConfigurationProblem> warnings, bool allowPolicies)
    {
        var options = new CorsPolicyOptions();
        AddList(options.Origins, section.GetSection("Origins"));
        AddList(options.Methods, section.GetSection("Methods"));
        AddList(options.Headers, section.GetSection("Headers"));
        AddList(options.ExposeHeaders, section.GetSection("ExposeHeaders"));
        options.Credentials = SettingValues.Boolean(prefix + "Credentials", section["Credentials"], errors) ?? false;
        options.AllowInsecureOrigins = SettingValues.Boolean(prefix + "AllowInsecureOrigins", section["AllowInsecureOrigins"], errors) ?? false;
        options.MaxAge = SettingValues.Seconds(prefix + "MaxAge", section["MaxAge"], errors);
        options.PreflightStatus = SettingValues.Integer(prefix + "PreflightStatus", section["PreflightStatus"], errors, "204 or 200") ?? options.PreflightStatus;
        foreach (var child in section.GetChildren())
        {
            var known = PolicyKeys.Contains(child.Key, StringComparer.OrdinalIgnoreCase) || (allowPolicies && child.Key.Equals("Policies", StringComparison.OrdinalIgnoreCase));
            if (!known)
            {
                warnings.Add(new ConfigurationProblem(prefix + child.Key, child.Value, "Unknown key: it is ignored.", $"Use one of {string.Join(", ", PolicyKeys)}, or remove it."));
            }
        }

        return new PolicySource(name, options, setting => prefix + setting);
    }

    private static void AddList(IList<string> target, IConfigurationSection section)
    {
        var items = section.GetChildren().ToList();
        var values = items.Count > 0 ? items.Select(item => item.Value ?? "") : SettingValues.SplitList(section.Value);
        foreach (var value in values)
        {
            target.Add(value.Trim());
        }
    }
}
