using System.Diagnostics.CodeAnalysis;
using CorsKit.Policy;

namespace CorsKit.AspNetCore.Tenants;

/// <summary>
/// The policies of every tenant, changed one tenant at a time while requests run. A database source (the SQLite one
/// CorsKit ships, or one over PostgreSQL's <c>LISTEN/NOTIFY</c> or SQL Server's change tracking) writes its changes
/// here; the middleware reads from it.
/// </summary>
public interface ITenantPolicyStore
{
    /// <summary>The tenants that have a policy.</summary>
    IReadOnlyCollection<string> Tenants { get; }

    /// <summary>
    /// Compiles <paramref name="options"/> and, when they are valid, makes them <paramref name="tenant"/>'s policy at
    /// once, adding or replacing it. Invalid options change nothing: the tenant keeps its previous policy (or stays
    /// unknown), and the compilation says why.
    /// </summary>
    CorsPolicyCompilation SetPolicy(string tenant, CorsPolicyOptions options);

    /// <summary>Makes <paramref name="policy"/> <paramref name="tenant"/>'s policy at once, adding or replacing it.</summary>
    void SetPolicy(string tenant, CorsKitPolicy policy);

    /// <summary>Removes <paramref name="tenant"/>'s policy; its requests are then an unknown tenant's.</summary>
    /// <returns>True when the tenant had a policy.</returns>
    bool RemovePolicy(string tenant);

    /// <summary>The policy <paramref name="tenant"/> has now.</summary>
    bool TryGetPolicy(string tenant, [NotNullWhen(true)] out CorsKitPolicy? policy);
}
