using CorsKit.Policy.Problems;

namespace CorsKit.Policy;

/// <summary>Collects every error and warning of one compilation, so none hides another.</summary>
internal sealed class ProblemCollector
{
    public List<ConfigurationProblem> Errors { get; } = [];

    public List<ConfigurationProblem> Warnings { get; } = [];

    public void Error(ProblemTemplate problem, string setting, string? value, string? detail = null, string? expected = null) =>
        Errors.Add(new(problem, setting, value, detail, expected));

    public void Warning(ProblemTemplate problem, string setting, string? value, string? detail = null, string? expected = null) =>
        Warnings.Add(new(problem, setting, value, detail, expected));
}
