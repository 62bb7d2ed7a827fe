using System.Net;

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

    [Fact]
    public async Task Follows_edits_of_appsettings_json_and_keeps_the_last_good_policy()
    {
        var directory = Directory.CreateTempSubdirectory("corskit-reload-").FullName;
        var settings = Path.Combine(directory, "appsettings.json");
        await File.WriteAllTextAsync(settings, """{ "Cors": { "Origins": "https://first.example.com" } }""");
        await using var server = await ServerProcess.StartAsync(workingDirectory: directory);
        Assert.True(await Allows(server, "https://first.example.com"));

        await File.WriteAllTextAsync(settings, """{ "Cors": { "Origins": "https://second.example.com" } }""");
        Assert.True(await Eventually(() => Allows(server, "https://second.example.com")), "the edited origin was never applied");
        Assert.False(await Allows(server, "https://first.example.com"));

        // An invalid policy, then broken JSON: both refused, the second policy stays in force.
        await File.WriteAllTextAsync(settings, """{ "Cors": { "Origins": "null" } }""");
        Assert.True(await Eventually(() => Task.FromResult(server.Output.Contains("null", StringComparison.Ordinal) || server.Errors.Contains("null", StringComparison.Ordinal))), "the refusal was never reported");
        await File.WriteAllTextAsync(settings, """{ "Cors": { "Origins": """);
        Assert.True(await Eventually(() => Task.FromResult(server.Errors.Contains("could not be read", StringComparison.Ordinal))), "the broken file was never reported");
        Assert.True(await Allows(server, "https://second.example.com"));
        Assert.False(server.HasExited);
    }

    private static async Task<bool> Allows(ServerProcess server, string origin) =>
        (await server.Client.Preflight("/", origin, "DELETE")).StatusCode == HttpStatusCode.NoContent;

    /// <summary>Polls a condition that a file watcher makes true some time later; not a timing assertion.</summary>
    private static async Task<bool> Eventually(Func<Task<bool>> condition)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(100);
        }

        return false;
    }
}
