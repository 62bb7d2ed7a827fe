namespace CorsKit.Fetch;

/// <summary>How long browsers cache a preflight's answer (Fetch "CORS-preflight cache" and browsers' own caps).</summary>
public static class PreflightMaxAge
{
    /// <summary>The lifetime without <c>Access-Control-Max-Age</c>, or with an invalid one (https://fetch.spec.whatwg.org/#http-access-control-max-age).</summary>
    public const int DefaultSeconds = 5;

    /// <summary>Chromium's cap on <c>Access-Control-Max-Age</c>.</summary>
    public const int ChromiumCapSeconds = 7200;

    /// <summary>Firefox's cap on <c>Access-Control-Max-Age</c>.</summary>
    public const int FirefoxCapSeconds = 86400;
}
