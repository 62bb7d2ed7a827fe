using CorsKit.Browser.Tests.Infrastructure;
using CorsKit.TestSupport.Server;
using Microsoft.Playwright;

namespace CorsKit.Browser.Tests.Scenarios;

/// <summary>
/// The decisions page of CorsKit.Server, a real process in Development, opened in Chromium: requests fired from two
/// other origins' pages appear as rows with the server's reason, and the try-it form gives the browser model's verdict.
/// The screenshot in docs/ is taken here, so it always shows the page as it is.
/// </summary>
public sealed class DashboardTests(BrowserSuite suite) : BrowserScenario(suite)
{
    private const int WaitMilliseconds = 10_000;

    private Task<ServerProcess> ServerAsync() =>
        Suite.ServerAsync("dashboard-in-development", () => Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development",
            ["DOTNET_ENVIRONMENT"] = "Development",
            ["CORS_ORIGINS"] = Suite.Pages.Origin(BrowserSuite.AppHost),
            ["CORS_ALLOW_INSECURE_ORIGINS"] = "true",
        }));

    [Fact]
    public async Task Requests_from_other_origins_appear_live_with_their_reason_and_the_try_it_form_names_the_fix()
    {
        var server = await ServerAsync();
        var dashboardUrl = new Uri(server.BaseAddress, "/_corskit").ToString();
        await using var dashboard = await Suite.OpenIsolatedPageAsync(server.BaseAddress.GetLeftPart(UriPartial.Authority));
        Assert.Equal(200, await dashboard.NavigateAsync(dashboardUrl));
        var tab = dashboard.Tab;
        await tab.Locator("#status").Filter(new() { HasTextString = "live" }).WaitForAsync(new() { Timeout = WaitMilliseconds });

        // The page stays open while the requests arrive: the rows must appear without a reload.
        var app = await PageAsync();
        var stranger = await PageAsync("evil.test");
        var path = $"/echo?case={Guid.NewGuid():N}";
        BrowserAssert.Allowed(await app.FetchAsync(new Uri(server.BaseAddress, path).ToString()));
        BrowserAssert.Blocked(await stranger.FetchAsync(new Uri(server.BaseAddress, path).ToString()));
        BrowserAssert.Blocked(await app.FetchAsync(new Uri(server.BaseAddress, "/echo").ToString(), FetchInit.WithMethod("PUT")));

        var allowed = tab.Locator($"#decisions tbody tr[data-outcome='allowed']", new() { HasTextString = app.Origin });
        var refused = tab.Locator("#decisions tbody tr[data-outcome='origin-not-allowed']", new() { HasTextString = stranger.Origin });
        var method = tab.Locator("#decisions tbody tr[data-outcome='method-not-allowed']", new() { HasTextString = app.Origin });
        await allowed.First.WaitForAsync(new() { Timeout = WaitMilliseconds });
        await refused.First.WaitForAsync(new() { Timeout = WaitMilliseconds });
        await method.First.WaitForAsync(new() { Timeout = WaitMilliseconds });
        Assert.Contains("can read the response", await allowed.First.InnerTextAsync(), StringComparison.Ordinal);
        var refusedRow = await refused.First.InnerTextAsync();
        Assert.Contains($"the origin \"{stranger.Origin}\" is not allowed", refusedRow, StringComparison.Ordinal);
        Assert.Contains("/echo", refusedRow, StringComparison.Ordinal);
        Assert.DoesNotContain("case=", refusedRow, StringComparison.Ordinal);
        Assert.Contains("Allow PUT in Access-Control-Allow-Methods", await method.First.InnerTextAsync(), StringComparison.Ordinal);

        // The form runs the browser model against the server's own policy, sending nothing.
        await tab.FillAsync("input[name=origin]", app.Origin);
        await tab.FillAsync("input[name=method]", "POST");
        await tab.FillAsync("input[name=path]", "/echo");
        await tab.FillAsync("textarea[name=headers]", "X-Custom: 1");
        await tab.ClickAsync("#try button[type=submit]");
        await tab.Locator("#try-verdict").WaitForAsync(new() { Timeout = WaitMilliseconds });
        Assert.Equal("BLOCKED", await tab.Locator("#try-verdict").InnerTextAsync());
        Assert.Contains("Allow x-custom in Access-Control-Allow-Headers", await tab.Locator("#try-fix").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Preflight first", await tab.Locator("#result").InnerTextAsync(), StringComparison.Ordinal);

        var screenshot = Path.Combine(ServerAssembly.RepositoryRoot, "docs", "images", "dashboard.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        await tab.SetViewportSizeAsync(1280, 900);
        await tab.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        Assert.True(new FileInfo(screenshot).Length > 10_000, $"{screenshot} is too small to show the page");
    }

    [Fact]
    public async Task The_page_loads_nothing_from_outside_and_runs_under_its_content_security_policy()
    {
        var server = await ServerAsync();
        await using var dashboard = await Suite.OpenIsolatedPageAsync(server.BaseAddress.GetLeftPart(UriPartial.Authority));
        var requested = new List<string>();
        dashboard.Tab.Request += (_, request) => requested.Add(request.Url);
        var violations = new List<string>();
        dashboard.Tab.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                violations.Add(message.Text);
            }
        };
        Assert.Equal(200, await dashboard.NavigateAsync(new Uri(server.BaseAddress, "/_corskit").ToString()));
        await dashboard.Tab.Locator("#status").Filter(new() { HasTextString = "live" }).WaitForAsync(new() { Timeout = WaitMilliseconds });
        Assert.All(requested, url => Assert.StartsWith(server.BaseAddress.GetLeftPart(UriPartial.Authority), url, StringComparison.Ordinal));
        Assert.Empty(violations);
    }
}
