using Microsoft.Extensions.Configuration;

namespace CorsKit.AspNetCore.Tests.Infrastructure;

/// <summary>An in-memory configuration whose values a test replaces, signalling a reload like an edited appsettings.json.</summary>
internal sealed class ReloadableConfigurationSource : IConfigurationSource
{
    public ReloadableConfigurationProvider Provider { get; } = new();

    public IConfigurationProvider Build(IConfigurationBuilder builder) => Provider;
}

internal sealed class ReloadableConfigurationProvider : ConfigurationProvider
{
    public void Replace(IDictionary<string, string?> values)
    {
        Data = new Dictionary<string, string?>(values, StringComparer.OrdinalIgnoreCase);
        OnReload();
    }
}
