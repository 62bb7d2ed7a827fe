using CorsKit.TestSupport.Server;

namespace CorsKit.Server.Tests;

// Any invalid value stops the process before it listens: exit code 1, every problem named by its variable, the value,
// why and the fix, and never a stack trace.
public class InvalidConfigurationTests
{
    public static TheoryData<string, string, string> InvalidValues => new()
    {
        { "CORS_ORIGINS", "*", "CORS_CREDENTIALS to false" },
        { "CORS_ORIGINS", "https://app.example.com/", "ends with a slash" },
        { "CORS_ORIGINS", "null", "sandboxed" },
        { "CORS_ORIGINS", "http://app.example.com", "CORS_ALLOW_INSECURE_ORIGINS" },
        { "CORS_ORIGINS", "https://*.github.io", "public suffix" },
        { "CORS_ORIGINS", "https://*.amazonaws.com", "public suffix \"us-east-1.amazonaws.com\"" },
        { "CORS_ORIGINS", "https://*.compute.amazonaws.com", "public suffix \"*.compute.amazonaws.com\"" },
        { "CORS_ORIGINS", "https://*.kawasaki.jp", "public suffix \"*.kawasaki.jp\"" },
        { "CORS_ORIGINS", "http://foo.bar.255:6060", "invalid IPv4 address" },
        { "CORS_ORIGINS", "http://0x7f.0.0.1:3000", "Write \"http://127.0.0.1:3000\"" },
        { "CORS_ORIGINS", "file://example.com", "opaque origin" },
        { "CORS_ORIGINS", "http://[fe80::1ff:fe23:4567:890a%eth2]:90", "zone identifier" },
        { "BASE_URL", "app.example.com", "has no scheme" },
        { "CORS_METHODS", "TRACE", "forbid" },
        { "CORS_HEADERS", "Cookie", "only the browser sets" },
        { "CORS_CREDENTIALS", "yes", "not a boolean" },
        { "CORS_MAX_AGE", "-5", "negative" },
        { "CORS_MAX_AGE", "ten", "not a whole number" },
        { "CORS_EXPOSE_HEADERS", "Set-Cookie", "never readable" },
        { "CORS_PREFLIGHT_STATUS", "302", "not a success status" },
        { "PORT", "70000", "not a port number" },
        { "PORT", "abc", "not a port number" },
        { "HOST", "not a host", "not a host name" },
        { "UPSTREAM", "ftp://api.example.com", "not an http:// or https:// URL" },
        { "LOG_LEVEL", "loud", "not a log level" },
        { "CSRF_PROTECTION", "maybe", "not a switch" },
        { "CSRF_TRUSTED_ORIGINS", "https://pay.example.net/callback", "path" },
        { "CSRF_TRUSTED_ORIGINS", "null", "sandboxed" },
        { "CSRF_TRUSTED_ORIGINS", "*", "every website write" },
        { "CSRF_TRUSTED_ORIGINS", "https://*.example.net", "is a pattern" },
        { "CSRF_TRUSTED_ORIGINS", "http://pay.example.net", "CORS_ALLOW_INSECURE_ORIGINS" },
        { "CSRF_ALLOW_SAME_SITE", "sometimes", "not a switch" },
    };

    [Theory]
    [MemberData(nameof(InvalidValues))]
    public async Task Refuses_to_start_and_names_the_variable(string variable, string value, string explanation)
    {
        var (exitCode, errors, output) = await ServerProcess.RunToExitAsync(new Dictionary<string, string> { [variable] = value });
        Assert.Equal(1, exitCode);
        Assert.Contains($"{variable}: \"{value}\"", errors, StringComparison.Ordinal);
        Assert.Contains(explanation, errors, StringComparison.Ordinal);
        Assert.Contains("Fix:", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("listening on", output, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lists_every_problem_at_once()
    {
        var environment = new Dictionary<string, string> { ["CORS_ORIGINS"] = "null", ["CORS_METHODS"] = "CONNECT", ["PORT"] = "-1" };
        var (exitCode, errors, _) = await ServerProcess.RunToExitAsync(environment);
        Assert.Equal(1, exitCode);
        Assert.Contains("PORT:", errors, StringComparison.Ordinal);
        Assert.Contains("CORS_ORIGINS:", errors, StringComparison.Ordinal);
        Assert.Contains("CORS_METHODS:", errors, StringComparison.Ordinal);
        Assert.StartsWith("The server's configuration has 3 problems:", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_dotenv_line_is_named()
    {
        var directory = Directory.CreateTempSubdirectory("corskit-env-").FullName;
        await File.WriteAllTextAsync(Path.Combine(directory, ".env"), "PORT=4000\nthis is not an assignment\n");
        var (exitCode, errors, _) = await ServerProcess.RunToExitAsync(new Dictionary<string, string>(), directory);
        Assert.Equal(1, exitCode);
        Assert.Contains(".env: line 2, \"this is not an assignment\", is not KEY=value. Fix: Write it as NAME=value", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Malformed_appsettings_json_is_named()
    {
        var directory = Directory.CreateTempSubdirectory("corskit-env-").FullName;
        await File.WriteAllTextAsync(Path.Combine(directory, "appsettings.json"), "{ \"Cors\": { ");
        var (exitCode, errors, _) = await ServerProcess.RunToExitAsync(new Dictionary<string, string>(), directory);
        Assert.Equal(1, exitCode);
        Assert.Contains("appsettings.json", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_key_in_appsettings_json_is_named_not_ignored()
    {
        var directory = Directory.CreateTempSubdirectory("corskit-env-").FullName;
        await File.WriteAllTextAsync(Path.Combine(directory, "appsettings.json"), """{ "Cors": { "Orgins": ["https://app.example.com"] } }""");
        var (exitCode, errors, _) = await ServerProcess.RunToExitAsync(new Dictionary<string, string>(), directory);
        Assert.Equal(1, exitCode);
        Assert.Contains("Cors:Orgins", errors, StringComparison.Ordinal);
        Assert.Contains("is not a CorsKit setting", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_port_in_use_is_explained()
    {
        using var occupied = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        occupied.Start();
        var port = ((System.Net.IPEndPoint)occupied.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var (exitCode, errors, _) = await ServerProcess.RunToExitAsync(new Dictionary<string, string> { ["PORT"] = port });
        Assert.Equal(1, exitCode);
        Assert.Contains("PORT", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Risky_but_allowed_choices_start_with_a_warning_line()
    {
        await using var server = await ServerProcess.StartAsync(new Dictionary<string, string> { ["CORS_METHODS"] = "GET,POST,DELETE,OPTIONS" });
        Assert.True(await server.PrintsAsync("warning: CORS_METHODS: \"OPTIONS\""), server.Output);
    }
}
