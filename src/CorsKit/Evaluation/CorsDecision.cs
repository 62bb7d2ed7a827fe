using CorsKit.Origins;

namespace CorsKit.Evaluation;

/// <summary>
/// What CORS decided for one request: whether it is allowed, why not, and the exact response headers. It is a value
/// built from strings the policy precomputed or the request already carried, so deciding allocates nothing.
/// </summary>
public readonly struct CorsDecision
{
    /// <summary>
    /// An origin that is neither allowed nor <c>null</c>, refused by a policy without patterns or predicate: whether it
    /// is malformed changes nothing in the answer, only the reason, so the parse that tells is done when the reason is
    /// read (logs, metrics), not on every refused request. It removes most of the cost of a refusal.
    /// </summary>
    internal const CorsDenialReason UnclassifiedOrigin = (CorsDenialReason)(-1);

    private readonly CorsDenialReason _denialReason;

    /// <summary>Preflight, actual request, or not a CORS request at all.</summary>
    public CorsRequestKind Kind { get; internal init; }

    /// <summary>Why the request was refused, or <see cref="CorsDenialReason.None"/>.</summary>
    public CorsDenialReason DenialReason
    {
        get => _denialReason == UnclassifiedOrigin ? ClassifyRefusedOrigin(DeniedValue.Span) : _denialReason;
        internal init => _denialReason = value;
    }

    /// <summary>True for a CORS request (preflight or actual) that the policy allows.</summary>
    public bool IsAllowed => Kind != CorsRequestKind.NotCors && _denialReason == CorsDenialReason.None;

    /// <summary>
    /// For a preflight, the status to answer with at once (the policy's success status, or 403); the application is
    /// never invoked. Zero for other requests, which the application answers.
    /// </summary>
    public int PreflightStatusCode { get; internal init; }

    /// <summary>The <c>Access-Control-Allow-Origin</c> value, or <see langword="null"/> when none is sent.</summary>
    public string? AllowOrigin { get; internal init; }

    /// <summary>True when <c>Access-Control-Allow-Credentials: true</c> is sent.</summary>
    public bool AllowCredentials { get; internal init; }

    /// <summary>The <c>Access-Control-Allow-Methods</c> value of an allowed preflight, or <see langword="null"/>.</summary>
    public string? AllowMethods { get; internal init; }

    /// <summary>The <c>Access-Control-Allow-Headers</c> value of an allowed preflight, or <see langword="null"/>.</summary>
    public string? AllowHeaders { get; internal init; }

    /// <summary>The <c>Access-Control-Max-Age</c> value of an allowed preflight, or <see langword="null"/>.</summary>
    public string? MaxAge { get; internal init; }

    /// <summary>The <c>Access-Control-Expose-Headers</c> value of an allowed actual request, or <see langword="null"/>.</summary>
    public string? ExposeHeaders { get; internal init; }

    /// <summary>True when the response depends on the <c>Origin</c> and must carry <c>Vary: Origin</c> for caches.</summary>
    public bool VaryByOrigin { get; internal init; }

    /// <summary>
    /// The origin, method or header name that was refused (the request's own header or a slice of it, not a copy), for
    /// logs; empty when the reason is not about one value.
    /// </summary>
    public ReadOnlyMemory<char> DeniedValue { get; internal init; }

    /// <summary>
    /// Writes the decision's response headers, and nothing else, to <paramref name="writer"/>: <c>Vary: Origin</c> when
    /// the answer depends on the origin, then, for an allowed request, each header the decision carries. This is the
    /// one algorithm every host uses.
    /// </summary>
    public void WriteHeaders<TWriter>(ref TWriter writer)
        where TWriter : ICorsResponseHeaderWriter
    {
        if (VaryByOrigin)
        {
            writer.AppendVaryOrigin();
        }

        if (!IsAllowed || !writer.TrySetAllowOrigin(AllowOrigin!))
        {
            return;
        }

        if (AllowCredentials)
        {
            writer.SetAllowCredentials();
        }

        if (AllowMethods is { } methods)
        {
            writer.SetAllowMethods(methods);
        }

        if (AllowHeaders is { } headers)
        {
            writer.SetAllowHeaders(headers);
        }

        if (MaxAge is { } maxAge)
        {
            writer.SetMaxAge(maxAge);
        }

        if (ExposeHeaders is { } exposeHeaders)
        {
            writer.SetExposeHeaders(exposeHeaders);
        }
    }

    private static CorsDenialReason ClassifyRefusedOrigin(ReadOnlySpan<char> origin) =>
        RequestOrigin.TryParse(origin, out _) ? CorsDenialReason.OriginNotAllowed : CorsDenialReason.MalformedOrigin;
}
