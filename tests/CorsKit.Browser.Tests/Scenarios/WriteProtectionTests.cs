using System.Globalization;
using CorsKit.Browser.Tests.Infrastructure;
using CorsKit.TestSupport.Server;

namespace CorsKit.Browser.Tests.Scenarios;

/// <summary>
/// Cross-origin write protection judged by Chromium: an attacker's page cannot write (a form it submits, a no-cors
/// fetch), the allowed frontend and same-origin pages still can, and reads are untouched. The API is reached under two
/// names: <c>api.app.test</c>, plain http on a non-local name, where Chromium sends no Fetch Metadata and the
/// <c>Origin</c> decides, and <c>localhost</c>, a potentially trustworthy URL, where Chromium sends <c>Sec-Fetch-Site</c>.
/// </summary>
public sealed class WriteProtectionTests(BrowserSuite suite) : BrowserScenario(suite)
{
    private const string AttackerHost = "evil.test";

    private static readonly Dictionary<string, string> Transfer = new() { ["to"] = "attacker", ["amount"] = "1000" };

    private Task<ApiServer> ProtectedApiAsync() =>
        Suite.CorsKitApiAsync("write-protection", options =>
        {
            options.Origins.Add(Suite.Pages.Origin(BrowserSuite.AppHost));
            options.Methods.Add("DELETE");
            options.Headers.Add("Authorization");
            options.Credentials = true;
            options.AllowInsecureOrigins = true; // the suite's origins are plain http on *.test names
            options.ProtectWrites = true;
        });

