namespace CorsKit.Policy;

/// <summary>
/// The wording of one rule's problems: the kind, and the reason and fix every problem of the rule reads, with the
/// problem's fields written as <c>{value}</c>, <c>{detail}</c> and <c>{expected}</c>, and other settings as
/// <c>{Credentials}</c> (any <see cref="CorsPolicyOptions"/> property).
/// </summary>
/// <remarks>
/// A rule that finds a problem passes only the fields (<see cref="Create"/>); its sentences are written once, in the
/// template, and every host that words problems its own way has the same fields to work from. CorsKit's own rules
/// and hosts use templates alike.
/// </remarks>
/// <param name="kind">What is wrong.</param>
/// <param name="reason">Why the value is wrong, in one sentence that follows the value.</param>
/// <param name="fix">What to write instead, as a sentence of its own.</param>
public sealed class ConfigurationProblemTemplate(ConfigurationProblemKind kind, string reason, string fix)
{
    /// <summary>What is wrong.</summary>
    public ConfigurationProblemKind Kind { get; } = kind;

    /// <summary>The reason, with its placeholders.</summary>
    public string Reason { get; } = reason;

    /// <summary>The fix, with its placeholders.</summary>
    public string Fix { get; } = fix;

    /// <summary>One problem of this rule.</summary>
    /// <param name="setting">The setting, by its option name or the host's key.</param>
    /// <param name="value">The offending value as it was given, or <see langword="null"/> when the problem is a missing value.</param>
    /// <param name="detail">The part of the value the reason points at, read as <c>{detail}</c>.</param>
    /// <param name="expected">What to write instead, read as <c>{expected}</c>.</param>
    public ConfigurationProblem Create(string setting, string? value, string? detail = null, string? expected = null) =>
        new(Kind, setting, value, Reason, Fix) { Detail = detail, Expected = expected };
}
