using System.Collections.Concurrent;
using CorsKit.Policy;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using CorsKit.TestSupport.Server;

namespace CorsKit.Browser.Tests.Infrastructure;

/// <summary>
/// Everything the run shares: one headless Chromium, the page server, and each API configuration, started the first
/// time a test asks for it and kept until the run ends. Each scenario class gets a browser context of its own (see <see cref="BrowserScenario"/>).
/// </summary>
public sealed class BrowserSuite : IAsyncLifetime
{
    /// <summary>The page host of the happy path; other page hosts are named in the scenarios.</summary>
    public const string AppHost = "app.test";

    // Flags from the issue: quiet, deterministic, no network beyond loopback. The resolver rule gives every *.test name
    // the loopback address, so origins differ by name without DNS; Chromium still sees distinct hosts.
    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--host-resolver-rules=MAP *.test 127.0.0.1",
    ];

    private readonly ConcurrentDictionary<string, Lazy<Task<ApiServer>>> _apis = new();
    private readonly ConcurrentDictionary<string, Lazy<Task<IAsyncDisposable>>> _processes = new();
    private readonly ConcurrentDictionary<string, Lazy<Task<IBrowserContext>>> _contexts = new();
    private readonly ConcurrentDictionary<(string Group, string Origin), Lazy<Task<BrowserPage>>> _pagesByGroup = new();
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private PageServer? _pages;

    internal PageServer Pages => _pages ?? throw new InvalidOperationException("The suite has not started.");

    /// <summary>The version Chromium reports, for failure messages and the behaviour notes.</summary>
    public string BrowserVersion => _browser?.Version ?? "not started";

    public async Task InitializeAsync()
    {
        var executable = ChromiumLocator.Find();
        _pages = await PageServer.StartAsync();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>
    /// The API behind CorsKit's ASP.NET Core middleware, with <paramref name="configure"/>'s options as its default
    /// policy, started once per <paramref name="name"/>: the same name must always mean the same configuration.
    /// </summary>
    internal Task<ApiServer> CorsKitApiAsync(string name, Action<CorsPolicyOptions> configure) =>
        SharedApiAsync(
            "corskit:" + name,
            () => app =>
            {
                app.UseCorsKit();
                app.MapApiEndpoints();
            },
            services =>
            {
                var options = new CorsPolicyOptions();
                configure(options);
                services.AddCorsKit(corsKit => corsKit.AddDefaultPolicy(options));
            });

    /// <summary>
    /// CorsKit.Server as a real process with <paramref name="environment"/>, started once per <paramref name="name"/>
    /// (the same name must always mean the same environment) and stopped when the run ends.
    /// </summary>
    internal async Task<ServerProcess> ServerAsync(string name, Func<Task<IReadOnlyDictionary<string, string>>> environment)
    {
        var started = _processes.GetOrAdd("server:" + name, _ => new Lazy<Task<IAsyncDisposable>>(async () =>
            await ServerProcess.StartAsync(await environment())));
        return (ServerProcess)await started.Value;
    }

    /// <summary>An API with no CORS of its own except a careless <c>*</c>, for the server's gateway mode; one per run.</summary>
    internal async Task<Upstream> UpstreamAsync() =>
        (Upstream)await _processes.GetOrAdd("upstream", _ => new Lazy<Task<IAsyncDisposable>>(async () =>
            await Upstream.StartAsync())).Value;

    /// <summary>The API whose CORS headers each request dictates in its query string (see <see cref="RawCorsHeaders"/>).</summary>
    internal Task<ApiServer> RawApiAsync() =>
        SharedApiAsync("raw", () => app =>
        {
            app.UseRawCorsHeaders();
            app.MapApiEndpoints();
        });

    /// <summary>
    /// The page at <paramref name="origin"/> in <paramref name="group"/>'s browser context, opened on first use and
    /// kept for the run. The context (cookies, preflight cache) belongs to that group alone.
    /// </summary>
    internal async Task<BrowserPage> GroupPageAsync(string group, string origin)
    {
        var context = await _contexts.GetOrAdd(group, _ => new Lazy<Task<IBrowserContext>>(NewContextAsync)).Value;
        return await _pagesByGroup.GetOrAdd((group, origin), _ => new Lazy<Task<BrowserPage>>(() => OpenPageAsync(context, origin))).Value;
    }

    /// <summary>Opens the page at <paramref name="origin"/> in a context of its own, for a test that must not share one; the caller disposes it.</summary>
    internal async Task<BrowserPage> OpenIsolatedPageAsync(string origin)
    {
        var context = await NewContextAsync();
        try
        {
            return await OpenPageAsync(context, origin);
        }
        catch
        {
            await context.CloseAsync();
            throw;
        }
    }

    private Task<IBrowserContext> NewContextAsync() =>
        (_browser ?? throw new InvalidOperationException("The suite has not started.")).NewContextAsync();

    private static async Task<BrowserPage> OpenPageAsync(IBrowserContext context, string origin)
    {
        var page = await context.NewPageAsync();
        var response = await page.GotoAsync(origin + "/");
        if (response is not { Ok: true })
        {
            throw new InvalidOperationException($"The test page at {origin}/ did not load (status {response?.Status}).");
        }

        return new BrowserPage(context, page, origin);
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            // Closing the browser closes every context and page with it.
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        foreach (var api in _apis.Values.Where(lazy => lazy.IsValueCreated))
        {
            await (await api.Value).DisposeAsync();
        }

        // A process that failed to start has nothing to stop; its test already reported why.
        foreach (var process in _processes.Values.Where(lazy => lazy.IsValueCreated && lazy.Value.IsCompletedSuccessfully))
        {
            await (await process.Value).DisposeAsync();
        }

        if (_pages is not null)
        {
            await _pages.DisposeAsync();
        }
    }

    private Task<ApiServer> SharedApiAsync(
        string key,
        Func<Action<Microsoft.AspNetCore.Builder.IApplicationBuilder>> pipeline,
        Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? services = null) =>
        _apis.GetOrAdd(key, _ => new Lazy<Task<ApiServer>>(async () => new ApiServer(await LoopbackServer.StartAsync(pipeline(), services: services)))).Value;
}
