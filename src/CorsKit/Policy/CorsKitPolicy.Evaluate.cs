using System.Runtime.CompilerServices;
using CorsKit.Evaluation;
using CorsKit.Headers;
using CorsKit.Origins;
using CorsKit.Fetch;

namespace CorsKit.Policy;

// The request path. Everything here reads precomputed state and slices the request's own strings: no allocation,
// no regular expression, no scan over the configured origins.
public sealed partial class CorsKitPolicy
{
    private const string NullOrigin = "null";

    /// <summary>
    /// Decides a request by the Fetch standard's CORS protocol. Never throws for any header content, and never allocates.
    /// </summary>
    // Never inlined: inlined into a host's request method (the middleware's), its struct temporaries made that method
    // clear a large stack frame on every call, a measurable part of an allowed preflight.
    [MethodImpl(MethodImplOptions.NoInlining)]
    public CorsDecision Evaluate(in CorsRequest request)
    {
        if (!request.IsPreflight)
        {
            return DecideNonPreflight(request.Origin, request.OriginCount);
        }

        var origin = request.Origin!;
        var originDenial = CheckOrigin(origin, request.OriginCount);
        if (originDenial != CorsDenialReason.None)
        {
            return DenyOrigin(CorsRequestKind.Preflight, originDenial, origin);
        }

        return EvaluatePreflight(request, AllowsAnyOrigin ? "*" : origin);
    }

    /// <summary>
    /// Decides a request that is not a preflight from its <c>Origin</c> header alone: the decision
    /// <see cref="Evaluate(in CorsRequest)"/> gives such a request, whatever its method. For hosts that have already
    /// told preflights apart; it spares them reading the method. Never throws, and never allocates.
    /// </summary>
    /// <param name="origin">The <c>Origin</c> header's value, or <see langword="null"/> when the request has none.</param>
    /// <param name="originCount">How many <c>Origin</c> header values the request carries; more than one is refused.</param>
    // Never inlined, for the reason Evaluate is not.
    [MethodImpl(MethodImplOptions.NoInlining)]
    public CorsDecision EvaluateActual(string? origin, int originCount = 1) => DecideNonPreflight(origin, originCount);

    // The body of both public methods for everything but a preflight, inlined into each so neither pays a second call.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private CorsDecision DecideNonPreflight(string? origin, int originCount)
    {
        if (origin is null)
        {
            return new CorsDecision { Kind = CorsRequestKind.NotCors, VaryByOrigin = VaryByOrigin };
        }

        var originDenial = CheckOrigin(origin, originCount);
        if (originDenial != CorsDenialReason.None)
        {
            return DenyOrigin(CorsRequestKind.Actual, originDenial, origin);
        }

        return new CorsDecision
        {
            Kind = CorsRequestKind.Actual,
            AllowOrigin = AllowsAnyOrigin ? "*" : origin,
            AllowCredentials = AllowsCredentials,
            ExposeHeaders = _exposeHeadersValue,
            VaryByOrigin = VaryByOrigin,
        };
    }

    // Several Origin values are not one origin, so none of them is named as the refused value.
    private CorsDecision DenyOrigin(CorsRequestKind kind, CorsDenialReason reason, string origin) =>
        Deny(kind, reason, reason is CorsDenialReason.MultipleOrigins ? default : origin.AsMemory());

    // Out of line too: inlined, its header-list reader and tuples widened Evaluate's own frame, which every
    // preflight through the middleware paid for.
    [MethodImpl(MethodImplOptions.NoInlining)]
    private CorsDecision EvaluatePreflight(in CorsRequest request, string allowOrigin)
    {
        var requestMethod = request.RequestMethod!;
        var methodDenial = CheckRequestMethod(requestMethod, out var method);
        if (methodDenial != CorsDenialReason.None)
        {
            return Deny(CorsRequestKind.Preflight, methodDenial, requestMethod.AsMemory());
        }

        var requestHeaders = request.RequestHeaders;
        var (headerDenial, deniedHeader, anyHeader) = CheckRequestHeaders(requestHeaders);
        if (headerDenial != CorsDenialReason.None)
        {
            return Deny(CorsRequestKind.Preflight, headerDenial, deniedHeader);
        }

        return new CorsDecision
        {
            Kind = CorsRequestKind.Preflight,
            PreflightStatusCode = PreflightStatus,
            AllowOrigin = allowOrigin,
            AllowCredentials = AllowsCredentials,
            AllowMethods = _reflectMethod ? method : _allowMethodsValue,
            AllowHeaders = _reflectHeaders ? (anyHeader ? requestHeaders : null) : _allowHeadersValue,
            MaxAge = _maxAgeValue,
            VaryByOrigin = VaryByOrigin,
        };
    }

