using Microsoft.Extensions.Configuration;

namespace CorsKit.Configuration.Tests.Environment;

/// <summary>A configuration built from key/value pairs, as the environment, .env and appsettings.json would give it.</summary>
internal static class Variables
{
    public static IConfiguration Of(params (string Key, string Value)[] pairs) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(pairs.Select(pair => new KeyValuePair<string, string?>(pair.Key, pair.Value)))
            .Build();
}
