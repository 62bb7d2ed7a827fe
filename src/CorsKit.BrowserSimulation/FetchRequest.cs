namespace CorsKit.BrowserSimulation;

/// <summary>What the page asks for: <c>fetch(Url, { method, headers, credentials, body })</c> from <c>Origin</c>.</summary>
/// <param name="Url">The resource.</param>
/// <param name="Origin">The page's serialized origin.</param>
/// <param name="Method">The method as the page wrote it; the browser normalizes it.</param>
/// <param name="Headers">The headers the page sets.</param>
/// <param name="Credentials">The credentials mode.</param>
/// <param name="Body">The body, if any.</param>
internal sealed record FetchRequest(
    Uri Url,
    string Origin,
    string Method,
    IReadOnlyList<RequestHeader> Headers,
    CredentialsMode Credentials,
    string? Body = null);
