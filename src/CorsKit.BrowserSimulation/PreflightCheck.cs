using System.Globalization;
using CorsKit.Fetch;
using CorsKit.BrowserSimulation.Transport;

namespace CorsKit.BrowserSimulation;

/// <summary>The checks a browser runs on a preflight response (CORS-preflight fetch, steps after the response).</summary>
internal static class PreflightCheck
{
    /// <summary>
    /// Checks a preflight response for a request with the normalized <paramref name="method"/> and the
    /// <paramref name="unsafeHeaderNames"/> that caused the preflight.
    /// </summary>
    public static PreflightResult Run(
        ReceivedResponse response,
        string requestOrigin,
        CredentialsMode credentials,
        string method,
        IReadOnlyList<string> unsafeHeaderNames)
    {
        if (response.IsRedirect)
        {
            return Fail(new CorsFailure(CorsFailureKind.PreflightDisallowedRedirect, DuringPreflight: true));
        }

        // Chromium reports the CORS check before the status, so a 404 without CORS headers reads "No ... header".
        var corsFailure = CorsCheck.Run(response, requestOrigin, credentials);
        if (corsFailure is not null)
        {
            return Fail(corsFailure with { DuringPreflight = true });
        }

        if (!response.IsOk)
        {
            return Fail(new CorsFailure(CorsFailureKind.PreflightInvalidStatus, response.Status.ToString(CultureInfo.InvariantCulture), true));
        }

        var methods = HttpSyntax.ParseTokenList(response.Get("Access-Control-Allow-Methods"));
        if (methods is null)
        {
            return Fail(new CorsFailure(CorsFailureKind.InvalidAllowMethodsPreflightResponse, response.Get("Access-Control-Allow-Methods"), true));
        }

        var headers = HttpSyntax.ParseTokenList(response.Get("Access-Control-Allow-Headers"));
        if (headers is null)
        {
            return Fail(new CorsFailure(CorsFailureKind.InvalidAllowHeadersPreflightResponse, response.Get("Access-Control-Allow-Headers"), true));
        }

        var maxAge = MaxAge(response.Get("Access-Control-Max-Age"));
        if (!IsMethodAllowed(method, methods, credentials))
        {
            return new PreflightResult(new CorsFailure(CorsFailureKind.MethodDisallowedByPreflightResponse, method, true), methods, headers, maxAge);
        }

        var missing = FirstHeaderNotAllowed(unsafeHeaderNames, headers, credentials);
        if (missing is not null && FetchRequestHeaders.IsNonWildcardName(missing) && FirstHeaderNotAllowed(unsafeHeaderNames.Where(name => !FetchRequestHeaders.IsNonWildcardName(name)).ToList(), headers, credentials) is null
            && credentials != CredentialsMode.Include && headers.Contains("*", StringComparer.Ordinal))
        {
            // Chromium (156, as our browser suite shows) still lets "*" cover Authorization; the Fetch standard and
            // Firefox do not. corskit check gives Chromium's verdict and says so.
            return new PreflightResult(null, methods, headers, maxAge, ChromiumAuthorizationCaveat);
        }

        var failure = missing is null ? null : new CorsFailure(CorsFailureKind.HeaderDisallowedByPreflightResponse, missing, true);
        return new PreflightResult(failure, methods, headers, maxAge);
    }

    /// <summary>The note for a preflight that only Chromium passes.</summary>
    public const string ChromiumAuthorizationCaveat =
        "Chromium passes this preflight because it lets Access-Control-Allow-Headers: * cover Authorization; the Fetch standard and Firefox do not, and block it. Fix: list Authorization by name.";

    /// <summary>Listed byte for byte, safelisted, or <c>*</c> without credentials.</summary>
    public static bool IsMethodAllowed(string method, IReadOnlyList<string> allowedMethods, CredentialsMode credentials) =>
        allowedMethods.Contains(method, StringComparer.Ordinal)
        || FetchMethods.IsSafelisted(method)
        || (credentials != CredentialsMode.Include && allowedMethods.Contains("*", StringComparer.Ordinal));

    /// <summary>
    /// The first unsafe header name the list does not cover. Names compare case-insensitively; <c>*</c> covers every
    /// name except <c>authorization</c>, and only without credentials.
    /// </summary>
    public static string? FirstHeaderNotAllowed(IReadOnlyList<string> unsafeHeaderNames, IReadOnlyList<string> allowedHeaders, CredentialsMode credentials)
    {
        var wildcard = credentials != CredentialsMode.Include && allowedHeaders.Contains("*", StringComparer.Ordinal);
        foreach (var name in unsafeHeaderNames)
        {
            if (allowedHeaders.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            if (wildcard && !FetchRequestHeaders.IsNonWildcardName(name))
            {
                continue;
            }

            return name;
        }

        return null;
    }

    /// <summary>The cache lifetime a browser would use: the value when it is a non-negative integer, capped; else 5 s.</summary>
    public static int MaxAge(string? value)
    {
        if (value is null || value.Length == 0 || !value.All(char.IsAsciiDigit))
        {
            return PreflightMaxAge.DefaultSeconds;
        }

        return int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? Math.Min(seconds, PreflightMaxAge.ChromiumCapSeconds)
            : PreflightMaxAge.ChromiumCapSeconds;
    }

    private static PreflightResult Fail(CorsFailure failure) => new(failure, [], [], 0);
}
