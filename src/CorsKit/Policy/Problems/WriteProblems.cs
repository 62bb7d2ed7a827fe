using static CorsKit.Policy.ConfigurationProblemKind;

namespace CorsKit.Policy.Problems;

/// <summary>
/// What can be wrong with the write-protection settings: <see cref="CorsPolicyOptions.ProtectWrites"/>,
/// <see cref="CorsPolicyOptions.TrustedWriteOrigins"/> and <see cref="CorsPolicyOptions.AllowSameSiteWrites"/>.
/// </summary>
internal static class WriteProblems
{
    public static readonly ConfigurationProblemTemplate AnyWriter = new(MisplacedWildcard,
        "would let every website write with your users' cookies, which is the forgery write protection stops.",
        "List the origins that may write, or set {ProtectWrites} to false if nothing here acts on cookies.");

    public static readonly ConfigurationProblemTemplate PatternWriter = new(NotOneOrigin,
        "is a pattern; a trusted writer is one origin, such as the payment provider that posts back.",
        "List each origin that may write, or allow the pattern to read in {Origins}.");

    public static readonly ConfigurationProblemTemplate InsecureWriter = new(InsecureOrigin,
        "is plain http: anyone on the network path can impersonate it and write with your users' cookies.",
        OriginProblems.InsecureWithCredentials.Fix);

    public static readonly ConfigurationProblemTemplate InsecureWriterAllowed = new(InsecureOrigin,
        "is plain http: anyone on the network path can forge its requests (allowed by {AllowInsecureOrigins}).",
        "Use the writer's https:// origin.");

    public static readonly ConfigurationProblemTemplate WritersUnprotected = new(NoEffect,
        "has no effect while {ProtectWrites} is off, except on endpoints that require write protection.",
        "Set {ProtectWrites} to true, or remove the list.");

    public static readonly ConfigurationProblemTemplate SameSiteUnprotected = new(NoEffect,
        WritersUnprotected.Reason, "Set {ProtectWrites} to true, or remove it.");

    public static readonly ConfigurationProblemTemplate AnyOriginWrites = new(NoEffect,
        "restricts no writer: {Origins} is \"*\", and every origin that may read may write (endpoints that disable CORS or require write protection are still protected).",
        "List the origins of your frontends in {Origins} to protect writes, or set {ProtectWrites} to false.");
}
