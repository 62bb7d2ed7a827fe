using CorsKit.Configuration.Environment;

namespace CorsKit.Server.Configuration;

/// <summary>
/// Reads a <c>.env</c> file as configuration, the way Node's <c>dotenv.config()</c> does. Added before the
/// environment variables, so the real environment wins over the file.
/// </summary>
/// <remarks>
/// Hand-written rather than DotNetEnv: the version the registry serves targets netstandard1.3 and drags
/// Microsoft.Extensions.Configuration 2.0 into a .NET 10 application, for a format this small.
/// </remarks>
internal sealed class DotEnvConfigurationSource : FileConfigurationSource
{
    public override IConfigurationProvider Build(IConfigurationBuilder builder)
    {
        EnsureDefaults(builder);
        return new DotEnvConfigurationProvider(this);
    }
}

/// <summary>Loads the parsed <c>.env</c> entries into configuration.</summary>
/// <remarks>A broken edit of a file that loaded once is reported and ignored: the previous values stay in force.</remarks>
internal sealed class DotEnvConfigurationProvider(DotEnvConfigurationSource source) : FileConfigurationProvider(source)
{
    private bool _loaded;

    public override void Load(Stream stream)
    {
        using var reader = new StreamReader(stream);
        try
        {
            Data = DotEnvParser.Parse(reader.ReadToEnd());
            _loaded = true;
        }
        catch (FormatException exception) when (_loaded)
        {
            RejectedReload.Report(".env", exception.Message);
        }
    }
}
