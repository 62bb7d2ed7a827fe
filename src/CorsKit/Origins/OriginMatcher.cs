using System.Collections.Frozen;

namespace CorsKit.Origins;

/// <summary>
/// Decides whether a request's origin is one of the configured origins. Exact origins are one lookup of the whole
/// header value (<see cref="ExactOriginSet"/>). Patterns are grouped by host, so a request costs one lookup for its
/// host plus one per parent domain (a.b.example.com: b.example.com, example.com, com): the cost follows the length of
/// the request's host, never the number of configured origins.
/// </summary>
internal sealed class OriginMatcher
{
    private readonly ExactOriginSet _exactOrigins;

    // One exact origin is the commonest configuration: one string comparison answers it, without the
    // set's key and slot arithmetic.
    private readonly string? _onlyExactOrigin;
    private readonly FrozenDictionary<string, OriginPattern[]>.AlternateLookup<ReadOnlySpan<char>> _patternsByHost;

    public OriginMatcher(IReadOnlyList<OriginPattern> all)
    {
        _exactOrigins = new ExactOriginSet(all.Where(p => p.IsExact).Select(p => p.ToString()).ToArray());
        _onlyExactOrigin = _exactOrigins.Count == 1 ? all.First(p => p.IsExact).ToString() : null;
        var byHost = all.Where(p => !p.IsExact)
            .GroupBy(p => p.Host, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _patternsByHost = byHost.GetAlternateLookup<ReadOnlySpan<char>>();
        HasPatterns = byHost.Count > 0;
    }

    /// <summary>True when some subdomain or any-port pattern is configured.</summary>
    public bool HasPatterns { get; }

    /// <summary>True when the exact set holds <paramref name="origin"/> byte for byte: the fast path for most requests.</summary>
    public bool MatchesExactly(string origin) =>
        _onlyExactOrigin is not null ? string.Equals(origin, _onlyExactOrigin, StringComparison.Ordinal) : _exactOrigins.Contains(origin);

    /// <summary>True when a subdomain or any-port pattern accepts the parsed origin.</summary>
    public bool MatchesPattern(in RequestOrigin origin)
    {
        if (!HasPatterns)
        {
            return false;
        }

        // The host itself: any-port patterns (a subdomain pattern never matches its own apex).
        if (AnyMatches(origin.Host, origin, subdomainPatterns: false))
        {
            return true;
        }

        // Every parent domain: subdomain patterns, at any depth.
        var host = origin.Host;
        for (var dot = host.IndexOf('.'); dot >= 0; dot = host.IndexOf('.'))
        {
            host = host[(dot + 1)..];
            if (AnyMatches(host, origin, subdomainPatterns: true))
            {
                return true;
            }
        }

        return false;
    }

    private bool AnyMatches(ReadOnlySpan<char> host, in RequestOrigin origin, bool subdomainPatterns)
    {
        if (!_patternsByHost.TryGetValue(host, out var candidates))
        {
            return false;
        }

        // A handful of entries at most (one per scheme and port written for this host).
        foreach (var pattern in candidates)
        {
            if (pattern.AnySubdomain == subdomainPatterns
                && origin.Scheme.SequenceEqual(pattern.Scheme)
                && (pattern.AnyPort || pattern.Port == origin.Port))
            {
                return true;
            }
        }

        return false;
    }
}
