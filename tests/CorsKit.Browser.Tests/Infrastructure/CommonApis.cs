namespace CorsKit.Browser.Tests.Infrastructure;

/// <summary>The API configurations several scenario groups share, so each is started once per run.</summary>
internal static class CommonApis
{
    /// <summary>Origins: only <c>http://app.test:PORT</c>; no methods, headers, credentials or exposed headers.</summary>
    public static Task<ApiServer> AppOriginOnlyApiAsync(this BrowserSuite suite) =>
        suite.CorsKitApiAsync("app-origin-only", options => options.Origins.Add(suite.Pages.Origin(BrowserSuite.AppHost)));

    /// <summary>Origins: <c>*</c>, nothing else.</summary>
    public static Task<ApiServer> AnyOriginApiAsync(this BrowserSuite suite) =>
        suite.CorsKitApiAsync("any-origin", options => options.Origins.Add("*"));

    /// <summary>
    /// Origins: <c>http://app.test:PORT</c>; methods PUT and PATCH; headers X-Allowed and Content-Type; no credentials:
    /// the policy the <c>corskit check</c> agreement scenarios run against.
    /// </summary>
    public static Task<ApiServer> AgreementApiAsync(this BrowserSuite suite) =>
        suite.CorsKitApiAsync("check-agreement", options =>
        {
            options.Origins.Add(suite.Pages.Origin(BrowserSuite.AppHost));
            options.Methods.Add("PUT");
            options.Methods.Add("PATCH");
            options.Headers.Add("X-Allowed");
            options.Headers.Add("Content-Type");
        });
}
