using CorsKit.Fetch;

namespace CorsKit.BrowserSimulation;

/// <summary>What to change on the server (or in the page) for each kind of block.</summary>
internal static class ServerFixes
{
    /// <summary>One or two sentences naming the header to send and, for CorsKit, the setting to change.</summary>
    public static string For(CorsFailure failure, string origin, string method, CredentialsMode credentials, PreflightResult? preflight)
    {
        var which = failure.DuringPreflight ? "the OPTIONS preflight" : "the response";
        var credentialsHint = credentials == CredentialsMode.Include
            ? " Because the page sends credentials, also send 'Access-Control-Allow-Credentials: true' (CorsKit: Credentials / CORS_CREDENTIALS=true)."
            : "";
        return failure.Kind switch
        {
            CorsFailureKind.MissingAllowOriginHeader =>
                $"Make the server answer {which} from {origin} with 'Access-Control-Allow-Origin: {origin}' and 'Vary: Origin' (CorsKit: add {origin} to Origins / CORS_ORIGINS).{credentialsHint}"
                + (failure.DuringPreflight ? " The preflight must be answered before authentication and routing: it carries no cookies or Authorization." : ""),
            CorsFailureKind.MultipleAllowOriginValues =>
                $"Send exactly one Access-Control-Allow-Origin value, the caller's origin ('{origin}'), not a list; check that a proxy and the application do not both add the header.",
            CorsFailureKind.InvalidAllowOriginValue or CorsFailureKind.AllowOriginMismatch =>
                $"Send 'Access-Control-Allow-Origin: {origin}' exactly: scheme, host and port as the browser writes them, no path and no trailing slash. Compute it per request from an allow-list and add 'Vary: Origin'.",
            CorsFailureKind.WildcardOriginNotAllowed =>
                $"With credentials the server must name the origin: send 'Access-Control-Allow-Origin: {origin}', 'Access-Control-Allow-Credentials: true' and 'Vary: Origin' (CorsKit: list {origin} in Origins instead of '*'), or fetch without credentials: 'include'.",
            CorsFailureKind.InvalidAllowCredentials =>
                "Send 'Access-Control-Allow-Credentials: true' (exactly, lower case; CorsKit: Credentials / CORS_CREDENTIALS=true), or fetch without credentials: 'include' if the page needs no cookies.",
            CorsFailureKind.PreflightInvalidStatus =>
                $"Answer OPTIONS preflights with 204 (or 200) and the CORS headers, before authentication, CSRF checks or routing reject them (the server answered {failure.Value}).",
            CorsFailureKind.PreflightDisallowedRedirect =>
                "Do not redirect OPTIONS: point the page at the final URL (scheme, host, trailing slash) or answer the preflight where it arrives.",
            CorsFailureKind.InvalidAllowMethodsPreflightResponse =>
                $"Send Access-Control-Allow-Methods as a comma-separated list of method names, such as 'GET, POST, {method}' (got '{failure.Value}').",
            CorsFailureKind.InvalidAllowHeadersPreflightResponse =>
                $"Send Access-Control-Allow-Headers as a comma-separated list of header names, such as 'Content-Type, Authorization' (got '{failure.Value}').",
            CorsFailureKind.MethodDisallowedByPreflightResponse => MethodFix(method, credentials, preflight),
            CorsFailureKind.HeaderDisallowedByPreflightResponse => HeaderFix(failure.Value!, credentials, preflight),
            CorsFailureKind.RedirectContainsCredentials =>
                "Redirect to a URL without 'user:password@'; pass credentials in a header the preflight allows instead.",
            CorsFailureKind.InvalidRedirect =>
                "Send a redirect with a valid http(s) Location, and avoid redirect loops.",
            CorsFailureKind.RequestRejectedByFetch =>
                "Change the page's request: this is refused by fetch() itself, before any server is involved.",
            CorsFailureKind.WriteRefused =>
                $"If {origin} should write, allow it to read (CorsKit: Origins / CORS_ORIGINS), or trust it to write only (TrustedWriteOrigins / CSRF_TRUSTED_ORIGINS).",
            _ => "Check the server's CORS headers.",
        };
    }

    private static string MethodFix(string method, CredentialsMode credentials, PreflightResult? preflight)
    {
        var listed = preflight?.AllowedMethods ?? [];
        if (listed.Contains(method, StringComparer.OrdinalIgnoreCase))
        {
            var shown = listed.First(m => string.Equals(m, method, StringComparison.OrdinalIgnoreCase));
            return $"The server allows '{shown}' but the page sent '{method}': only DELETE, GET, HEAD, OPTIONS, POST and PUT are upper-cased by the browser. Write method: '{shown}' in the page, or list '{method}' byte for byte.";
        }

        if (listed.Contains("*", StringComparer.Ordinal) && credentials == CredentialsMode.Include)
        {
            return $"With credentials, '*' in Access-Control-Allow-Methods is the literal name '*': list {method} by name (CorsKit: Methods / CORS_METHODS).";
        }

        return $"Add {method} to Access-Control-Allow-Methods in the preflight response (CorsKit: add it to Methods / CORS_METHODS).";
    }

    private static string HeaderFix(string header, CredentialsMode credentials, PreflightResult? preflight)
    {
        var listed = preflight?.AllowedHeaders ?? [];
        if (listed.Contains("*", StringComparer.Ordinal))
        {
            if (FetchRequestHeaders.IsNonWildcardName(header))
            {
                return "'*' in Access-Control-Allow-Headers never covers Authorization: list Authorization by name (CorsKit: add Authorization to Headers / CORS_HEADERS).";
            }

            if (credentials == CredentialsMode.Include)
            {
                return $"With credentials, '*' in Access-Control-Allow-Headers is the literal name '*': list {header} by name (CorsKit: Headers / CORS_HEADERS).";
            }
        }

        return $"Add {header} to Access-Control-Allow-Headers in the preflight response (CorsKit: add it to Headers / CORS_HEADERS), or stop sending it from the page.";
    }
}
