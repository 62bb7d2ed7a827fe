using System.Collections.Concurrent;
using System.Diagnostics.CodeAnalysis;
using CorsKit.AspNetCore.Diagnostics;
using CorsKit.AspNetCore.Policies;
using CorsKit.Policy;

namespace CorsKit.AspNetCore.Tenants;

/// <summary>
/// The tenants' compiled policies in memory, keyed by tenant without case. Each tenant's policy is one immutable object
/// replaced by a single reference write, so a request sees a tenant's old policy or its new one, never a mix, and a
/// change to one tenant compiles that tenant alone. Compiling happens in the caller of <see cref="SetPolicy(string, CorsPolicyOptions)"/>,
/// off the request path; a lookup is one hash of the tenant key and allocates nothing.
/// </summary>
public sealed class TenantPolicyStore : ITenantPolicyStore
{
    /// <summary>
    /// The policy name tenants' decisions are counted and logged under: one name for every tenant, so that a metric's
    /// tags stay few with a hundred thousand tenants.
    /// </summary>
    public const string PolicyName = "(tenant)";

    private readonly ConcurrentDictionary<string, PolicyEntry> _entries = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, PolicyEntry>.AlternateLookup<ReadOnlySpan<char>> _bySpan;
    private readonly DecisionObserver _observer;

    internal TenantPolicyStore(DecisionObserver observer)
    {
        _observer = observer;
        _bySpan = _entries.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <inheritdoc/>
    public IReadOnlyCollection<string> Tenants => [.. _entries.Keys];

    /// <summary>How many tenants have a policy.</summary>
    public int Count => _entries.Count;

    /// <inheritdoc/>
    public CorsPolicyCompilation SetPolicy(string tenant, CorsPolicyOptions options)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenant);
        var compilation = CorsKitPolicy.TryCompile(options);
        if (compilation.Policy is { } policy)
        {
            SetPolicy(tenant, policy);
        }

        return compilation;
    }

    /// <inheritdoc/>
    public void SetPolicy(string tenant, CorsKitPolicy policy)
    {
        ArgumentException.ThrowIfNullOrEmpty(tenant);
        ArgumentNullException.ThrowIfNull(policy);
        _entries[tenant] = new PolicyEntry(PolicyName, policy, _observer);
    }

    /// <inheritdoc/>
    public bool RemovePolicy(string tenant)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        return _entries.TryRemove(tenant, out _);
    }

    /// <inheritdoc/>
    public bool TryGetPolicy(string tenant, [NotNullWhen(true)] out CorsKitPolicy? policy)
    {
        ArgumentNullException.ThrowIfNull(tenant);
        policy = _entries.TryGetValue(tenant, out var entry) ? entry.Policy : null;
        return policy is not null;
    }

    /// <summary>The policy <paramref name="tenant"/> has now, looked up without allocating, as the middleware does.</summary>
    public bool TryGetPolicy(ReadOnlySpan<char> tenant, [NotNullWhen(true)] out CorsKitPolicy? policy)
    {
        policy = TryGetEntry(tenant, out var entry) ? entry.Policy : null;
        return policy is not null;
    }

    internal bool TryGetEntry(ReadOnlySpan<char> tenant, [MaybeNullWhen(false)] out PolicyEntry entry) =>
        _bySpan.TryGetValue(tenant, out entry);
}
