using CorsKit.AspNetCore.Configuration;
using CorsKit.AspNetCore.Tenants;
using CorsKit.Configuration;
using CorsKit.Policy;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CorsKit.AspNetCore.DependencyInjection;

/// <summary>Configures CorsKit after <c>services.AddCorsKit()</c>: policies in code, binding to configuration.</summary>
public sealed class CorsKitBuilder
{
    private readonly CorsKitConfigurationBinding _binding;

    internal CorsKitBuilder(IServiceCollection services, CorsKitConfigurationBinding binding)
    {
        Services = services;
        _binding = binding;
    }

    /// <summary>The application's services.</summary>
    public IServiceCollection Services { get; }

    /// <summary>Sets the default policy in code.</summary>
    public CorsKitBuilder AddDefaultPolicy(Action<CorsKitPolicyBuilder> configure)
    {
        Services.Configure<CorsKitOptions>(options => options.AddDefaultPolicy(configure));
        return this;
    }

    /// <summary>Adds a named policy in code.</summary>
    public CorsKitBuilder AddPolicy(string name, Action<CorsKitPolicyBuilder> configure)
    {
        Services.Configure<CorsKitOptions>(options => options.AddPolicy(name, configure));
        return this;
    }

    /// <summary>
    /// Reads policies from the application's configuration at <paramref name="sectionPath"/> (<c>Cors</c> by default)
    /// and follows its changes. Configured policies replace code policies of the same name.
    /// </summary>
    public CorsKitBuilder BindConfiguration(string sectionPath = CorsConfigurationKeys.DefaultSection)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sectionPath);
        _binding.ResolveSection = services => services.GetRequiredService<IConfiguration>().GetSection(sectionPath);
        return this;
    }

    /// <summary>Reads policies from <paramref name="section"/> and follows its changes.</summary>
    public CorsKitBuilder BindConfiguration(IConfigurationSection section)
    {
        ArgumentNullException.ThrowIfNull(section);
        _binding.ResolveSection = _ => section;
        return this;
    }

    /// <summary>
    /// Applies a policy per tenant: <paramref name="selector"/> tells each request's tenant, and the tenant's policy
    /// comes from the <see cref="TenantPolicyStore"/> (a service: fill it in code, or from a database with
    /// <c>AddSqliteTenantPolicies</c>). An endpoint that names a policy keeps it; a request whose tenant has no policy
    /// is answered as <paramref name="unknown"/> says.
    /// </summary>
    /// <example>
    /// <code>
    /// builder.Services.AddCorsKit().AddTenantPolicies(TenantSelector.ByHost());
    /// var app = builder.Build();
    /// app.Services.GetRequiredService&lt;TenantPolicyStore&gt;()
    ///     .SetPolicy("tenant1.myapp.com", new CorsPolicyOptions { Origins = { "https://app.tenant1.com" } });
    /// </code>
    /// </example>
    public CorsKitBuilder AddTenantPolicies(TenantSelector selector, UnknownTenant unknown = UnknownTenant.Refuse)
    {
        ArgumentNullException.ThrowIfNull(selector);
        if (!Enum.IsDefined(unknown))
        {
            throw new ArgumentOutOfRangeException(nameof(unknown), unknown, "Use UnknownTenant.Refuse or UnknownTenant.UseDefaultPolicy.");
        }

        Services.AddSingleton(new TenantSettings(selector, unknown));
        return this;
    }

    /// <summary>Turns development mode on: refused requests carry <c>X-CorsKit-Denial: &lt;reason&gt;</c>. Refused in Production.</summary>
    public CorsKitBuilder IncludeDenialReasonHeader()
    {
        Services.Configure<CorsKitOptions>(options => options.IncludeDenialReasonHeader = true);
        return this;
    }
}
