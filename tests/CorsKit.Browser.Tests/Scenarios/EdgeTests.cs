using CorsKit.Browser.Tests.Infrastructure;
using CorsKit.TestSupport.Edge;

namespace CorsKit.Browser.Tests.Scenarios;

/// <summary>
/// corskit export's configuration on the real nginx, Caddy and HAProxy, judged by Chromium: for each policy shape of the
/// suite, every fetch gets the same verdict through the engine as through CorsKit.Server in front of the same upstream.
/// </summary>
public sealed class EdgeTests(BrowserSuite suite) : BrowserScenario(suite)
{
    private Dictionary<string, string> Shape(string shape)
    {
        var app = Suite.Pages.Origin(BrowserSuite.AppHost);
        return shape switch
        {
            "exact origin with credentials" => new() { ["CORS_ORIGINS"] = app, ["CORS_ALLOW_INSECURE_ORIGINS"] = "true", ["CORS_EXPOSE_HEADERS"] = "Content-Length" },
            "any origin" => new() { ["CORS_ORIGINS"] = "*", ["CORS_CREDENTIALS"] = "false", ["CORS_HEADERS"] = "*" },
            "subdomains on any port" => new() { ["CORS_ORIGINS"] = "http://*.app.test:*", ["CORS_ALLOW_INSECURE_ORIGINS"] = "true" },
            "no credentials" => new() { ["CORS_ORIGINS"] = app, ["CORS_CREDENTIALS"] = "false", ["CORS_METHODS"] = "GET,POST,patch,DELETE" },
            _ => new() { ["CORS_ORIGINS"] = app, ["CORS_ALLOW_INSECURE_ORIGINS"] = "true", ["CORS_HEADERS"] = "*,Authorization", ["CORS_MAX_AGE"] = "0" },
        };
    }

    public static TheoryData<string, string> EnginesAndShapes
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var engine in EdgeProxy.Engines)
            {
                foreach (var shape in new[] { "exact origin with credentials", "any origin", "subdomains on any port", "no credentials", "star headers with Authorization" })
                {
                    data.Add(engine, shape);
                }
            }

            return data;
        }
    }

    // What the suite's pages send: simple and credentialed reads, preflighted writes with Authorization, a lower-case
    // method, a custom header, each from the allowed page, a subdomain page and a stranger's page.
    private static readonly (string Name, Func<FetchInit> Init)[] Fetches =
    [
        ("GET", () => new FetchInit()),
        ("GET with credentials", FetchInit.IncludingCredentials),
        ("DELETE with Authorization and JSON", () => new FetchInit { Method = "DELETE", Credentials = "include", Headers = new Dictionary<string, string> { ["Authorization"] = "Bearer token", ["Content-Type"] = "application/json" } }),
        ("patch", () => FetchInit.WithMethod("patch")),
        ("X-Custom header", () => FetchInit.WithHeader("X-Custom", "1")),
        ("GET of the upstream's 500", () => new FetchInit()),
    ];

    [Theory]
    [MemberData(nameof(EnginesAndShapes))]
    public async Task Chromium_gives_the_same_verdict_through_the_edge_as_through_CorsKit_Server(string engine, string shape)
    {
        var upstream = await Suite.UpstreamAsync();
        var variables = Shape(shape);
        var server = await Suite.ServerAsync("edge-reference:" + shape, () => Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>(variables) { ["UPSTREAM"] = upstream.Address.ToString() }));
        await using var proxy = await EdgeProxy.StartAsync(engine, variables, upstream.Address);
        var differences = new List<string>();
        foreach (var host in new[] { BrowserSuite.AppHost, "www.app.test", "evil.test" })
        {
            var page = await PageAsync(host);
            foreach (var (name, init) in Fetches)
            {
                var path = name.Contains("500", StringComparison.Ordinal) ? "/api/fail" : "/api/items";
                var expected = await page.FetchAsync(new Uri(server.BaseAddress, path).ToString(), init());
                var actual = await page.FetchAsync(new Uri(proxy.BaseAddress, path).ToString(), init());
                // nginx itself refuses a method that is not upper case with a 400, before any configuration runs; the
                // export says so. Narrower than the server, never wider.
                if (engine == "nginx" && name == "patch" && expected.Allowed)
                {
                    Assert.False(actual.Allowed, $"nginx passed a lower-case method: {actual}");
                    Assert.Contains("with method 'patch') with its own 400", proxy.Configuration, StringComparison.Ordinal);
                    continue;
                }

                if (expected.Allowed != actual.Allowed || expected.Status != actual.Status)
                {
                    differences.Add($"{host}, {name}: CorsKit.Server {(expected.Allowed ? "allowed " + expected.Status : "blocked")}, {engine} {(actual.Allowed ? "allowed " + actual.Status : "blocked")}");
                }
            }
        }

        Assert.True(differences.Count == 0, $"Chromium's verdicts differ for \"{shape}\":\n{string.Join("\n", differences)}\n\n{proxy.Configuration}");
    }
}
