namespace CorsKit.Writes;

/// <summary>
/// The one description of every <see cref="WriteDenialReason"/>: its stable name (metric tag, problem body), its event
/// id, what it means and how to fix it. Hosts read this table instead of keeping their own lists.
/// </summary>
public static class WriteDenialReasons
{
    private const string AllowWriter =
        "If this origin should write, allow it in the CORS origins, or add it to the trusted write origins if it must not read.";

    private static readonly WriteDenialReasonDescription[] Table =
    [
        new(WriteDenialReason.None, "allowed", "the write is allowed", "Nothing to fix."),
        new(WriteDenialReason.CrossSite, "cross-site", "the browser says the request comes from another site, whose origin may neither read nor write here", AllowWriter),
        new(WriteDenialReason.SameSite, "same-site", "the browser says the request comes from another origin of the same site, which may neither read nor write here, and same-site writes are not allowed",
            "Allow that origin in the CORS origins, add it to the trusted write origins, or allow same-site writes if every subdomain of the site is yours."),
        new(WriteDenialReason.UnknownFetchSite, "unknown-fetch-site", "Sec-Fetch-Site has a value no browser sends", "Send one of same-origin, same-site, cross-site or none, or no Sec-Fetch-Site at all from a client that is not a browser."),
        new(WriteDenialReason.NullOrigin, "null-origin", "the origin is \"null\", which any page can produce (a sandboxed iframe, a data: URL)", "Post from a page with a real origin, and allow that origin."),
        new(WriteDenialReason.MultipleOrigins, "multiple-origins", "the request has several Origin headers", "Send one Origin header."),
        new(WriteDenialReason.MalformedOrigin, "malformed-origin", "the Origin header is not a serialized origin", "Send the origin as browsers do: scheme://host[:port], lower case, no path."),
        new(WriteDenialReason.ForeignOrigin, "foreign-origin",
            "without Sec-Fetch-Site, the origin is neither this server's own nor one that may read or write here",
            AllowWriter + " Behind a reverse proxy, apply its X-Forwarded-Proto and X-Forwarded-Host (UseForwardedHeaders) so the server knows its public origin."),
    ];

    /// <summary>Every reason, <see cref="WriteDenialReason.None"/> first, in the order of their values.</summary>
    public static IReadOnlyList<WriteDenialReasonDescription> All => Table;

    /// <summary>The description of <paramref name="reason"/>; a value outside the enum is described as <c>write-refused</c>.</summary>
    public static WriteDenialReasonDescription Describe(WriteDenialReason reason) =>
        (uint)reason < (uint)Table.Length ? Table[(int)reason] : Unknown;

    private static readonly WriteDenialReasonDescription Unknown = new((WriteDenialReason)(-1), "write-refused", "the write is refused", AllowWriter);
}
