using System.Net;
using System.Text.Json;
using CorsKit.TestSupport.Server;

namespace CorsKit.Server.Tests;

/// <summary>
/// CORSKIT_DASHBOARD: the decisions page at /_corskit of the real server process. On in Development, off elsewhere;
/// <c>on</c> outside Development stops the start, and <c>force</c> serves it with a warning.
/// </summary>
public class DashboardTests
{
    private static Dictionary<string, string> In(string environment, string? dashboard = null)
    {
        var variables = new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = environment, ["DOTNET_ENVIRONMENT"] = environment };
        if (dashboard is not null)
        {
            variables["CORSKIT_DASHBOARD"] = dashboard;
        }

        return variables;
    }

    [Fact]
    public async Task In_development_the_page_shows_a_refusal_and_where_each_setting_came_from()
    {
        var variables = In("Development");
        variables["CORS_METHODS"] = "GET,POST,PUT";
        await using var server = await ServerProcess.StartAsync(variables);
        using var refused = new HttpRequestMessage(HttpMethod.Get, "/");
        refused.Headers.Add("Origin", "https://evil.example.net");
        (await server.Client.SendAsync(refused)).Dispose();

        using var page = await server.Client.GetAsync("/_corskit");
        using var state = JsonDocument.Parse(await server.Client.GetStringAsync("/_corskit/state"));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains($"  dashboard:         {server.BaseAddress.GetLeftPart(UriPartial.Authority)}/_corskit (browsers on this machine only)", server.Output, StringComparison.Ordinal);
        var decision = Assert.Single(state.RootElement.GetProperty("decisions").EnumerateArray());
        Assert.Equal("origin-not-allowed", decision.GetProperty("outcome").GetString());
        Assert.Contains(state.RootElement.GetProperty("sources").EnumerateArray(),
            source => source.GetProperty("key").GetString() == "CORS_METHODS" && source.GetProperty("source").GetString() == "environment variable");
    }

    [Fact]
    public async Task A_setting_from_dotenv_is_shown_as_coming_from_dotenv()
    {
        var folder = Directory.CreateTempSubdirectory("corskit-dashboard-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, ".env"), "CORS_HEADERS=Content-Type,X-Api-Key\n");
            await using var server = await ServerProcess.StartAsync(In("Development"), folder.FullName);
            using var state = JsonDocument.Parse(await server.Client.GetStringAsync("/_corskit/state"));

            Assert.Contains(state.RootElement.GetProperty("sources").EnumerateArray(),
                source => source.GetProperty("key").GetString() == "CORS_HEADERS" && source.GetProperty("source").GetString() == ".env");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("Production", null)]
    [InlineData("Development", "off")]
    public async Task Otherwise_there_is_no_page(string environment, string? dashboard)
    {
        await using var server = await ServerProcess.StartAsync(In(environment, dashboard));
        using var page = await server.Client.GetAsync("/_corskit");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Contains("  dashboard:         off: set CORSKIT_DASHBOARD=on in Development", server.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_outside_development_stops_the_start_and_says_how_to_force_it()
    {
        var (exitCode, errors, _) = await ServerProcess.RunToExitAsync(In("Production", "on"));

        Assert.Equal(1, exitCode);
        Assert.Contains("CORSKIT_DASHBOARD: \"on\": serves the decisions page, which shows the origins and paths of recent requests, and the environment is Production", errors, StringComparison.Ordinal);
        Assert.Contains("CORSKIT_DASHBOARD=force", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Forced_outside_development_it_is_served_with_a_warning()
    {
        await using var server = await ServerProcess.StartAsync(In("Production", "force"));
        using var page = await server.Client.GetAsync("/_corskit");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("(forced outside Production: it shows request origins and paths to browsers on this machine)", server.Output, StringComparison.Ordinal);
        Assert.True(await server.PrintsAsync("shows the origins and paths of recent requests to any browser on this machine"), server.Output);
    }

    [Fact]
    public async Task An_unreadable_value_stops_the_start_naming_the_variable()
    {
        var (exitCode, errors, _) = await ServerProcess.RunToExitAsync(In("Development", "yes please"));

        Assert.Equal(1, exitCode);
        Assert.Contains("CORSKIT_DASHBOARD: \"yes please\": is not on, off or force.", errors, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_gateway_serves_the_page_itself_and_forwards_nothing_of_it()
    {
        await using var upstream = await Upstream.StartAsync();
        var variables = In("Development");
        variables["UPSTREAM"] = upstream.Address.ToString();
        await using var server = await ServerProcess.StartAsync(variables);
        using var page = await server.Client.GetAsync("/_corskit");
        using var state = await server.Client.GetAsync("/_corskit/state");
        var before = upstream.Requests;
        using var forwarded = await server.Client.GetAsync("/api/items");

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("CorsKit decisions", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, state.StatusCode);
        Assert.Equal(0, before);
        Assert.Equal(HttpStatusCode.OK, forwarded.StatusCode);
        Assert.Equal(1, upstream.Requests);
    }
}
