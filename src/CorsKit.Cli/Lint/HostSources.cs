using CorsKit.Configuration.Environment;
using Microsoft.Extensions.Configuration;

namespace CorsKit.Cli.Lint;

/// <summary>
/// The configuration an ASP.NET Core host (<c>WebApplication.CreateBuilder</c>) layers, rebuilt without starting one:
/// the environment's name, its <c>DOTNET_</c> and <c>ASPNETCORE_</c> variables, <c>appsettings.json</c> and
/// <c>appsettings.{Environment}.json</c>, then the variables. CorsKit.Server adds its <c>.env</c> just before the
/// variables.
/// </summary>
internal static class HostSources
{
    private const string DefaultEnvironment = "Production";
    // In the order the web host adds them, later winning: DOTNET_ENVIRONMENT beats ASPNETCORE_ENVIRONMENT.
    private static readonly string[] HostPrefixes = ["ASPNETCORE_", "DOTNET_"];

    /// <summary>The environment's name as the web host reads it: <c>DOTNET_ENVIRONMENT</c> over <c>ASPNETCORE_ENVIRONMENT</c>, else Production.</summary>
    public static string EnvironmentName(IReadOnlyDictionary<string, string> variables) =>
        variables.GetValueOrDefault("DOTNET_ENVIRONMENT") is { Length: > 0 } dotnet ? dotnet
        : variables.GetValueOrDefault("ASPNETCORE_ENVIRONMENT") is { Length: > 0 } aspNetCore ? aspNetCore
        : DefaultEnvironment;

    /// <summary>The JSON files the host reads from <paramref name="directory"/>, in order, that exist.</summary>
    public static IReadOnlyList<string> JsonFiles(string directory, string environmentName) =>
        [.. ServerConfigurationFiles.Json(environmentName).Select(name => Path.Combine(directory, name)).Where(File.Exists)];

    /// <summary>The <c>DOTNET_</c> and <c>ASPNETCORE_</c> variables with their prefix removed, beneath every other source.</summary>
    public static IConfigurationBuilder AddHostVariables(this IConfigurationBuilder builder, IReadOnlyDictionary<string, string> variables)
    {
        foreach (var prefix in HostPrefixes)
        {
            builder.AddInMemoryCollection(variables
                .Where(variable => variable.Key.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                .Select(variable => KeyValuePair.Create(Normalize(variable.Key[prefix.Length..]), (string?)variable.Value)));
        }

        return builder;
    }

    /// <summary>Every variable, <c>__</c> read as <c>:</c> (so <c>Cors__Origins</c> is <c>Cors:Origins</c>), as the host's provider does.</summary>
    public static IConfigurationBuilder AddVariables(this IConfigurationBuilder builder, IReadOnlyDictionary<string, string> variables) =>
        builder.AddInMemoryCollection(variables.Select(variable => KeyValuePair.Create(Normalize(variable.Key), (string?)variable.Value)));

    /// <summary>The JSON files, in order; a file that is not JSON throws <see cref="InvalidDataException"/> at <c>Build</c>, as it does in the host.</summary>
    public static IConfigurationBuilder AddJsonFiles(this IConfigurationBuilder builder, IEnumerable<string> files)
    {
        foreach (var file in files)
        {
            builder.AddJsonFile(Path.GetFullPath(file), optional: false, reloadOnChange: false);
        }

        return builder;
    }

    /// <summary>The variables among <paramref name="variables"/> that <paramref name="isRead"/> says the host reads, by name.</summary>
    public static IEnumerable<string> Named(IReadOnlyDictionary<string, string> variables, Func<string, bool> isRead) =>
        variables.Keys.Where(isRead).Order(StringComparer.Ordinal);

    private static string Normalize(string key) => key.Replace("__", ConfigurationPath.KeyDelimiter, StringComparison.Ordinal);
}
