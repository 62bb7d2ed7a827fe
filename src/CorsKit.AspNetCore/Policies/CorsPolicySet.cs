using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using CorsKit.AspNetCore.Diagnostics;
using CorsKit.Policy;

namespace CorsKit.AspNetCore.Policies;

/// <summary>
/// Every compiled policy of the application at one moment: the default and the named ones. Immutable; a reload
/// publishes a new set, so a request that holds one set sees one consistent configuration.
/// </summary>
public sealed class CorsPolicySet
{
    /// <summary>The name logs and metrics give the default policy.</summary>
    internal const string DefaultPolicyName = "(default)";

    private readonly FrozenDictionary<string, PolicyEntry> _entries;

    internal CorsPolicySet(CorsKitPolicy? defaultPolicy, IDictionary<string, CorsKitPolicy> policies, int generation, DecisionObserver observer)
    {
        DefaultEntry = defaultPolicy is null ? null : new PolicyEntry(DefaultPolicyName, defaultPolicy, observer);
        _entries = policies.ToFrozenDictionary(
            pair => pair.Key,
            pair => new PolicyEntry(pair.Key, pair.Value, observer),
            StringComparer.OrdinalIgnoreCase);
        Policies = _entries.ToFrozenDictionary(pair => pair.Key, pair => pair.Value.Policy, StringComparer.OrdinalIgnoreCase);
        Generation = generation;
    }

    /// <summary>The policy of endpoints that name none, or <see langword="null"/> when there is none (CORS is then off for them).</summary>
    public CorsKitPolicy? DefaultPolicy => DefaultEntry?.Policy;

    /// <summary>The named policies (case-insensitive names).</summary>
    public IReadOnlyDictionary<string, CorsKitPolicy> Policies { get; }

    /// <summary>1 for the set compiled at startup, then one more for every reload that was accepted.</summary>
    public int Generation { get; }

    internal PolicyEntry? DefaultEntry { get; }

    internal bool TryGetEntry(string name, [MaybeNullWhen(false)] out PolicyEntry entry) => _entries.TryGetValue(name, out entry);
}
