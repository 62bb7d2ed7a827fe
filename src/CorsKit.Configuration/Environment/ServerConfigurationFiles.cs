namespace CorsKit.Configuration.Environment;

/// <summary>
/// The files CorsKit.Server reads its configuration from, in the order it reads them (later wins): the web host's
/// <c>appsettings.json</c> and <c>appsettings.{Environment}.json</c>, then <c>.env</c>. The server's startup block and
/// <c>corskit lint</c> both name them from here.
/// </summary>
internal static class ServerConfigurationFiles
{
    /// <summary>The <c>.env</c> file's name.</summary>
    public const string DotEnv = ".env";

    /// <summary>The JSON files the web host reads, in order.</summary>
    public static IReadOnlyList<string> Json(string environmentName) =>
        ["appsettings.json", $"appsettings.{environmentName}.json"];

    /// <summary>Every file, JSON then <c>.env</c>, that exists in <paramref name="folder"/>, by name.</summary>
    public static IReadOnlyList<string> In(string folder, string environmentName) =>
        [.. Json(environmentName).Append(DotEnv).Where(name => File.Exists(Path.Combine(folder, name)))];
}
