using CorsKit.AspNetCore.Configuration;

namespace CorsKit.Server.Configuration;

/// <summary>
/// Turns the server's variables into a <c>Cors</c> configuration section. For each setting the first present source
/// wins: its variable (real environment over <c>.env</c>), the <c>Cors</c> section of <c>appsettings.json</c>, then the
/// seed's default. It also remembers where each setting came from, so messages name what the user actually wrote.
/// </summary>
internal static class CorsVariableMapping
{
    private const string Section = CorsConfigurationKeys.DefaultSection;

    /// <summary>
    /// The effective <c>Cors:*</c> keys; for each engine option the variable or key it came from; and the options left
    /// at the seed's defaults (whose warnings nobody chose to cause).
    /// </summary>
    public static (Dictionary<string, string?> Values, Dictionary<string, string> Sources, HashSet<string> Defaulted) Map(IConfiguration root)
    {
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

        Take(CorsConfigurationKeys.Origins, ServerVariables.Origins, ServerVariables.BaseUrl, ServerVariables.DefaultOrigins);
        Take(CorsConfigurationKeys.Methods, ServerVariables.Methods, defaultValue: ServerVariables.DefaultMethods);
        Take(CorsConfigurationKeys.Headers, ServerVariables.Headers, defaultValue: ServerVariables.DefaultHeaders);
        Take(CorsConfigurationKeys.Credentials, ServerVariables.Credentials, defaultValue: ServerVariables.DefaultCredentials);
        Take(CorsConfigurationKeys.ExposeHeaders, ServerVariables.ExposeHeaders);
        Take(CorsConfigurationKeys.MaxAge, ServerVariables.MaxAge);
        Take(CorsConfigurationKeys.AllowInsecureOrigins, ServerVariables.AllowInsecureOrigins);
        Take(CorsConfigurationKeys.PreflightStatus, ServerVariables.PreflightStatus);

        // Every key under Cors:, so a full path from the reader (Cors:MaxAge) finds its source too.
        foreach (var (option, source) in sources.ToList())
        {
            sources[$"{Section}:{option}"] = source;
        }

        return (values, sources, defaulted);
    }
}
