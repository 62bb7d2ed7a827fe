using System.Globalization;

namespace CorsKit.Evaluation;

/// <summary>How hosts name and explain one <see cref="CorsDenialReason"/> (see <see cref="CorsDenialReasons"/>).</summary>
/// <param name="Reason">The reason.</param>
/// <param name="Name">Its stable kebab-case name, such as <c>origin-not-allowed</c>: a constant, so tagging a metric with it allocates nothing.</param>
/// <param name="Explanation">What it means, as a clause; <c>{0}</c> stands for the refused value where the reason has one.</param>
public sealed record CorsDenialReasonDescription(CorsDenialReason Reason, string Name, string Explanation)
{
    /// <summary>The event id of logs about this reason: the reason's value, so the two never drift apart.</summary>
    public int EventId => (int)Reason;

    /// <summary>The explanation with <paramref name="deniedValue"/> (a decision's <see cref="CorsDecision.DeniedValue"/>) in place.</summary>
    public string Explain(ReadOnlySpan<char> deniedValue) =>
        string.Format(CultureInfo.InvariantCulture, Explanation, deniedValue.ToString());
}
