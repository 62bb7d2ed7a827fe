namespace CorsKit.Browser.Tests.Infrastructure;

/// <summary>Every browser scenario joins this collection, so the run launches Chromium once.</summary>
[CollectionDefinition(Name)]
public sealed class UsesChromium : ICollectionFixture<BrowserSuite>
{
    public const string Name = "Chromium";
}
