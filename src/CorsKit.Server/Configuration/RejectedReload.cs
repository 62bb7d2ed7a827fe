namespace CorsKit.Server.Configuration;

/// <summary>
/// Says, on standard error, that an edited configuration file could not be read and was not applied. Configuration
/// providers run before logging exists, so this is the one place the server writes a line itself.
/// </summary>
internal static class RejectedReload
{
    public static void Report(string file, string reason) =>
        Console.Error.WriteLine($"warn: {file} was edited but could not be read, so it was not applied and the previous configuration stays in force: {reason}");
}
