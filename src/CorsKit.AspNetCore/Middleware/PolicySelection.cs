using CorsKit.AspNetCore.Endpoints;
using CorsKit.AspNetCore.Policies;
using CorsKit.AspNetCore.Tenants;
using ICorsMetadata = Microsoft.AspNetCore.Cors.Infrastructure.ICorsMetadata;
using Microsoft.AspNetCore.Http;

namespace CorsKit.AspNetCore.Middleware;

/// <summary>The policy that applies to one request, chosen from the endpoint's metadata and one policy set.</summary>
internal readonly struct PolicySelection
{
    private PolicySelection(PolicySelectionKind kind, PolicyEntry? entry, string name)
    {
        Kind = kind;
        Entry = entry;
        Name = name;
    }

    public PolicySelectionKind Kind { get; }

    /// <summary>The policy when <see cref="Kind"/> is <see cref="PolicySelectionKind.Policy"/>.</summary>
    public PolicyEntry? Entry { get; }

    /// <summary>The policy's name, or the name the endpoint asked for when it is missing.</summary>
    public string Name { get; }

    // The last CorsKit metadata wins, so an action's attribute overrides its controller's and an endpoint's convention
    // overrides its group's. A policy named by the endpoint wins over the tenant's: an endpoint such as a public
    // status page can be the same for every tenant.
    public static PolicySelection Select(Endpoint? endpoint, CorsPolicySet set, HttpContext? context = null, TenantResolution? tenants = null)
    {
        var metadata = endpoint?.Metadata.GetMetadata<ICorsKitMetadata>();
        if (metadata is null && endpoint?.Metadata.GetMetadata<ICorsMetadata>() is not null)
        {
            // Microsoft's CORS metadata ([EnableCors], [DisableCors], RequireCors) and none of ours: Microsoft's
            // middleware owns this endpoint, and two CORS implementations must not both answer one request.
            return new(PolicySelectionKind.Foreign, null, string.Empty);
        }

        if (metadata is IDisableCorsKitMetadata)
        {
            return new(PolicySelectionKind.Disabled, null, string.Empty);
        }

        if (metadata is ICorsKitPolicyMetadata { PolicyName: { } name })
        {
            return set.TryGetEntry(name, out var named)
                ? new(PolicySelectionKind.Policy, named, named.Name)
                : new(PolicySelectionKind.Missing, null, name);
        }

        if (tenants is not null && context is not null)
        {
            if (tenants.Selector.TrySelect(context, out var tenant) && tenants.Store.TryGetEntry(tenant, out var tenantEntry))
            {
                return new(PolicySelectionKind.Policy, tenantEntry, tenantEntry.Name);
            }

            if (tenants.Unknown == UnknownTenant.Refuse || set.DefaultEntry is null)
            {
                return new(PolicySelectionKind.UnknownTenant, null, TenantPolicyStore.PolicyName);
            }
        }

        return set.DefaultEntry is { } entry
            ? new(PolicySelectionKind.Policy, entry, entry.Name)
            : new(PolicySelectionKind.None, null, CorsPolicySet.DefaultPolicyName);
    }
}
