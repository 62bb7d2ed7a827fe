using Microsoft.Extensions.Configuration;

namespace CorsKit.AspNetCore.DependencyInjection;

/// <summary>Where the policies bound from configuration come from; unset when everything is configured in code.</summary>
internal sealed class CorsKitConfigurationBinding
{
    public Func<IServiceProvider, IConfigurationSection>? ResolveSection { get; set; }
}
