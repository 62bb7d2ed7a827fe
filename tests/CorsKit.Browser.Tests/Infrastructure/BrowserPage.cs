using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.Playwright;

namespace CorsKit.Browser.Tests.Infrastructure;

/// <summary>
/// The test page open at one origin, in a browser context. <see cref="FetchAsync"/> runs a real
/// <c>fetch</c> in the page and reports what the page's script could see: that is the browser's CORS verdict.
/// </summary>
internal sealed class BrowserPage : IAsyncDisposable
{
    // Reads the body and every header the page is allowed to read; a CORS failure surfaces as a rejected promise.
    // The result crosses to .NET as a JSON string, because Playwright's own object serialization adds
    // bookkeeping keys ("$id") that would pass for response headers.
    private const string FetchScript = """
        async ({ url, init }) => {
          let result;
          try {
            const response = await fetch(url, init);
            const body = await response.text();
            result = { allowed: true, status: response.status, body, headers: [...response.headers],
                       url: response.url, redirected: response.redirected, error: null };
          } catch (e) {
            result = { allowed: false, status: 0, body: null, headers: [], url: null, redirected: false,
                       error: e.name + ': ' + e.message };
          }
          return JSON.stringify(result);
        }
        """;

    private readonly IBrowserContext _context;
    private readonly IPage _page;
    private readonly ConcurrentQueue<string> _console = new();

    public BrowserPage(IBrowserContext context, IPage page, string origin)
    {
        _context = context;
        _page = page;
        Origin = origin;
        _page.Console += (_, message) => _console.Enqueue(message.Text);
    }

    /// <summary>The Playwright page itself, for a test that reads or fills the page's own elements.</summary>
    public IPage Tab => _page;

    /// <summary>The page's origin, as the browser will send it in <c>Origin</c>.</summary>
    public string Origin { get; }

    /// <summary>Runs <c>fetch(url, init)</c> in the page and returns what the page could observe.</summary>
    public async Task<FetchVerdict> FetchAsync(string url, FetchInit? init = null)
    {
        // Chromium's console explains a block ("...blocked by CORS policy: ..."); keep this fetch's lines for failure messages.
        _console.Clear();
        var json = await _page.EvaluateAsync<string>(FetchScript, new { url, init = (init ?? new FetchInit()).ToJavaScript() });
        using var result = JsonDocument.Parse(json);
        return FetchVerdict.From(Origin, url, result.RootElement, [.. _console]);
    }

    /// <summary>
    /// Submits a form as an attacker's page would (<c>form.submit()</c>, no user action), a top-level POST of
    /// <paramref name="fields"/> to <paramref name="url"/>, and returns the status and text of the page it navigates to.
    /// The page is left there: use pages from <see cref="BrowserSuite.OpenIsolatedPageAsync"/>.
    /// </summary>
    public async Task<(int Status, string Body)> SubmitFormAsync(string url, IReadOnlyDictionary<string, string> fields)
    {
        var response = await _page.RunAndWaitForResponseAsync(() => _page.EvaluateAsync("""
            ({ url, fields }) => {
              const form = document.createElement('form');
              form.method = 'POST';
              form.action = url;
              for (const [name, value] of Object.entries(fields)) {
                const input = document.createElement('input');
                input.type = 'hidden';
                input.name = name;
                input.value = value;
                form.appendChild(input);
              }
              document.body.appendChild(form);
              form.submit();
            }
            """, new { url, fields }), response => response.Request.IsNavigationRequest && response.Url == url);
        return (response.Status, await response.TextAsync());
    }

    /// <summary>
    /// Navigates the page to <paramref name="url"/> as a link would (a top-level GET) and returns the status. The page
    /// is left there: use pages from <see cref="BrowserSuite.OpenIsolatedPageAsync"/>.
    /// </summary>
    public async Task<int> NavigateAsync(string url)
    {
        var response = await _page.RunAndWaitForResponseAsync(() => _page.EvaluateAsync("url => { location.href = url; }", url),
            response => response.Request.IsNavigationRequest && response.Url == url);
        return response.Status;
    }

    /// <summary>
    /// Runs <c>fetch(url, init)</c> and returns the status the server answered on the wire, which a <c>no-cors</c>
    /// fetch's opaque response hides from the page (the browser's network log still has it).
    /// </summary>
    public async Task<int> FetchWireStatusAsync(string url, FetchInit init)
    {
        var response = await _page.RunAndWaitForResponseAsync(() => FetchAsync(url, init), response => response.Url == url);
        return response.Status;
    }

    /// <summary>Runs <paramref name="script"/>, a function of one argument, in the page and returns its result.</summary>
    public Task<T> EvaluateAsync<T>(string script, object? argument) => _page.EvaluateAsync<T>(script, argument);

    /// <summary>Gives the browser a host-only cookie for <paramref name="api"/>, sent only when a fetch includes credentials.</summary>
    public Task AddCookieAsync(ApiServer api, string name, string value) =>
        _context.AddCookiesAsync([new Cookie { Name = name, Value = value, Url = api.Origin, SameSite = SameSiteAttribute.Lax }]);

    /// <summary>Closes the page's context; only for pages from <see cref="BrowserSuite.OpenIsolatedPageAsync"/>.</summary>
    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
