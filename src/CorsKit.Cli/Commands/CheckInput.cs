using CorsKit.BrowserSimulation;

namespace CorsKit.Cli.Commands;

/// <summary>The arguments of <c>check</c>, before validation.</summary>
internal sealed record CheckInput(
    string Url,
    string Origin,
    string Method,
    IReadOnlyList<string> Headers,
    bool Credentials,
    string? Data,
    bool Json,
    int TimeoutSeconds,
    bool Verbose = false)
{
    /// <summary>The page's request, or a sentence saying which argument is wrong and how to write it.</summary>
    public (FetchRequest? Request, string? Error) ToFetchRequest()
    {
        if (!Uri.TryCreate(Url, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            return (null, $"the URL '{Url}' is not an absolute http or https URL; write it like https://api.example.com/path.");
        }

        var (origin, originError) = WebOrigin.Parse(Origin);
        if (origin is null)
        {
            return (null, $"--origin: {originError}");
        }

        var headers = new List<RequestHeader>();
        foreach (var text in Headers)
        {
            var header = RequestHeader.Parse(text);
            if (header is null)
            {
                return (null, $"--header '{text}' is not \"Name: value\" with a valid header name; write it like -H \"Content-Type: application/json\".");
            }

            headers.Add(header);
        }

        if (Method.Length == 0)
        {
            return (null, "--method is empty; write a method such as GET, POST or DELETE.");
        }

        var credentials = Credentials ? CredentialsMode.Include : CredentialsMode.SameOrigin;
        return (new FetchRequest(url, origin, Method, headers, credentials, Data), null);
    }
}
