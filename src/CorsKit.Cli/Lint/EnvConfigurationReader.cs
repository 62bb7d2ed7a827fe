using CorsKit.Policy;

namespace CorsKit.Cli.Lint;

/// <summary>
/// Maps the server's environment variables (from a <c>.env</c> file) to a policy, with the server's defaults.
/// This is the CLI's own copy of the mapping until the server's can be shared; keep the two in step.
/// </summary>
internal static class EnvConfigurationReader
{
    /// <summary>The origins when neither CORS_ORIGINS nor BASE_URL is set: any local development server.</summary>
    public const string DefaultOrigins = "http://localhost:*,http://127.0.0.1:*,http://[::1]:*";

    /// <summary>The default methods.</summary>
    public const string DefaultMethods = "GET,POST,DELETE";

    /// <summary>The default request headers.</summary>
    public const string DefaultHeaders = "Content-Type,Authorization";

    private static readonly Dictionary<string, string> KeyBySetting = new(StringComparer.Ordinal)
    {
        [nameof(CorsPolicyOptions.Origins)] = "CORS_ORIGINS",
        [nameof(CorsPolicyOptions.Methods)] = "CORS_METHODS",
        [nameof(CorsPolicyOptions.Headers)] = "CORS_HEADERS",
        [nameof(CorsPolicyOptions.Credentials)] = "CORS_CREDENTIALS",
        [nameof(CorsPolicyOptions.ExposeHeaders)] = "CORS_EXPOSE_HEADERS",
        [nameof(CorsPolicyOptions.MaxAge)] = "CORS_MAX_AGE",
        [nameof(CorsPolicyOptions.AllowInsecureOrigins)] = "CORS_ALLOW_INSECURE_ORIGINS",
    };

    private static readonly HashSet<string> KnownVariables = new(StringComparer.Ordinal)
    {
        "CORS_ORIGINS", "CORS_METHODS", "CORS_HEADERS", "CORS_CREDENTIALS", "CORS_EXPOSE_HEADERS", "CORS_MAX_AGE",
        "CORS_ALLOW_INSECURE_ORIGINS", "BASE_URL", "PORT", "HOST", "UPSTREAM",
    };

    /// <summary>Reads <paramref name="path"/>. Throws <see cref="FileNotFoundException"/> when it does not exist.</summary>
    public static ConfigurationFile Read(string path)
    {
        var (variables, badLines) = EnvFileParser.Parse(File.ReadAllLines(path));
        var errors = new List<ConfigurationProblem>();
        var warnings = badLines.Select(line => new ConfigurationProblem(".env", null, $"Ignored {line}.", "Write one KEY=value per line; start comments with #.")).ToList();
        var originsFromBaseUrl = !variables.ContainsKey("CORS_ORIGINS") && variables.ContainsKey("BASE_URL");
        var options = new CorsPolicyOptions();
        AddList(options.Origins, variables.GetValueOrDefault("CORS_ORIGINS") ?? variables.GetValueOrDefault("BASE_URL") ?? DefaultOrigins);
        AddList(options.Methods, variables.GetValueOrDefault("CORS_METHODS") ?? DefaultMethods);
        AddList(options.Headers, variables.GetValueOrDefault("CORS_HEADERS") ?? DefaultHeaders);
        AddList(options.ExposeHeaders, variables.GetValueOrDefault("CORS_EXPOSE_HEADERS"));
        options.Credentials = SettingValues.Boolean("CORS_CREDENTIALS", variables.GetValueOrDefault("CORS_CREDENTIALS"), errors) ?? true;
        options.AllowInsecureOrigins = SettingValues.Boolean("CORS_ALLOW_INSECURE_ORIGINS", variables.GetValueOrDefault("CORS_ALLOW_INSECURE_ORIGINS"), errors) ?? false;
        options.MaxAge = SettingValues.Seconds("CORS_MAX_AGE", variables.GetValueOrDefault("CORS_MAX_AGE"), errors);
        CheckServerVariables(variables, errors);
        foreach (var name in variables.Keys.Where(name => name.StartsWith("CORS_", StringComparison.Ordinal) && !KnownVariables.Contains(name)))
        {
            warnings.Add(new ConfigurationProblem(name, variables[name], "Unknown CORS variable: the server ignores it.", $"Use one of {string.Join(", ", KnownVariables.Where(k => k.StartsWith("CORS_", StringComparison.Ordinal)))}."));
        }

        string KeyFor(string setting) =>
            setting == nameof(CorsPolicyOptions.Origins) && originsFromBaseUrl ? "BASE_URL" : KeyBySetting.GetValueOrDefault(setting, setting);

        return new ConfigurationFile(path, [new PolicySource("default", options, KeyFor)], errors, warnings);
    }

    private static void CheckServerVariables(Dictionary<string, string> variables, List<ConfigurationProblem> errors)
    {
        if (variables.TryGetValue("PORT", out var port)
            && (!int.TryParse(port, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) || number > 65535))
        {
            errors.Add(new ConfigurationProblem("PORT", port, "Not a TCP port.", "Write PORT as a number from 0 to 65535, such as 4000."));
        }

        if (variables.TryGetValue("HOST", out var host) && (host.Length == 0 || host.Contains('/', StringComparison.Ordinal) || host.Contains(' ', StringComparison.Ordinal)))
        {
            errors.Add(new ConfigurationProblem("HOST", host, "Not a host name or IP address to listen on.", "Write HOST as a name or address only, such as 0.0.0.0 or localhost."));
        }

        if (variables.TryGetValue("UPSTREAM", out var upstream)
            && (!Uri.TryCreate(upstream, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps)))
        {
            errors.Add(new ConfigurationProblem("UPSTREAM", upstream, "Not an absolute http or https URL.", "Write UPSTREAM as the URL to forward to, such as http://localhost:8080."));
        }
    }

    private static void AddList(IList<string> target, string? value)
    {
        foreach (var item in SettingValues.SplitList(value))
        {
            target.Add(item);
        }
    }
}
