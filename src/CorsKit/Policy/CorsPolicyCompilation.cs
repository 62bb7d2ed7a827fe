namespace CorsKit.Policy;

/// <summary>The outcome of validating options: the policy when there is no error, and every error and warning found.</summary>
public sealed class CorsPolicyCompilation
{
    internal CorsPolicyCompilation(CorsKitPolicy? policy, IReadOnlyList<ConfigurationProblem> errors, IReadOnlyList<ConfigurationProblem> warnings)
    {
        Policy = policy;
        Errors = errors;
        Warnings = warnings;
    }

    /// <summary>The compiled policy, or <see langword="null"/> when <see cref="Errors"/> is not empty.</summary>
    public CorsKitPolicy? Policy { get; }

    /// <summary>Problems that make the configuration unusable; each must be fixed.</summary>
    public IReadOnlyList<ConfigurationProblem> Errors { get; }

    /// <summary>Choices that work but are risky or have no effect; worth reading, not fatal.</summary>
    public IReadOnlyList<ConfigurationProblem> Warnings { get; }

    /// <summary>True when the configuration compiled.</summary>
    public bool Succeeded => Policy is not null;
}
