namespace CorsKit.Writes;

/// <summary>How hosts name, explain and fix one <see cref="WriteDenialReason"/> (see <see cref="WriteDenialReasons"/>).</summary>
/// <param name="Reason">The reason.</param>
/// <param name="Name">Its stable kebab-case name, such as <c>cross-site</c>: a constant, so tagging a metric with it allocates nothing.</param>
/// <param name="Explanation">What it means, as a clause that quotes nothing from the request (hosts show it to anyone).</param>
/// <param name="Fix">What the application's owner can do, in words that fit every host.</param>
public sealed record WriteDenialReasonDescription(WriteDenialReason Reason, string Name, string Explanation, string Fix)
{
    /// <summary>The event id of <see cref="WriteDenialReason.None"/>; each reason's is this plus its value, a range of its own beside the CORS reasons' ids.</summary>
    public const int FirstEventId = 50;

    /// <summary>The event id of logs about this reason.</summary>
    public int EventId => FirstEventId + (int)Reason;
}
