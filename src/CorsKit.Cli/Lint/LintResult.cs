using CorsKit.Policy;

namespace CorsKit.Cli.Lint;

/// <summary>The verdict on one policy of one file, with every problem under the file's own key.</summary>
/// <param name="File">The file.</param>
/// <param name="Policy">The policy name.</param>
/// <param name="Errors">Problems that make the server refuse to start.</param>
/// <param name="Warnings">Risky or useless choices.</param>
/// <param name="Summary">What the policy allows, when it compiled.</param>
internal sealed record LintResult(string File, string Policy, IReadOnlyList<ConfigurationProblem> Errors, IReadOnlyList<ConfigurationProblem> Warnings, string? Summary);
