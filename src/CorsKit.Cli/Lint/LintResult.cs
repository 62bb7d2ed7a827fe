using CorsKit.Policy;

namespace CorsKit.Cli.Lint;

/// <summary>The verdict on one policy, with every problem named as the user wrote the setting.</summary>
/// <param name="Policy">The policy's name and where it is configured, such as <c>admin (Cors:Policies:admin)</c>; <see langword="null"/> for a host with one policy.</param>
/// <param name="Errors">Problems that stop the host from starting.</param>
/// <param name="Warnings">Risky or useless choices the host starts with.</param>
/// <param name="Allows">What the policy allows, one line per setting, when it compiled.</param>
internal sealed record LintResult(
    string? Policy,
    IReadOnlyList<ConfigurationProblem> Errors,
    IReadOnlyList<ConfigurationProblem> Warnings,
    IReadOnlyList<(string Label, string Value)> Allows);
