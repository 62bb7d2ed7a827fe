namespace CorsKit.AspNetCore.Tenants;

/// <summary>How the middleware finds a request's tenant policy: registered by <c>AddTenantPolicies</c>.</summary>
internal sealed record TenantResolution(TenantSelector Selector, TenantPolicyStore Store, UnknownTenant Unknown);
