using System.Collections.Frozen;
using CorsKit.Policy;

namespace CorsKit.AspNetCore.Policies;

/// <summary>
/// Every compiled policy of the application at one moment: the default and the named ones. Immutable; a reload
/// publishes a new set, so a request that holds one set sees one consistent configuration.
/// </summary>
public sealed class CorsPolicySet
{
    internal CorsPolicySet(CorsPolicy? defaultPolicy, IDictionary<string, CorsPolicy> policies, int generation)
    {
        DefaultPolicy = defaultPolicy;
        Policies = policies.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        Generation = generation;
    }

    /// <summary>The policy of endpoints that name none, or <see langword="null"/> when there is none (CORS is then off for them).</summary>
    public CorsPolicy? DefaultPolicy { get; }

    /// <summary>The named policies (case-insensitive names).</summary>
    public IReadOnlyDictionary<string, CorsPolicy> Policies { get; }

    /// <summary>1 for the set compiled at startup, then one more for every reload that was accepted.</summary>
    public int Generation { get; }
}
