namespace CorsKit.Policy;

/// <summary>Collects every error and warning of one compilation, so none hides another.</summary>
internal sealed class ProblemCollector
{
    public List<ConfigurationProblem> Errors { get; } = [];

    public List<ConfigurationProblem> Warnings { get; } = [];

    public void Error(ConfigurationProblemTemplate problem, string setting, string? value, string? detail = null, string? expected = null) =>
        Errors.Add(problem.Create(setting, value, detail, expected));

    public void Warning(ConfigurationProblemTemplate problem, string setting, string? value, string? detail = null, string? expected = null) =>
        Warnings.Add(problem.Create(setting, value, detail, expected));
}
