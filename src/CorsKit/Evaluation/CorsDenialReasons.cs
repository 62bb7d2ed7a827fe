namespace CorsKit.Evaluation;

/// <summary>
/// The one description of every <see cref="CorsDenialReason"/>: its stable name (metric tag, development header), its
/// event id (logs) and what it means in words. Hosts read this table instead of keeping their own lists, so adding a
/// reason is the enum value and its row here.
/// </summary>
public static class CorsDenialReasons
{
    private static readonly CorsDenialReasonDescription[] Table =
    [
        new(CorsDenialReason.None, "allowed", "the request is allowed"),
        new(CorsDenialReason.MalformedOrigin, "malformed-origin", "the Origin header {0} is not a serialized origin"),
        new(CorsDenialReason.MultipleOrigins, "multiple-origins", "the request has several Origin headers"),
        new(CorsDenialReason.NullOrigin, "null-origin", "the origin is \"null\", which any page can produce"),
        new(CorsDenialReason.OriginNotAllowed, "origin-not-allowed", "the origin {0} is not allowed"),
        new(CorsDenialReason.MalformedMethod, "malformed-method", "Access-Control-Request-Method {0} is not a method a page may send"),
        new(CorsDenialReason.MethodNotAllowed, "method-not-allowed", "the method {0} is not allowed"),
        new(CorsDenialReason.MalformedHeaders, "malformed-headers", "Access-Control-Request-Headers is not a list of header names (at {0})"),
        new(CorsDenialReason.HeadersTooLarge, "headers-too-large", "Access-Control-Request-Headers is larger than any browser sends"),
        new(CorsDenialReason.HeaderNotAllowed, "header-not-allowed", "the request header {0} is not allowed"),
    ];

    /// <summary>Every reason, <see cref="CorsDenialReason.None"/> first, in the order of their values.</summary>
    public static IReadOnlyList<CorsDenialReasonDescription> All => Table;

    /// <summary>The description of <paramref name="reason"/>; a value outside the enum is described as <c>denied</c>.</summary>
    public static CorsDenialReasonDescription Describe(CorsDenialReason reason) =>
        (uint)reason < (uint)Table.Length ? Table[(int)reason] : Unknown;

    private static readonly CorsDenialReasonDescription Unknown = new((CorsDenialReason)(-1), "denied", "the request is refused");
}
