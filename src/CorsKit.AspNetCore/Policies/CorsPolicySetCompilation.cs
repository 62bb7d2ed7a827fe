using CorsKit.Policy;

namespace CorsKit.AspNetCore.Policies;

/// <summary>The outcome of compiling every policy: the set when nothing is wrong, and all errors and warnings.</summary>
internal sealed record CorsPolicySetCompilation(
    CorsPolicySet? Set,
    IReadOnlyList<ConfigurationProblem> Errors,
    IReadOnlyList<ConfigurationProblem> Warnings);
