using CorsKit.BrowserSimulation.Transport;

namespace CorsKit.BrowserSimulation;

/// <summary>
/// The Fetch standard's CORS check, run on every cross-origin response (preflights, redirects and the final response).
/// </summary>
internal static class CorsCheck
{
    /// <summary>Returns the failure, or <see langword="null"/> when the page may read the response.</summary>
    public static CorsFailure? Run(ReceivedResponse response, string requestOrigin, CredentialsMode credentials)
    {
        var allowOrigin = response.Get("Access-Control-Allow-Origin");
        if (allowOrigin is null)
        {
            return new CorsFailure(CorsFailureKind.MissingAllowOriginHeader);
        }

        if (allowOrigin == "*" && credentials != CredentialsMode.Include)
        {
            return null;
        }

        if (allowOrigin == "*")
        {
            return new CorsFailure(CorsFailureKind.WildcardOriginNotAllowed, allowOrigin);
        }

        if (allowOrigin != requestOrigin)
        {
            return new CorsFailure(ClassifyMismatch(allowOrigin), allowOrigin);
        }

        if (credentials == CredentialsMode.Include)
        {
            var allowCredentials = response.Get("Access-Control-Allow-Credentials");
            if (allowCredentials != "true")
            {
                return new CorsFailure(CorsFailureKind.InvalidAllowCredentials, allowCredentials ?? "");
            }
        }

        return null;
    }

    // The standard only says "not equal"; Chromium names the likely cause, and so do we.
    private static CorsFailureKind ClassifyMismatch(string allowOrigin)
    {
        if (allowOrigin.AsSpan().IndexOfAny(' ', ',') >= 0)
        {
            return CorsFailureKind.MultipleAllowOriginValues;
        }

        if (allowOrigin == WebOrigin.Null)
        {
            return CorsFailureKind.AllowOriginMismatch;
        }

        return Uri.TryCreate(allowOrigin, UriKind.Absolute, out _)
            ? CorsFailureKind.AllowOriginMismatch
            : CorsFailureKind.InvalidAllowOriginValue;
    }
}
