namespace CorsKit.AspNetCore.Tenants;

/// <summary>What <c>AddTenantPolicies</c> was given: how to find a request's tenant, and what an unknown one gets.</summary>
internal sealed record TenantSettings(TenantSelector Selector, UnknownTenant Unknown);
