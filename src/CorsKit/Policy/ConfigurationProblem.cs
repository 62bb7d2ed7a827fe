namespace CorsKit.Policy;

/// <summary>
/// One thing wrong (or risky) in a CORS configuration: which setting, which value, why, and how to fix it.
/// </summary>
/// <param name="Setting">The setting, by its option name (<c>Origins</c>, <c>Methods</c>, ...); hosts rename it to their own key.</param>
/// <param name="Value">The offending value as it was given, or <see langword="null"/> when the problem is a missing value.</param>
/// <param name="Reason">Why the value is wrong, in one sentence.</param>
/// <param name="Fix">What to write instead.</param>
public sealed record ConfigurationProblem(string Setting, string? Value, string Reason, string Fix)
{
    /// <summary>The same problem reported under another setting name, such as <c>CORS_ORIGINS</c> or <c>Cors:Origins</c>.</summary>
    public ConfigurationProblem WithSetting(string setting) => this with { Setting = setting };

    /// <summary>One line: setting, value, reason and fix.</summary>
    public override string ToString() =>
        Value is null ? $"{Setting}: {Reason} Fix: {Fix}" : $"{Setting}: \"{Value}\": {Reason} Fix: {Fix}";
}
