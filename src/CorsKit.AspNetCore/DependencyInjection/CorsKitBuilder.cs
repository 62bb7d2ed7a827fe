using CorsKit.AspNetCore.Configuration;
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

    /// <summary>Turns development mode on: refused requests carry <c>X-CorsKit-Denial: &lt;reason&gt;</c>. Refused in Production.</summary>
    public CorsKitBuilder IncludeDenialReasonHeader()
    {
        Services.Configure<CorsKitOptions>(options => options.IncludeDenialReasonHeader = true);
        return this;
    }
}
