namespace CorsKit.Policy;

/// <summary>Collects every error and warning of one compilation, so none hides another.</summary>
internal sealed class ProblemCollector
{
    public List<ConfigurationProblem> Errors { get; } = [];

    public List<ConfigurationProblem> Warnings { get; } = [];

    public void Error(ConfigurationProblemKind kind, string setting, string? value, string reason, string fix) => Errors.Add(new(kind, setting, value, reason, fix));

    public void Warning(ConfigurationProblemKind kind, string setting, string? value, string reason, string fix) => Warnings.Add(new(kind, setting, value, reason, fix));
}
