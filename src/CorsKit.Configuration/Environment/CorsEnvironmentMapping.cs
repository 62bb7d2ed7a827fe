using CorsKit.Configuration.Settings;
using CorsKit.Policy;
using Microsoft.Extensions.Configuration;

namespace CorsKit.Configuration.Environment;

/// <summary>
/// Turns the CorsKit server's variables into a <c>Cors</c> configuration section. For each setting the first present
/// source wins: its variable (for origins, then <c>BASE_URL</c>), the <c>Cors</c> section of the configuration (such as
/// <c>appsettings.json</c>), then the default. It also remembers where each setting came from, so messages name
/// what the user actually wrote.
/// </summary>
internal static class CorsEnvironmentMapping
{
    private const string Section = CorsConfigurationKeys.DefaultSection;

    /// <summary>Maps <paramref name="root"/>, a configuration holding the variables at its top level.</summary>
    /// <param name="root">The configuration.</param>
    /// <param name="readOriginsFile">
    /// Whether to read <c>CORS_ORIGINS_FILE</c> into the origins; false only to learn where settings came from.
    /// </param>
    public static CorsEnvironmentMappingResult Map(IConfiguration root, bool readOriginsFile = true)
    {
        ArgumentNullException.ThrowIfNull(root);
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        var defaulted = new HashSet<string>(StringComparer.Ordinal);

        void Take(string option, string variable, string? fallbackVariable = null, string? defaultValue = null)
        {
            var chosen = new[] { variable, fallbackVariable }.FirstOrDefault(name => name is not null && root[name] is not null);
            var section = root.GetSection(Section).GetSection(option);
            if (chosen is not null)
            {
                values[$"{Section}:{option}"] = root[chosen];
                sources[option] = chosen;
            }
            else if (section.Exists())
            {
                foreach (var (key, value) in section.AsEnumerable().Where(pair => pair.Value is not null))
                {
                    values[key] = value;
                }

                sources[option] = section.Path;
            }
            else
            {
                if (defaultValue is not null)
                {
                    values[$"{Section}:{option}"] = defaultValue;
                    defaulted.Add(option);
                }

                sources[option] = variable;
            }
        }

        foreach (var setting in CorsSettings.All)
        {
            // BASE_URL is the single-frontend spelling of CORS_ORIGINS, read when that is unset.
            var fallback = setting.Key == CorsConfigurationKeys.Origins ? CorsEnvironmentVariables.BaseUrl : null;
            Take(setting.Key, setting.Variable, fallback, setting.ServerDefault);
        }

        // A key the server does not know (a typo such as Orgins, or named Policies, which the server does not use) is
        // passed through, so the reader reports it instead of the server ignoring it silently.
        foreach (var unknown in root.GetSection(Section).GetChildren().Where(child => CorsSettings.Find(child.Key) is null))
        {
            foreach (var (key, value) in unknown.AsEnumerable().Where(pair => pair.Value is not null))
            {
                values[key] = value;
            }
        }

        // The file's origins join those of the other sources, and replace the default ones.
        var problems = new List<ConfigurationProblem>();
        var originsFile = root[CorsEnvironmentVariables.OriginsFile] is { Length: > 0 } path ? path : null;
        if (originsFile is not null)
        {
            var key = $"{Section}:{CorsConfigurationKeys.Origins}";
            if (defaulted.Remove(CorsConfigurationKeys.Origins))
            {
                values.Remove(key);
                sources[CorsConfigurationKeys.Origins] = CorsEnvironmentVariables.OriginsFile;
            }

            if (readOriginsFile)
            {
                var joined = string.Join(',', OriginsFile.Read(originsFile, problems));
                values[key] = values.TryGetValue(key, out var existing) && !string.IsNullOrEmpty(existing) ? $"{existing},{joined}" : joined;
            }
        }

        // Every key under Cors:, so a full path from the reader (Cors:MaxAge) finds its source too.
        foreach (var (option, source) in sources.ToList())
        {
            sources[$"{Section}:{option}"] = source;
        }

        return new CorsEnvironmentMappingResult(values.AsReadOnly(), sources.AsReadOnly(), defaulted, originsFile, problems.AsReadOnly());
    }
}
