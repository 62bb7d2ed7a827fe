namespace CorsKit.Configuration.Environment;

/// <summary>What <see cref="CorsEnvironmentMapping.Map"/> found: the effective <c>Cors</c> section, and where each setting came from.</summary>
internal sealed class CorsEnvironmentMappingResult
{
    internal CorsEnvironmentMappingResult(
        IReadOnlyDictionary<string, string?> values,
        IReadOnlyDictionary<string, string> sources,
        IReadOnlySet<string> defaultedOptions)
    {
        Values = values;
        Sources = sources;
        DefaultedOptions = defaultedOptions;
    }

    /// <summary>The effective <c>Cors:*</c> keys and values (case-insensitive), ready for an in-memory configuration.</summary>
    public IReadOnlyDictionary<string, string?> Values { get; }

    /// <summary>
    /// For each option (<c>Origins</c>) and its full key (<c>Cors:Origins</c>), the variable or configuration key it came
    /// from (<c>CORS_ORIGINS</c>, <c>BASE_URL</c>, <c>Cors:Origins</c>); for a defaulted option, its variable. Pass it to
    /// <see cref="Policy.ConfigurationProblem.RenameSettings"/> to name problems as the user wrote them.
    /// </summary>
    public IReadOnlyDictionary<string, string> Sources { get; }

    /// <summary>
    /// The options left at their defaults. Warnings about them are nobody's choice, so hosts usually leave them out.
    /// </summary>
    public IReadOnlySet<string> DefaultedOptions { get; }
}