    private Task<ServerProcess> ProtectedServerAsync() =>
        Suite.ServerAsync("write-protection", () => Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>
        {
            ["CORS_ORIGINS"] = Suite.Pages.Origin(BrowserSuite.AppHost),
            ["CORS_ALLOW_INSECURE_ORIGINS"] = "true",
        }));

    // The API's origin under the name the test asks for; both names reach the same loopback server.
    private static string ApiOrigin(ApiServer api, bool trustworthy) =>
        trustworthy ? string.Create(CultureInfo.InvariantCulture, $"http://localhost:{new Uri(api.Origin).Port}") : api.Origin;

    [Theory]
    [InlineData(false, null)]
    [InlineData(true, "cross-site")]
    public async Task An_attackers_auto_submitted_form_post_is_refused_before_the_endpoint(bool trustworthy, string? expectedSite)
    {
        var api = await ProtectedApiAsync();
        var path = ApiServer.NewPath("form-attack");
        await using var attacker = await Suite.OpenIsolatedPageAsync(Suite.Pages.Origin(AttackerHost));

        var (status, body) = await attacker.SubmitFormAsync(ApiOrigin(api, trustworthy) + path, Transfer);

        Assert.Equal(403, status);
        Assert.Contains("\"title\":\"Cross-origin write refused\"", body, StringComparison.Ordinal);
        var received = Assert.Single(api.Log.For(path));
        Assert.Equal("POST", received.Method);
        Assert.Equal(attacker.Origin, received.Origin);
        Assert.Equal(expectedSite, received.FetchSite);
        Assert.Equal(403, received.Status);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task An_attackers_no_cors_post_with_credentials_gets_403_on_the_wire(bool trustworthy)
    {
        var api = await ProtectedApiAsync();
        var path = ApiServer.NewPath("no-cors-attack");
        var attacker = await PageAsync(AttackerHost);

        // The page sees an opaque response whatever the server did: only the wire says whether the write happened.
        var verdict = await attacker.FetchAsync(ApiOrigin(api, trustworthy) + path, new FetchInit
        {
            Method = "POST",
            Mode = "no-cors",
            Credentials = "include",
            Body = "to=attacker&amount=1000",
            Headers = new Dictionary<string, string> { ["Content-Type"] = "application/x-www-form-urlencoded" },
        });

        Assert.True(verdict.Allowed, verdict.ToString());
        Assert.Equal(0, verdict.Status);
        var received = Assert.Single(api.Log.For(path));
        Assert.Equal(403, received.Status);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task The_allowed_frontends_form_post_still_works(bool trustworthy)
    {
        var api = await ProtectedApiAsync();
        var path = ApiServer.NewPath("form-frontend");
        await using var frontend = await Suite.OpenIsolatedPageAsync(Suite.Pages.Origin(BrowserSuite.AppHost));

        var (status, body) = await frontend.SubmitFormAsync(ApiOrigin(api, trustworthy) + path, Transfer);

        Assert.Equal(200, status);
        Assert.Contains("amount=1000", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_allowed_frontends_preflighted_delete_with_credentials_still_works()
    {
        var api = await ProtectedApiAsync();
        var path = ApiServer.NewPath("delete-frontend");
        var frontend = await PageAsync();
        var verdict = BrowserAssert.Allowed(await frontend.FetchAsync(ApiOrigin(api, trustworthy: true) + path, new FetchInit
        {
            Method = "DELETE",
            Credentials = "include",
            Headers = new Dictionary<string, string> { ["Authorization"] = "Bearer token" },
        }));

        Assert.Equal(200, verdict.Status);
        Assert.Equal("cross-site", api.Log.ActualRequestsFor(path).Single().FetchSite);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task A_same_origin_post_works(bool trustworthy)
    {
        var api = await ProtectedApiAsync();
        var path = ApiServer.NewPath("same-origin");
        await using var own = await Suite.OpenIsolatedPageAsync(ApiOrigin(api, trustworthy));

        var verdict = BrowserAssert.Allowed(await own.FetchAsync(path, new FetchInit { Method = "POST", Body = "a=1" }));

        Assert.Equal(200, verdict.Status);
        Assert.Equal(trustworthy ? "same-origin" : null, api.Log.For(path).Single().FetchSite);
    }

    [Fact]
    public async Task Reads_from_another_site_are_untouched()
    {
        var api = await ProtectedApiAsync();
        var fetched = ApiServer.NewPath("cross-site-get");
        var navigated = ApiServer.NewPath("navigation");
        var attacker = await PageAsync(AttackerHost);
        await attacker.FetchAsync(ApiOrigin(api, trustworthy: true) + fetched, new FetchInit { Mode = "no-cors", Credentials = "include" });
        await using var navigating = await Suite.OpenIsolatedPageAsync(Suite.Pages.Origin(AttackerHost));

        var status = await navigating.NavigateAsync(ApiOrigin(api, trustworthy: true) + navigated);

        Assert.Equal(200, Assert.Single(api.Log.For(fetched)).Status);
        Assert.Equal(200, status);
        Assert.Equal("cross-site", Assert.Single(api.Log.For(navigated)).FetchSite);
    }

    [Fact]
    public async Task CorsKit_server_refuses_the_attackers_form_and_takes_the_frontends()
    {
        var server = await ProtectedServerAsync();
        var url = new Uri(server.BaseAddress, "/echo").ToString();
        await using var attacker = await Suite.OpenIsolatedPageAsync(Suite.Pages.Origin(AttackerHost));
        await using var frontend = await Suite.OpenIsolatedPageAsync(Suite.Pages.Origin(BrowserSuite.AppHost));

        var (attackStatus, attackBody) = await attacker.SubmitFormAsync(url, Transfer);
        var (frontendStatus, frontendBody) = await frontend.SubmitFormAsync(url, Transfer);

        Assert.Equal(403, attackStatus);
        Assert.Contains("\"reason\":\"cross-site\"", attackBody, StringComparison.Ordinal);
        Assert.Equal(200, frontendStatus);
        Assert.Contains("\"method\": \"POST\"", frontendBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CorsKit_server_refuses_the_attackers_no_cors_post_on_the_wire()
    {
        var server = await ProtectedServerAsync();
        var attacker = await PageAsync(AttackerHost);

        var status = await attacker.FetchWireStatusAsync(new Uri(server.BaseAddress, "/echo").ToString(), new FetchInit
        {
            Method = "POST",
            Mode = "no-cors",
            Credentials = "include",
            Body = "to=attacker&amount=1000",
            Headers = new Dictionary<string, string> { ["Content-Type"] = "application/x-www-form-urlencoded" },
        });

        Assert.Equal(403, status);
    }

    [Fact]
    public async Task CorsKit_server_takes_the_frontends_preflighted_delete_and_a_same_origin_post()
    {
        var server = await ProtectedServerAsync();
        var url = new Uri(server.BaseAddress, "/echo").ToString();
        var frontend = await PageAsync();
        await using var own = await Suite.OpenIsolatedPageAsync(server.BaseAddress.ToString().TrimEnd('/'));

        var delete = BrowserAssert.Allowed(await frontend.FetchAsync(url, new FetchInit
        {
            Method = "DELETE",
            Credentials = "include",
            Headers = new Dictionary<string, string> { ["Authorization"] = "Bearer token" },
        }));
        var sameOrigin = BrowserAssert.Allowed(await own.FetchAsync("/echo", new FetchInit { Method = "POST", Body = "a=1" }));

        Assert.Equal(200, delete.Status);
        Assert.Contains("\"method\": \"DELETE\"", delete.Body, StringComparison.Ordinal);
        Assert.Equal(200, sameOrigin.Status);
        Assert.Contains("\"sec-fetch-site\": \"same-origin\"", (sameOrigin.Body ?? string.Empty).ToLowerInvariant(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CorsKit_server_leaves_navigation_and_cross_site_reads_alone()
    {
        var server = await ProtectedServerAsync();
        var attacker = await PageAsync(AttackerHost);
        await using var navigating = await Suite.OpenIsolatedPageAsync(Suite.Pages.Origin(AttackerHost));

        var read = await attacker.FetchWireStatusAsync(new Uri(server.BaseAddress, "/echo").ToString(), new FetchInit { Mode = "no-cors", Credentials = "include" });
        var navigation = await navigating.NavigateAsync(new Uri(server.BaseAddress, "/").ToString());

        Assert.Equal(200, read);
        Assert.Equal(200, navigation);
    }
}
