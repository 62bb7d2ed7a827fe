using CorsKit.Configuration;
using CorsKit.Policy;
using Microsoft.Extensions.Configuration;

namespace CorsKit.Cli.Lint;

/// <summary>
/// Reads the <c>Cors</c> section of an <c>appsettings.json</c> with the reader the ASP.NET Core middleware uses, so an
/// unknown key or an unreadable value is an error here exactly when it stops the application from starting.
/// </summary>
internal static class JsonConfigurationReader
{
    private static readonly IReadOnlySet<string> NothingDefaulted = new HashSet<string>();

    /// <summary>Reads <paramref name="path"/>. Throws <see cref="FileNotFoundException"/> or <see cref="InvalidDataException"/>.</summary>
    public static ConfigurationFile Read(string path)
    {
        var configuration = new ConfigurationBuilder().AddJsonFile(Path.GetFullPath(path), optional: false, reloadOnChange: false).Build();
        var section = configuration.GetSection(CorsConfigurationKeys.DefaultSection);
        if (!section.Exists())
        {
            var noSection = new ConfigurationProblem(ConfigurationProblemKind.Other, CorsConfigurationKeys.DefaultSection, null,
                "The file has no Cors section, so the server uses its defaults (or its environment variables).",
                "Add a \"Cors\": { \"Origins\": [...] } section to configure CORS here.");
            return new ConfigurationFile(path, [], [], [noSection]);
        }

        var read = CorsConfigurationReader.ReadPolicies(section);
        var policies = new List<PolicySource>();
        if (read.DefaultPolicy is { } defaultPolicy)
        {
            policies.Add(Source("default", defaultPolicy, read.DefaultPolicyPath));
        }

        policies.AddRange(read.Policies.Select(named => Source(named.Key, named.Value, read.PolicyPaths[named.Key])));
        return new ConfigurationFile(path, policies, read.Problems, []);
    }

    private static PolicySource Source(string name, CorsPolicyOptions options, string path) =>
        new(name, options, problems => CorsConfigurationReader.AtPath(problems, path), NothingDefaulted);
}
