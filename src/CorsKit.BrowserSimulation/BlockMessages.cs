namespace CorsKit.BrowserSimulation;

/// <summary>The console message Chromium prints for a blocked fetch, word for word where we know it.</summary>
internal static class BlockMessages
{
    /// <summary>The whole message for <paramref name="failure"/>.</summary>
    public static string For(CorsFailure failure, Uri url, Uri initialUrl, string origin)
    {
        var redirected = url == initialUrl ? "" : $" (redirected from '{initialUrl}')";
        var prefix = $"Access to fetch at '{url}'{redirected} from origin '{origin}' has been blocked by CORS policy: ";
        return prefix + Reason(failure);
    }

    /// <summary>The part after "blocked by CORS policy: ".</summary>
    public static string Reason(CorsFailure failure)
    {
        var preflight = failure.DuringPreflight ? "Response to preflight request doesn't pass access control check: " : "";
        return failure.Kind switch
        {
            CorsFailureKind.MissingAllowOriginHeader => preflight + "No 'Access-Control-Allow-Origin' header is present on the requested resource."
                + (failure.DuringPreflight ? "" : " If an opaque response serves your needs, set the request's mode to 'no-cors' to fetch the resource with CORS disabled."),
            CorsFailureKind.MultipleAllowOriginValues => preflight + $"The 'Access-Control-Allow-Origin' header contains multiple values '{failure.Value}', but only one is allowed.",
            CorsFailureKind.InvalidAllowOriginValue => preflight + $"The 'Access-Control-Allow-Origin' header contains the invalid value '{failure.Value}'.",
            CorsFailureKind.AllowOriginMismatch => preflight + $"The 'Access-Control-Allow-Origin' header has a value '{failure.Value}' that is not equal to the supplied origin.",
            CorsFailureKind.WildcardOriginNotAllowed => preflight + "The value of the 'Access-Control-Allow-Origin' header in the response must not be the wildcard '*' when the request's credentials mode is 'include'.",
            CorsFailureKind.InvalidAllowCredentials => preflight + $"The value of the 'Access-Control-Allow-Credentials' header in the response is '{failure.Value}' which must be 'true' when the request's credentials mode is 'include'.",
            CorsFailureKind.PreflightInvalidStatus => "Response to preflight request doesn't pass access control check: It does not have HTTP ok status.",
            CorsFailureKind.PreflightDisallowedRedirect => "Response to preflight request doesn't pass access control check: Redirect is not allowed for a preflight request.",
            CorsFailureKind.InvalidAllowMethodsPreflightResponse => "Cannot parse Access-Control-Allow-Methods response header field in preflight response.",
            CorsFailureKind.InvalidAllowHeadersPreflightResponse => "Cannot parse Access-Control-Allow-Headers response header field in preflight response.",
            CorsFailureKind.MethodDisallowedByPreflightResponse => $"Method {failure.Value} is not allowed by Access-Control-Allow-Methods in preflight response.",
            CorsFailureKind.HeaderDisallowedByPreflightResponse => $"Request header field {failure.Value} is not allowed by Access-Control-Allow-Headers in preflight response.",
            CorsFailureKind.RedirectContainsCredentials => $"Redirect location '{failure.Value}' contains a username and password, which is disallowed for cross-origin requests.",
            CorsFailureKind.InvalidRedirect => $"Redirect location '{failure.Value}' is invalid or there were more than {RedirectRules.MaxRedirects} redirects.",
            CorsFailureKind.RequestRejectedByFetch => $"fetch() refuses the request before sending it: {failure.Value}",

            // What Chromium prints for the 403, which carries no CORS header; the step's note says what really happened.
            CorsFailureKind.WriteRefused => "No 'Access-Control-Allow-Origin' header is present on the requested resource.",
            _ => failure.Kind.ToString(),
        };
    }
}
