namespace CorsKit.Evaluation;

/// <summary>
/// Hard limits on request headers. No browser comes near them; a request over them is refused before any other
/// work, so a hostile header costs microseconds whatever its size.
/// </summary>
public static class CorsLimits
{
    /// <summary>The longest <c>Origin</c> considered: a host name has at most 253 characters.</summary>
    public const int MaxOriginLength = Origins.RequestOrigin.MaxLength;

    /// <summary>The longest <c>Access-Control-Request-Headers</c> value considered.</summary>
    public const int MaxRequestHeadersLength = 4096;

    /// <summary>
    /// The most elements an <c>Access-Control-Request-Headers</c> value may list: header names and empty elements
    /// (<c>a,,b</c> has three) alike, so a flood of commas is refused as soon as it passes the limit.
    /// </summary>
    public const int MaxRequestHeaderNames = 64;
}
