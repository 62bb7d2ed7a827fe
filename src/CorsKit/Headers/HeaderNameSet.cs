using System.Collections.Frozen;
using CorsKit.Fetch;

namespace CorsKit.Headers;

/// <summary>The configured request header names, looked up case-insensitively without allocating.</summary>
internal sealed class HeaderNameSet
{
    // Browsers send Access-Control-Request-Headers lowercased (Fetch "CORS-unsafe request-header names"), so an
    // ordinal lookup of the lowercased names answers nearly every request; it compares bytes instead of folding case,
    // which made the case-insensitive lookup the largest cost of an allowed preflight. The case-insensitive set remains
    // for any other client.
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lowercaseNames;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _names;
    private readonly KnownRequestHeaderValues _knownValues;

    public HeaderNameSet(IEnumerable<string> names, bool wildcard)
    {
        var list = names.ToList();
        var lowercase = list.Select(name => name.ToLowerInvariant()).ToArray();
        _lowercaseNames = lowercase.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _names = list.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
        _knownValues = KnownRequestHeaderValues.For(lowercase, wildcard);
        HasWildcard = wildcard;
    }

    /// <summary>True when <c>*</c> was configured: every name except <c>Authorization</c> is allowed.</summary>
    public bool HasWildcard { get; }

    /// <summary>
    /// True when <paramref name="name"/> may be sent. <c>*</c> never covers <c>Authorization</c>, exactly as browsers
    /// read <c>Access-Control-Allow-Headers: *</c> (Fetch "CORS non-wildcard request-header name").
    /// </summary>
    public bool Allows(ReadOnlySpan<char> name) =>
        (HasWildcard && !FetchRequestHeaders.IsNonWildcardName(name))
        || _lowercaseNames.Contains(name)
        || _names.Contains(name);

    /// <summary>
    /// True when the whole <c>Access-Control-Request-Headers</c> <paramref name="value"/> is one precomputed to be
    /// allowed (see <see cref="KnownRequestHeaderValues"/>); false says nothing, and the value must be read name by name.
    /// </summary>
    public bool AllowsWholeValue(string value) => _knownValues.Contains(value);
}
