using System.Collections.ObjectModel;
using CorsKit.Fetch;
using CorsKit.Origins;
using CorsKit.Policy;

namespace CorsKit.Writes;

/// <summary>
/// Cross-origin write protection, compiled with a <see cref="CorsKitPolicy"/>: the origins a policy lets read are the
/// origins it lets write. It decides from what the browser says of a request's source (<c>Sec-Fetch-Site</c>, then
/// <c>Origin</c>) whether a request that is not safe may reach the endpoint. It stops cross-site request forgery
/// (an attacker's form post or <c>no-cors</c> fetch, which CORS never stops) without tokens. Immutable, thread-safe,
/// and <see cref="Evaluate(in WriteRequest)"/> allocates nothing.
/// </summary>
public sealed class WriteProtection
{
    private const string NullOrigin = "null";

    private static readonly OriginMatcher NoOrigins = new([]);

    // The CORS policy whose readable origins may write; null when none may (an endpoint that disables CORS).
    private readonly CorsKitPolicy? _readers;
    private readonly OriginMatcher _trustedOrigins;

    internal WriteProtection(bool isEnabled, CorsKitPolicy? readers, IReadOnlyList<OriginPattern> trustedOrigins, bool allowsSameSite)
    {
        IsEnabled = isEnabled;
        _readers = readers;
        _trustedOrigins = trustedOrigins.Count == 0 ? NoOrigins : new OriginMatcher(trustedOrigins);
        TrustedOrigins = new ReadOnlyCollection<string>([.. trustedOrigins.Select(origin => origin.ToString())]);
        AllowsSameSite = allowsSameSite;
        RestrictsWrites = readers is null || !readers.AllowsAnyOrigin;
        WithoutReaders = readers is null ? this : new WriteProtection(isEnabled, null, trustedOrigins, allowsSameSite);
    }

    /// <summary>
    /// Protection that trusts no other origin: only same-origin requests, requests the user started, and requests
    /// without an <c>Origin</c> write. For endpoints that ask for protection where no policy applies.
    /// </summary>
    public static WriteProtection SameOriginOnly { get; } = new(true, null, [], allowsSameSite: false);

    /// <summary>True when the policy asks for writes to be checked; hosts check when this is true or an endpoint requires it.</summary>
    public bool IsEnabled { get; }

    /// <summary>
    /// False when the policy lets every origin read (<c>*</c>): then every origin may write too, and checking changes
    /// nothing. Hosts say so when they start.
    /// </summary>
    public bool RestrictsWrites { get; }

    /// <summary>True when the CORS policy's readable origins may write (false for <see cref="WithoutReaders"/>).</summary>
    public bool TrustsReaders => _readers is not null;

    /// <summary>Origins that may write without being allowed to read, such as a payment provider posting back.</summary>
    public IReadOnlyList<string> TrustedOrigins { get; }

    /// <summary>True when <c>Sec-Fetch-Site: same-site</c> (a sibling subdomain) may write.</summary>
    public bool AllowsSameSite { get; }

    /// <summary>
    /// The same protection without the CORS policy's origins, for endpoints that disable CORS: nobody reads there, so
    /// only the trusted write origins may write from elsewhere.
    /// </summary>
    public WriteProtection WithoutReaders { get; }

    /// <summary>
    /// Decides one request. Safe methods always pass. A write passes when the browser says it is same-origin or
    /// user-started, when its <c>Origin</c> may read or is trusted, when it is same-site and that is allowed, or, without
    /// <c>Sec-Fetch-Site</c>, when it has no <c>Origin</c> or its own. Everything else is refused with a reason. Never
    /// throws for any header content, and never allocates.
    /// </summary>
    public WriteDecision Evaluate(in WriteRequest request)
    {
        if (FetchMethods.IsSafe(request.Method))
        {
            return WriteDecision.Allow(WritePermit.SafeMethod);
        }

        if (!RestrictsWrites)
        {
            return WriteDecision.Allow(WritePermit.AnyOrigin);
        }

        var site = FetchMetadata.ParseSite(request.FetchSite);
        if (site == FetchSite.SameOrigin)
        {
            return WriteDecision.Allow(WritePermit.SameOrigin);
        }

        if (site == FetchSite.UserInitiated)
        {
            return WriteDecision.Allow(WritePermit.UserInitiated);
        }

        var origin = request.Origin;
        if (origin is not null && request.OriginCount == 1)
        {
            if (_readers?.AllowsOriginToRead(origin) == true)
            {
                return WriteDecision.Allow(WritePermit.ReadableOrigin);
            }

            if (_trustedOrigins.MatchesExactly(origin))
            {
                return WriteDecision.Allow(WritePermit.TrustedOrigin);
            }
        }

        return site switch
        {
            FetchSite.Missing => DecideWithoutFetchSite(request),
            FetchSite.SameSite when AllowsSameSite => WriteDecision.Allow(WritePermit.SameSite),
            FetchSite.SameSite => WriteDecision.Deny(WriteDenialReason.SameSite, origin),
            FetchSite.CrossSite => WriteDecision.Deny(WriteDenialReason.CrossSite, origin),
            _ => WriteDecision.Deny(WriteDenialReason.UnknownFetchSite, request.FetchSite),
        };
    }

    // An old browser, or a plain-http origin that is not local (browsers send Fetch Metadata only to potentially
    // trustworthy URLs): the Origin alone decides. Its scheme counts, so http://example.com never writes to
    // https://example.com.
    private static WriteDecision DecideWithoutFetchSite(in WriteRequest request)
    {
        var origin = request.Origin;
        if (origin is null)
        {
            return WriteDecision.Allow(WritePermit.NoOrigin);
        }

        if (request.OriginCount > 1)
        {
            return WriteDecision.Deny(WriteDenialReason.MultipleOrigins, null);
        }

        if (origin == NullOrigin)
        {
            return WriteDecision.Deny(WriteDenialReason.NullOrigin, origin);
        }

        if (!RequestOrigin.TryParse(origin, out var parsed))
        {
            return WriteDecision.Deny(WriteDenialReason.MalformedOrigin, origin);
        }

        return parsed.IsSameOrigin(request.Scheme, request.Host)
            ? WriteDecision.Allow(WritePermit.OwnOrigin)
            : WriteDecision.Deny(WriteDenialReason.ForeignOrigin, origin);
    }
}
