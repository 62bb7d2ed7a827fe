namespace CorsKit.Browser.Tests.Infrastructure;

/// <summary>
/// Base of every scenario class: joins the Chromium collection and gives the class its own browser context, so
/// cookies set by one group never leak into another while pages are opened once per group (opening a context and
/// loading a page costs far more than a fetch). Scenarios stay independent inside a group by using
/// <see cref="ApiServer.NewPath"/>, which also keeps the preflight cache from carrying over between tests.
/// </summary>
[Collection(UsesChromium.Name)]
public abstract class BrowserScenario(BrowserSuite suite)
{
    /// <summary>The run's shared browser and servers.</summary>
    public BrowserSuite Suite { get; } = suite;

    /// <summary>This group's page at <c>http://<paramref name="host"/>:PORT</c> (the page server's other port when asked).</summary>
    private protected Task<BrowserPage> PageAsync(string host = BrowserSuite.AppHost, bool otherPort = false) =>
        Suite.GroupPageAsync(GetType().FullName!, Suite.Pages.Origin(host, otherPort));
}
