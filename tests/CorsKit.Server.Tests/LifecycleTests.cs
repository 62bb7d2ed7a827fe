using System.Net;
using CorsKit.TestSupport.Server;
using CorsKit.TestSupport.Waiting;

namespace CorsKit.Server.Tests;

public class LifecycleTests
{
    [Fact]
    public async Task Stops_gracefully_on_sigterm()
    {
        await using var server = await ServerProcess.StartAsync();
        Assert.Equal(HttpStatusCode.OK, (await server.Client.Get("/healthz", null)).StatusCode);
        Assert.Equal(0, await server.TerminateAsync());
    }

    // Kestrel cannot bind "localhost" to a free port (two addresses), so PORT=0 with the default HOST listens on
    // 127.0.0.1; it used to end in an unhandled exception.
    [Fact]
    public async Task Port_zero_with_the_default_host_picks_a_free_port_and_prints_it()
    {
        await using var server = await ServerProcess.StartAsync(new Dictionary<string, string> { ["HOST"] = "localhost", ["PORT"] = "0" });
        Assert.Equal("127.0.0.1", server.BaseAddress.Host);
        Assert.NotEqual(0, server.BaseAddress.Port);
        Assert.Equal(HttpStatusCode.OK, (await server.Client.Get("/healthz", null)).StatusCode);
    }

    [Fact]
    public async Task A_port_in_use_stops_the_start_with_the_fix_and_no_stack_trace()
    {
        using var taken = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var (exitCode, errors, output) = await ServerProcess.RunToExitAsync(new Dictionary<string, string> { ["PORT"] = port });

        Assert.Equal(1, exitCode);
        Assert.Contains($"could not listen on http://127.0.0.1:{port}", errors, StringComparison.Ordinal);
        Assert.Contains("Fix: set PORT", errors, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", errors + output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Follows_edits_of_appsettings_json_and_keeps_the_last_good_policy()
    {
        var directory = Directory.CreateTempSubdirectory("corskit-reload-").FullName;
        var settings = Path.Combine(directory, "appsettings.json");
        await File.WriteAllTextAsync(settings, """{ "Cors": { "Origins": "https://first.example.com" } }""");
        await using var server = await ServerProcess.StartAsync(workingDirectory: directory);
        Assert.True(await server.Client.AllowsDeleteFrom("https://first.example.com"));

        await File.WriteAllTextAsync(settings, """{ "Cors": { "Origins": "https://second.example.com" } }""");
        Assert.True(await Eventually.HoldsAsync(() => server.Client.AllowsDeleteFrom("https://second.example.com")), "the edited origin was never applied");
        Assert.False(await server.Client.AllowsDeleteFrom("https://first.example.com"));

        // The reload brings no warning: those about the defaults (GET and POST in CORS_METHODS) are nobody's choice.
        Assert.DoesNotContain("warning", server.Output + server.Errors, StringComparison.OrdinalIgnoreCase);

        // An invalid policy, then broken JSON: both refused, the second policy stays in force.
        await File.WriteAllTextAsync(settings, """{ "Cors": { "Origins": "null" } }""");
        Assert.True(await Eventually.HoldsAsync(() => Task.FromResult(server.Output.Contains("null", StringComparison.Ordinal) || server.Errors.Contains("null", StringComparison.Ordinal))), "the refusal was never reported");
        await File.WriteAllTextAsync(settings, """{ "Cors": { "Origins": """);
        Assert.True(await Eventually.HoldsAsync(() => Task.FromResult(server.Errors.Contains("could not be read", StringComparison.Ordinal))), "the broken file was never reported");
        Assert.True(await server.Client.AllowsDeleteFrom("https://second.example.com"));
        Assert.False(server.HasExited);
    }
}
