namespace CorsKit.Policy;

/// <summary>Collects every error and warning of one compilation, so none hides another.</summary>
internal sealed class ProblemCollector
{
    public List<ConfigurationProblem> Errors { get; } = [];

    public List<ConfigurationProblem> Warnings { get; } = [];

    public void Error(string setting, string? value, string reason, string fix) => Errors.Add(new(setting, value, reason, fix));

    public void Warning(string setting, string? value, string reason, string fix) => Warnings.Add(new(setting, value, reason, fix));
}
