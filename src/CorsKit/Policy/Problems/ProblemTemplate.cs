namespace CorsKit.Policy.Problems;

/// <summary>
/// The wording of one rule's problem: its kind, and the reason and fix every problem of the rule reads, with the
/// problem's fields as <c>{value}</c>, <c>{detail}</c> and <c>{expected}</c>, and other settings as <c>{Credentials}</c>.
/// </summary>
/// <remarks>
/// The rules that find problems pass only the fields; the sentences live in the catalogs beside this type, so each is
/// written once and a host that words problems its own way has the same fields to work from.
/// </remarks>
internal sealed class ProblemTemplate(ConfigurationProblemKind kind, string reason, string fix)
{
    public ConfigurationProblemKind Kind { get; } = kind;

    public string Reason { get; } = reason;

    public string Fix { get; } = fix;
}
