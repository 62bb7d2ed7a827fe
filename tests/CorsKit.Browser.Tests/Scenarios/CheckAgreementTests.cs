using System.Globalization;
using CorsKit.Browser.Tests.Infrastructure;
using CorsKit.TestSupport.Cli;

namespace CorsKit.Browser.Tests.Scenarios;

/// <summary>
/// <c>corskit check</c> must reach Chromium's verdict: each scenario runs once as a real fetch in the page and once
/// through the command, against the same server, and the two must agree (exit code 0 = allowed, 1 = blocked).
/// </summary>
public sealed class CheckAgreementTests(BrowserSuite suite) : BrowserScenario(suite)
{
    public static TheoryData<string> Scenarios => new(AgreementScenario.All.Keys);

    [Theory]
    [MemberData(nameof(Scenarios))]
    public async Task Corskit_check_agrees_with_chromium(string name)
    {
        var scenario = AgreementScenario.All[name];
        var api = scenario.Raw ? await Suite.RawApiAsync() : await Suite.AgreementApiAsync();
        var page = await PageAsync(scenario.PageHost);
        var path = ApiServer.NewPath("agreement") + scenario.Query;

        var browser = await page.FetchAsync(api.Url(path), scenario.Init);
        var check = await RunCheckAsync(api, path, page.Origin, scenario.Init);

        Assert.True(browser.Allowed == scenario.ExpectAllowed, $"The scenario no longer shows what it was written for. {browser}");
        Assert.True(check.ExitCode == (browser.Allowed ? 0 : 1), $"corskit check said exit {check.ExitCode}, Chromium said {(browser.Allowed ? "allowed" : "blocked")}.\n{browser}\n{check.Output}{check.Error}");
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunCheckAsync(ApiServer api, string path, string origin, FetchInit init)
    {
        // The command resolves names through the system, which knows nothing of *.test: the same server by address.
        var url = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{new Uri(api.Origin).Port}{path}");
        List<string> args = ["check", url, "--origin", origin, "--method", init.Method ?? "GET"];
        foreach (var (header, value) in init.Headers ?? new Dictionary<string, string>())
        {
            args.AddRange(["--header", $"{header}: {value}"]);
        }

        if (init.Credentials == "include")
        {
            args.Add("--credentials");
        }

        if (init.Body is not null)
        {
            args.AddRange(["--data", init.Body]);
        }

        var result = await Corskit.RunAsync([.. args]);
        return (result.ExitCode, result.Out, result.Error);
    }
}

/// <summary>One fetch, and what Chromium is known to decide for it.</summary>
internal sealed record AgreementScenario(string PageHost, FetchInit Init, bool ExpectAllowed, bool Raw = false, string Query = "")
{
    private static readonly Dictionary<string, string> Json = new() { ["Content-Type"] = "application/json" };

    public static IReadOnlyDictionary<string, AgreementScenario> All { get; } = new Dictionary<string, AgreementScenario>
    {
        ["simple GET from the allowed origin"] = new("app.test", new FetchInit(), true),
        ["simple GET from another origin"] = new("other.test", new FetchInit(), false),
        ["simple POST with a text body"] = new("app.test", new FetchInit { Method = "POST", Body = "hello" }, true),
        ["PUT with JSON is preflighted and allowed"] = new("app.test", new FetchInit { Method = "PUT", Headers = Json, Body = "{}" }, true),
        ["DELETE is not listed"] = new("app.test", FetchInit.WithMethod("DELETE"), false),
        ["patch in lower case is not PATCH"] = new("app.test", FetchInit.WithMethod("patch"), false),
        ["PATCH as listed"] = new("app.test", FetchInit.WithMethod("PATCH"), true),
        ["an allowed custom header"] = new("app.test", FetchInit.WithHeader("X-Allowed", "1"), true),
        ["a custom header not listed"] = new("app.test", FetchInit.WithHeader("X-Other", "1"), false),
        ["a safelisted Accept-Language value"] = new("app.test", FetchInit.WithHeader("Accept-Language", "en-GB, fr;q=0.8"), true),
        ["an unsafe Accept-Language value is preflighted"] = new("app.test", FetchInit.WithHeader("Accept-Language", "en(GB)"), false),
        ["a 129-byte Content-Language value is preflighted"] = new("app.test", FetchInit.WithHeader("Content-Language", new string('a', 129)), false),
        ["a single byte range is safelisted"] = new("app.test", FetchInit.WithHeader("Range", "bytes=0-99"), true),
        ["a multi-range is preflighted"] = new("app.test", FetchInit.WithHeader("Range", "bytes=0-1,5-9"), false),
        ["credentials without Allow-Credentials"] = new("app.test", FetchInit.IncludingCredentials(), false),
        ["raw: star with credentials"] = new("app.test", FetchInit.IncludingCredentials(), false, Raw: true, Query: "?acao=*&acac=true"),
        ["raw: reflected origin with credentials"] = new("app.test", FetchInit.IncludingCredentials(), true, Raw: true, Query: "?acao=origin&acac=true"),
        ["raw: Allow-Credentials True is not true"] = new("app.test", FetchInit.IncludingCredentials(), false, Raw: true, Query: "?acao=origin&acac=True"),
        // The Fetch standard says "*" never covers Authorization; Chromium still lets it (docs/browser-behaviour.md).
        ["raw: star headers and Authorization (Chromium differs from Fetch)"] = new("app.test", FetchInit.WithHeader("Authorization", "Bearer x"), true, Raw: true, Query: "?acao=*&acah=*"),
        ["raw: star headers with credentials never cover Authorization"] = new("app.test", new FetchInit { Credentials = "include", Headers = new Dictionary<string, string> { ["Authorization"] = "Bearer x" } }, false, Raw: true, Query: "?acao=origin&acac=true&acah=*"),
        ["raw: star headers cover a custom header"] = new("app.test", FetchInit.WithHeader("X-Any", "1"), true, Raw: true, Query: "?acao=*&acah=*"),
        ["raw: star methods with credentials are literal"] = new("app.test", new FetchInit { Method = "PUT", Credentials = "include" }, false, Raw: true, Query: "?acao=origin&acac=true&acam=*"),
        ["raw: an origin with a trailing slash"] = new("app.test", new FetchInit(), false, Raw: true, Query: "?acao=http%3A%2F%2Fapp.test%2F"),
        ["raw: a malformed method list"] = new("app.test", FetchInit.WithMethod("PUT"), false, Raw: true, Query: "?acao=*&acam=PUT%2C%2CGET%20x"),
    };
}
