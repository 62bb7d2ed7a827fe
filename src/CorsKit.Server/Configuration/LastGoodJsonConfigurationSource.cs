using Microsoft.Extensions.Configuration.Json;

namespace CorsKit.Server.Configuration;

/// <summary>
/// <c>appsettings.json</c> that keeps its last good content when an edit breaks it. The framework's provider empties
/// itself on a failed reload, which would silently drop the CORS section and put the defaults in force; a half-saved
/// file must leave the previous configuration in force instead.
/// </summary>
internal sealed class LastGoodJsonConfigurationSource : JsonConfigurationSource
{
    public override IConfigurationProvider Build(IConfigurationBuilder builder)
    {
        EnsureDefaults(builder);
        return new Provider(this);
    }

    /// <summary>Replaces the host's JSON files with this kind, keeping their paths and options.</summary>
    public static void ReplaceIn(IConfigurationManager configuration)
    {
        var sources = configuration.Sources;
        for (var i = 0; i < sources.Count; i++)
        {
            if (sources[i] is JsonConfigurationSource json and not LastGoodJsonConfigurationSource)
            {
                sources[i] = new LastGoodJsonConfigurationSource
                {
                    Path = json.Path ?? "appsettings.json",
                    Optional = json.Optional,
                    ReloadOnChange = json.ReloadOnChange,
                    FileProvider = json.FileProvider,
                };
            }
        }
    }

    private sealed class Provider(LastGoodJsonConfigurationSource source) : JsonConfigurationProvider(source)
    {
        private bool _loaded;

        public override void Load(Stream stream)
        {
            try
            {
                base.Load(stream);
                _loaded = true;
            }
            catch (FormatException exception) when (_loaded)
            {
                RejectedReload.Report(Source.Path ?? "appsettings.json", exception.Message);
            }
        }
    }
}
