using CorsKit.Policy;

namespace CorsKit.Configuration;

/// <summary>One policy read from configuration: the options, and every value that could not be read.</summary>
public sealed class CorsPolicyConfigurationResult
{
    internal CorsPolicyConfigurationResult(CorsPolicyOptions options, IReadOnlyList<ConfigurationProblem> problems)
    {
        Options = options;
        Problems = problems;
    }

    /// <summary>The options read; values that could not be parsed are left at their defaults.</summary>
    public CorsPolicyOptions Options { get; }

    /// <summary>Values that could not be read (not a boolean, not a number, unknown key), each named by its full key.</summary>
    public IReadOnlyList<ConfigurationProblem> Problems { get; }
}
