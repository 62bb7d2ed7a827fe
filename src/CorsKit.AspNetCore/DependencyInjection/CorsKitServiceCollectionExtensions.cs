using CorsKit.AspNetCore.Configuration;
using CorsKit.AspNetCore.DependencyInjection;
using CorsKit.AspNetCore.Dashboard;
using CorsKit.AspNetCore.Diagnostics;
using CorsKit.AspNetCore.Middleware;
using CorsKit.AspNetCore.Endpoints;
using CorsKit.AspNetCore.Policies;
using CorsKit.AspNetCore.Tenants;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers CorsKit's services.</summary>
public static class CorsKitServiceCollectionExtensions
{
    /// <summary>Registers CorsKit with policies configured in code by <paramref name="configure"/>.</summary>
    /// <example>
    /// <code>
    /// builder.Services.AddCorsKit(options => options
    ///     .AddDefaultPolicy(policy => policy.WithOrigins("https://app.example.com"))
    ///     .AddPolicy("admin", policy => policy.WithOrigins("https://admin.example.com").AllowCredentials()));
    /// </code>
    /// </example>
    public static CorsKitBuilder AddCorsKit(this IServiceCollection services, Action<CorsKitOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        var binding = FindOrAddBinding(services);
        services.AddOptions<CorsKitOptions>();
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.AddMetrics();
        services.TryAddSingleton(provider => new CorsKitMetrics(provider.GetRequiredService<System.Diagnostics.Metrics.IMeterFactory>()));
        services.TryAddSingleton(_ => new DecisionJournal());
        services.TryAddSingleton(provider => new DecisionObserver(
            provider.GetRequiredService<CorsKitMetrics>(),
            provider.GetRequiredService<ILogger<CorsKitMiddleware>>(),
            provider.GetRequiredService<DecisionJournal>()));
        services.TryAddSingleton(provider => new TenantPolicyStore(provider.GetRequiredService<DecisionObserver>()));
        services.TryAddSingleton<ITenantPolicyStore>(provider => provider.GetRequiredService<TenantPolicyStore>());
        services.TryAddSingleton(provider => new CorsPolicyRegistry(
            new CorsPolicySetSource(
                provider.GetRequiredService<IOptions<CorsKitOptions>>().Value,
                binding.ResolveSection?.Invoke(provider),
                provider.GetRequiredService<DecisionObserver>()),
            () => provider.GetService<EndpointDataSource>()?.Endpoints ?? [],
            provider.GetRequiredService<ILogger<CorsPolicyRegistry>>())
        {
            Tenants = provider.GetService<TenantSettings>() is { } tenants
                ? new TenantResolution(tenants.Selector, provider.GetRequiredService<TenantPolicyStore>(), tenants.Unknown)
                : null,
        });
        services.TryAddEnumerable(ServiceDescriptor.Transient<IStartupFilter, CorsKitStartupFilter>());
        services.TryAddEnumerable(ServiceDescriptor.Transient<IApplicationModelProvider, CorsKitApplicationModelProvider>());
        return new CorsKitBuilder(services, binding);
    }

    /// <summary>
    /// Registers CorsKit with policies read from the configuration section at <paramref name="sectionPath"/>
    /// (<c>Cors</c>: the default policy; <c>Cors:Policies:&lt;name&gt;</c>: named policies), following its changes.
    /// </summary>
    public static CorsKitBuilder AddCorsKit(this IServiceCollection services, string sectionPath, Action<CorsKitOptions>? configure = null) =>
        services.AddCorsKit(configure).BindConfiguration(sectionPath);

    /// <summary>Registers CorsKit with policies read from <paramref name="section"/>, following its changes.</summary>
    public static CorsKitBuilder AddCorsKit(this IServiceCollection services, IConfigurationSection section, Action<CorsKitOptions>? configure = null) =>
        services.AddCorsKit(configure).BindConfiguration(section);

    private static CorsKitConfigurationBinding FindOrAddBinding(IServiceCollection services)
    {
        foreach (var descriptor in services)
        {
            if (descriptor.ServiceType == typeof(CorsKitConfigurationBinding) && descriptor.ImplementationInstance is CorsKitConfigurationBinding existing)
            {
                return existing;
            }
        }

        var binding = new CorsKitConfigurationBinding();
        services.AddSingleton(binding);
        return binding;
    }
}
