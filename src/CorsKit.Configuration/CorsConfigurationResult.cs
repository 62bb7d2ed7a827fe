using CorsKit.Policy;

namespace CorsKit.Configuration;

/// <summary>Every policy read from a <c>Cors</c> section, with the full key of each, and the problems found while reading.</summary>
public sealed class CorsConfigurationResult
{
    internal CorsConfigurationResult(
        CorsPolicyOptions? defaultPolicy,
        string defaultPath,
        IReadOnlyDictionary<string, CorsPolicyOptions> policies,
        IReadOnlyDictionary<string, string> policyPaths,
        IReadOnlyList<ConfigurationProblem> problems)
    {
        DefaultPolicy = defaultPolicy;
        DefaultPolicyPath = defaultPath;
        Policies = policies;
        PolicyPaths = policyPaths;
        Problems = problems;
    }

    /// <summary>The default policy, or <see langword="null"/> when the section sets no policy key itself.</summary>
    public CorsPolicyOptions? DefaultPolicy { get; }

    /// <summary>The configuration path of the default policy, such as <c>Cors</c>.</summary>
    public string DefaultPolicyPath { get; }

    /// <summary>The named policies under <c>Policies</c>, by name (case-insensitive).</summary>
    public IReadOnlyDictionary<string, CorsPolicyOptions> Policies { get; }

    /// <summary>The configuration path of each named policy, such as <c>Cors:Policies:admin</c>.</summary>
    public IReadOnlyDictionary<string, string> PolicyPaths { get; }

    /// <summary>Values that could not be read, each named by its full key. Engine validation comes on top of these.</summary>
    public IReadOnlyList<ConfigurationProblem> Problems { get; }
}
