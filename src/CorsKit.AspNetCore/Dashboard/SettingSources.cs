using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Configuration.EnvironmentVariables;

namespace CorsKit.AspNetCore.Dashboard;

/// <summary>Where each configured value the page shows came from: a file, the environment, or another provider.</summary>
internal static class SettingSources
{
    /// <summary>Each key under <paramref name="prefixes"/> that has a value, with its value and its source, sorted by key.</summary>
    public static IEnumerable<(string Key, string Value, string Source)> Describe(IConfiguration configuration, IEnumerable<string> prefixes)
    {
        var wanted = prefixes.ToList();
        var providers = configuration is IConfigurationRoot root ? root.Providers.Reverse().ToList() : [];
        return configuration.AsEnumerable()
            .Where(pair => pair.Value is not null && wanted.Exists(prefix => pair.Key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(pair => pair.Key, StringComparer.OrdinalIgnoreCase)
            .Select(pair => (pair.Key, pair.Value!, Name(providers.Find(provider => provider.TryGet(pair.Key, out _)))));
    }

    // The last provider that has a key is the one whose value is in force.
    private static string Name(IConfigurationProvider? provider) => provider switch
    {
        null => "unknown",
        FileConfigurationProvider file => Path.GetFileName(file.Source.Path) ?? "a file",
        EnvironmentVariablesConfigurationProvider => "environment variable",
        _ when provider.GetType().Name.Contains("CommandLine", StringComparison.Ordinal) => "command line",
        _ when provider.GetType().Name.Contains("Memory", StringComparison.Ordinal) => "code",
        _ => provider.GetType().Name.Replace("ConfigurationProvider", string.Empty, StringComparison.Ordinal),
    };
}
