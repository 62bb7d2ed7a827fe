namespace CorsKit.Browser.Tests.Infrastructure;

/// <summary>Assertions on the browser's verdict, with the whole verdict (and Chromium's console) in the failure message.</summary>
internal static class BrowserAssert
{
    public static FetchVerdict Allowed(FetchVerdict verdict)
    {
        Assert.True(verdict.Allowed, $"Expected the browser to let the page read the response. {verdict}");
        return verdict;
    }

    /// <summary>The page saw a network error: how every CORS failure looks to script (Fetch: "network error").</summary>
    public static FetchVerdict Blocked(FetchVerdict verdict)
    {
        Assert.False(verdict.Allowed, $"Expected the browser to block the response. {verdict}");
        Assert.Equal("TypeError: Failed to fetch", verdict.Error);
        return verdict;
    }
}
