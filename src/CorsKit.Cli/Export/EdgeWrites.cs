namespace CorsKit.Cli.Export;

/// <summary>Cross-origin write protection as the edge enforces it: who may write besides the origins that may read.</summary>
/// <param name="TrustedOrigins">Exact origins that may write without reading.</param>
/// <param name="AllowSameSite">True when <c>Sec-Fetch-Site: same-site</c> writes pass.</param>
internal sealed record EdgeWrites(IReadOnlyList<string> TrustedOrigins, bool AllowSameSite)
{
    /// <summary>The methods that are never writes, exactly as sent (the engine's <c>FetchMethods.IsSafe</c>).</summary>
    public const string SafeMethodsRegex = "^(?:GET|HEAD|OPTIONS|QUERY)$";

    /// <summary>
    /// The problem document of a refused write, as the middleware's has it but with one fix for every reason (the edge
    /// knows the reason's name, not its explanation). <paramref name="reason"/> is the engine's expression for the
    /// name. It holds no quote, apostrophe or percent sign, so each engine's string quoting takes it as it is.
    /// </summary>
    public static string ProblemDocument(string reason) =>
        "{\"type\":\"https://github.com/corskit/corskit/blob/main/docs/security.md#cross-origin-write-protection\",\"title\":\"Cross-origin write refused\",\"status\":403,"
        + $"\"reason\":\"{reason}\",\"fix\":\"Allow the page origin to read (CORS_ORIGINS), or trust it to write (CSRF_TRUSTED_ORIGINS).\"}}";
}
