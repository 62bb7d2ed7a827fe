namespace CorsKit.Cli.Export;

/// <summary>Cross-origin write protection as the edge enforces it: who may write besides the origins that may read.</summary>
/// <param name="TrustedOrigins">Exact origins that may write without reading.</param>
/// <param name="AllowSameSite">True when <c>Sec-Fetch-Site: same-site</c> writes pass.</param>
internal sealed record EdgeWrites(IReadOnlyList<string> TrustedOrigins, bool AllowSameSite)
{
    /// <summary>The methods that are never writes, exactly as sent (the engine's <c>FetchMethods.IsSafe</c>).</summary>
    public const string SafeMethodsRegex = "^(?:GET|HEAD|OPTIONS|QUERY)$";
}
