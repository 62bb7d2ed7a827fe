namespace CorsKit.Configuration.Environment;

/// <summary>What <see cref="CorsEnvironmentMapping.Map"/> found: the effective <c>Cors</c> section, and where each setting came from.</summary>
internal sealed class CorsEnvironmentMappingResult
{
    internal CorsEnvironmentMappingResult(
        IReadOnlyDictionary<string, string?> values,
        IReadOnlyDictionary<string, string> sources,
        IReadOnlySet<string> defaultedOptions,
        string? originsFile,
        IReadOnlyList<Policy.ConfigurationProblem> problems)
    {
        Values = values;
        Sources = sources;
        DefaultedOptions = defaultedOptions;
        OriginsFile = originsFile;
        Problems = problems;
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

    /// <summary>The path <c>CORS_ORIGINS_FILE</c> names, when it is set.</summary>
    public string? OriginsFile { get; }

    /// <summary>What could not be read: the origins file, or a line of it.</summary>
    public IReadOnlyList<Policy.ConfigurationProblem> Problems { get; }

    /// <summary>
    /// <paramref name="problem"/> as the user wrote the setting: the variable or key it came from, and for an origin
    /// of <c>CORS_ORIGINS_FILE</c>, the file and the line.
    /// </summary>
    public Policy.ConfigurationProblem Describe(Policy.ConfigurationProblem problem) =>
        Environment.OriginsFile.Describe(problem, Sources, OriginsFile);
}
