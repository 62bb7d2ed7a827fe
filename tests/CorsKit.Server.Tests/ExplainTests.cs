using System.Net;
using CorsKit.TestSupport.Server;

namespace CorsKit.Server.Tests;

/// <summary>
/// CORS_EXPLAIN: in Development a refusal is visible without reading framework debug logs, in a response header and
/// in the log at the default level; elsewhere it stays invisible, and asking for it there stops the start.
/// </summary>
public class ExplainTests
{
    private static async Task<HttpResponseMessage> RefusedAsync(ServerProcess server)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Add("Origin", "https://evil.example.net");
        return await server.Client.SendAsync(request);
    }

    [Fact]
    public async Task In_development_a_refusal_is_named_in_a_header_and_in_the_log()
    {
        await using var server = await ServerProcess.StartAsync(new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Development", ["DOTNET_ENVIRONMENT"] = "Development" });
        using var response = await RefusedAsync(server);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("origin-not-allowed", Assert.Single(response.Headers.GetValues("X-CorsKit-Denial")));
        Assert.True(await server.PrintsAsync("the origin https://evil.example.net is not allowed"), server.Output);
        Assert.Contains("explain:           on: refusals named in the X-CorsKit-Denial header and logged (Development)", server.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Production", null)]
    [InlineData("Development", "off")]
    public async Task Otherwise_a_refusal_names_nothing(string environment, string? explain)
    {
        var variables = new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = environment, ["DOTNET_ENVIRONMENT"] = environment };
        if (explain is not null)
        {
            variables["CORS_EXPLAIN"] = explain;
        }

        await using var server = await ServerProcess.StartAsync(variables);
        using var response = await RefusedAsync(server);

        Assert.False(response.Headers.Contains("X-CorsKit-Denial"));
        await Task.Delay(300);
        Assert.DoesNotContain("evil.example.net", server.Output, StringComparison.Ordinal);
        Assert.Contains("explain:           off", server.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Asking_for_it_outside_development_stops_the_start_naming_the_variable()
    {
        var (exitCode, errors, _) = await ServerProcess.RunToExitAsync(new Dictionary<string, string> { ["CORS_EXPLAIN"] = "on" });

        Assert.Equal(1, exitCode);
        Assert.Contains("CORS_EXPLAIN: \"on\": names every refusal in a response header any caller can read, and the environment is Production", errors, StringComparison.Ordinal);
    }
}