    /// <summary>True when <paramref name="origin"/>, a request's only <c>Origin</c>, may read: what write protection trusts.</summary>
    internal bool AllowsOriginToRead(string origin) => CheckOrigin(origin, 1) == CorsDenialReason.None;

    private CorsDenialReason CheckOrigin(string origin, int originCount)
    {
        // "*" is one public answer for everybody, whatever the Origin says, even null or malformed. Answering some
        // origins differently would make the response depend on the Origin without a Vary, so a shared cache could
        // serve the odd answer to everyone.
        if (AllowsAnyOrigin)
        {
            return CorsDenialReason.None;
        }

        if (originCount > 1)
        {
            return CorsDenialReason.MultipleOrigins;
        }

        // Length first, so an 8 KB header is refused before it is hashed or parsed.
        if (origin.Length > CorsLimits.MaxOriginLength)
        {
            return CorsDenialReason.MalformedOrigin;
        }

        if (_origins.MatchesExactly(origin))
        {
            return CorsDenialReason.None;
        }

        if (origin == NullOrigin)
        {
            return CorsDenialReason.NullOrigin;
        }

        if (_refusesEveryOtherOrigin)
        {
            return CorsDecision.UnclassifiedOrigin;
        }

        if (!RequestOrigin.TryParse(origin, out var parsed))
        {
            return CorsDenialReason.MalformedOrigin;
        }

        return _origins.MatchesPattern(parsed) || _originPredicate?.Invoke(origin) == true
            ? CorsDenialReason.None
            : CorsDenialReason.OriginNotAllowed;
    }

    private CorsDenialReason CheckRequestMethod(string requestMethod, out string method)
    {
        // Browsers send an allowed method exactly as the set holds it: one lookup stands for the token check, the
        // forbidden check and normalization, which together were a large share of deciding an allowed preflight.
        method = requestMethod;
        if (_methods.Contains(requestMethod))
        {
            return CorsDenialReason.None;
        }

        if (!HttpToken.IsToken(requestMethod) || FetchMethods.IsForbidden(requestMethod))
        {
            return CorsDenialReason.MalformedMethod;
        }

        method = FetchMethods.Normalize(requestMethod);
        // A method literally named "*" would be reflected as "*" next to Allow-Credentials (found by fuzzing).
        return (!AllowsAnyMethod && !_methods.Contains(method)) || (_reflectMethod && method == "*")
            ? CorsDenialReason.MethodNotAllowed
            : CorsDenialReason.None;
    }

    private (CorsDenialReason Reason, ReadOnlyMemory<char> Denied, bool AnyHeader) CheckRequestHeaders(string? requestHeaders)
    {
        if (requestHeaders is null)
        {
            return (CorsDenialReason.None, default, false);
        }

        if (requestHeaders.Length > CorsLimits.MaxRequestHeadersLength)
        {
            return (CorsDenialReason.HeadersTooLarge, default, false);
        }

        if (_headers.AllowsWholeValue(requestHeaders))
        {
            return (CorsDenialReason.None, default, true);
        }

        var names = new RequestHeaderList(requestHeaders, CorsLimits.MaxRequestHeaderNames);
        var count = 0;
        bool malformed;
        while (names.MoveNext(out malformed))
        {
            count++;

            // A header literally named "*" would be reflected as "*" next to Allow-Credentials (found by fuzzing).
            if (!_headers.Allows(names.Current) || (_reflectHeaders && names.Current is ['*']))
            {
                return (CorsDenialReason.HeaderNotAllowed, requestHeaders.AsMemory(names.CurrentStart, names.Current.Length), false);
            }
        }

        if (names.TooManyElements)
        {
            return (CorsDenialReason.HeadersTooLarge, default, false);
        }

        if (malformed)
        {
            return (CorsDenialReason.MalformedHeaders, requestHeaders.AsMemory(names.CurrentStart, names.Current.Length), false);
        }

        return (CorsDenialReason.None, default, count > 0);
    }

    private CorsDecision Deny(CorsRequestKind kind, CorsDenialReason reason, ReadOnlyMemory<char> deniedValue) => new()
    {
        Kind = kind,
        DenialReason = reason,
        PreflightStatusCode = kind == CorsRequestKind.Preflight ? 403 : 0,
        VaryByOrigin = VaryByOrigin,
        DeniedValue = deniedValue,
    };
}
