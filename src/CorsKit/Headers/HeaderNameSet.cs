using System.Collections.Frozen;

namespace CorsKit.Headers;

/// <summary>The configured request header names, looked up case-insensitively without allocating.</summary>
internal sealed class HeaderNameSet
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _names;

    public HeaderNameSet(IEnumerable<string> names, bool wildcard)
    {
        _names = names.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        HasWildcard = wildcard;
    }

    /// <summary>True when <c>*</c> was configured: every name except <c>Authorization</c> is allowed.</summary>
    public bool HasWildcard { get; }

    /// <summary>
    /// True when <paramref name="name"/> may be sent. <c>*</c> never covers <c>Authorization</c>, exactly as browsers
    /// read <c>Access-Control-Allow-Headers: *</c> (Fetch "CORS non-wildcard request-header name").
    /// </summary>
    public bool Allows(ReadOnlySpan<char> name) =>
        _names.Contains(name) || (HasWildcard && !name.Equals("authorization", StringComparison.OrdinalIgnoreCase));
}
