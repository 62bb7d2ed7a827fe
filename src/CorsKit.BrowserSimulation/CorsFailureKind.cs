namespace CorsKit.BrowserSimulation;

/// <summary>Why a browser refuses a cross-origin response; the names follow Chromium's CORS error codes.</summary>
internal enum CorsFailureKind
{
    /// <summary>No <c>Access-Control-Allow-Origin</c> header.</summary>
    MissingAllowOriginHeader,

    /// <summary>Several values (several lines, or a list) in <c>Access-Control-Allow-Origin</c>.</summary>
    MultipleAllowOriginValues,

    /// <summary><c>Access-Control-Allow-Origin</c> is not an origin at all.</summary>
    InvalidAllowOriginValue,

    /// <summary><c>Access-Control-Allow-Origin</c> names another origin (or differs in case, slash, port...).</summary>
    AllowOriginMismatch,

    /// <summary><c>*</c> with <c>credentials: "include"</c>.</summary>
    WildcardOriginNotAllowed,

    /// <summary><c>credentials: "include"</c> without <c>Access-Control-Allow-Credentials: true</c>.</summary>
    InvalidAllowCredentials,

    /// <summary>The preflight answered with a status outside 200–299.</summary>
    PreflightInvalidStatus,

    /// <summary>The preflight answered with a redirect.</summary>
    PreflightDisallowedRedirect,

    /// <summary><c>Access-Control-Allow-Methods</c> is not a list of tokens.</summary>
    InvalidAllowMethodsPreflightResponse,

    /// <summary><c>Access-Control-Allow-Headers</c> is not a list of tokens.</summary>
    InvalidAllowHeadersPreflightResponse,

    /// <summary>The method is not in <c>Access-Control-Allow-Methods</c>.</summary>
    MethodDisallowedByPreflightResponse,

    /// <summary>A request header is not in <c>Access-Control-Allow-Headers</c>.</summary>
    HeaderDisallowedByPreflightResponse,

    /// <summary>A redirect's <c>Location</c> carries a user name or password.</summary>
    RedirectContainsCredentials,

    /// <summary>A redirect without a usable <c>Location</c>, or more than 20 redirects.</summary>
    InvalidRedirect,

    /// <summary><c>fetch</c> itself refuses the request (forbidden method, body on GET...): nothing is sent.</summary>
    RequestRejectedByFetch,

    /// <summary>
    /// Not a CORS failure: the server's cross-origin write protection refused the request (403 with a problem document)
    /// before the endpoint ran. The browser reports it as a missing <c>Access-Control-Allow-Origin</c>.
    /// </summary>
    WriteRefused,
}
