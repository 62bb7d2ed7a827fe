namespace CorsKit.Browser.Tests.Infrastructure;

/// <summary>The <c>init</c> argument of <c>fetch(url, init)</c>; unset members are left out so the browser's defaults apply.</summary>
internal sealed record FetchInit
{
    public string? Method { get; init; }

    public IReadOnlyDictionary<string, string>? Headers { get; init; }

    /// <summary><c>omit</c>, <c>same-origin</c> (the browser's default) or <c>include</c>.</summary>
    public string? Credentials { get; init; }

    public string? Body { get; init; }

    /// <summary><c>cors</c> (the default), <c>no-cors</c> or <c>same-origin</c>.</summary>
    public string? Mode { get; init; }

    public static FetchInit WithMethod(string method) => new() { Method = method };

    public static FetchInit WithHeader(string name, string value, string? method = null) =>
        new() { Method = method, Headers = new Dictionary<string, string> { [name] = value } };

    public static FetchInit IncludingCredentials() => new() { Credentials = "include" };

    internal Dictionary<string, object> ToJavaScript()
    {
        var init = new Dictionary<string, object>();
        if (Method is not null)
        {
            init["method"] = Method;
        }

        if (Headers is not null)
        {
            init["headers"] = Headers;
        }

        if (Credentials is not null)
        {
            init["credentials"] = Credentials;
        }

        if (Body is not null)
        {
            init["body"] = Body;
        }

        if (Mode is not null)
        {
            init["mode"] = Mode;
        }

        return init;
    }
}
