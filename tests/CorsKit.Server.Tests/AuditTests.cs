using CorsKit.TestSupport.Server;
using CorsKit.TestSupport.Cli;


namespace CorsKit.Server.Tests;

// corskit audit probes the server the way CORS scanners do; on every configuration the engine accepts without a
// warning, it must find nothing.
public class AuditTests
{
    public static TheoryData<string, string, string> Configurations => new()
    {
        { "defaults", "", "http://localhost:5173" },
        { "exact https origin with credentials", "CORS_ORIGINS=https://app.example.com", "https://app.example.com" },
        { "subdomain pattern with credentials", "CORS_ORIGINS=https://*.example.com", "https://app.example.com" },
        { "subdomain pattern under a country-code suffix", "CORS_ORIGINS=https://*.example.co.uk", "https://shop.example.co.uk" },
        { "subdomain pattern below the registrable domain", "CORS_ORIGINS=https://*.app.example.com", "https://eu.app.example.com" },
        { "write protection with a trusted writer", "CORS_ORIGINS=https://app.example.com;CSRF_TRUSTED_ORIGINS=https://pay.example.net", "https://app.example.com" },
        { "several origins, patterns and ports", "CORS_ORIGINS=https://app.example.com,https://*.preview.example.org:*,http://localhost:3000", "https://app.example.com" },
        { "any origin without credentials", "CORS_ORIGINS=*;CORS_CREDENTIALS=false;CORS_HEADERS=*", "https://app.example.com" },
        { "exposed headers and max age", "CORS_ORIGINS=https://app.example.com;CORS_EXPOSE_HEADERS=X-Request-Id;CORS_MAX_AGE=600", "https://app.example.com" },
    };

    [Theory]
    [MemberData(nameof(Configurations))]
    public async Task Finds_nothing_on_an_accepted_configuration(string name, string variables, string trustedOrigin)
    {
        var environment = variables.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(pair => pair[0], pair => pair[1]);
        await using var server = await ServerProcess.StartAsync(environment);

        foreach (var path in new[] { "/", "/echo" })
        {
            var (exitCode, output) = await AuditAsync(new Uri(server.BaseAddress, path).ToString(), trustedOrigin);
            Assert.True(exitCode == 0, $"{name}, {path}: corskit audit found something.\n{output}");
            Assert.Contains("No CORS misconfiguration found.", output, StringComparison.Ordinal);
        }
    }

    private static async Task<(int ExitCode, string Output)> AuditAsync(string url, string trustedOrigin)
    {
        var result = await Corskit.RunAsync("audit", url, "--origin", trustedOrigin);
        return (result.ExitCode, result.Out + result.Error);
    }
}
