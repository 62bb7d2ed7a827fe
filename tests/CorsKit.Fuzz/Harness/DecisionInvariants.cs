using CorsKit.Evaluation;
using CorsKit.Headers;

namespace CorsKit.Fuzz.Harness;

/// <summary>
/// What must hold for every decision, whatever the headers contained. Each broken rule is a security bug: a reflected
/// stranger, a credentialed wildcard, a leaking denial, or a header value that could split a response.
/// </summary>
internal static class DecisionInvariants
{
    public static void Check(FuzzPolicy policy, in CorsRequest request, CorsDecision decision)
    {
        if (!Enum.IsDefined(decision.DenialReason) || !Enum.IsDefined(decision.Kind))
        {
            Fail(policy, request, $"undefined enum value (kind {decision.Kind}, reason {decision.DenialReason})");
        }

        if (decision.IsAllowed != (decision.AllowOrigin is not null))
        {
            Fail(policy, request, $"allowed is {decision.IsAllowed} but Access-Control-Allow-Origin is '{decision.AllowOrigin}'");
        }

        CheckAllowedOrigin(policy, request, decision);
        CheckNoWildcardWithCredentials(policy, request, decision);
        CheckPreflightStatus(policy, request, decision);
        CheckWrittenHeaders(policy, request, decision);
    }

    private static void CheckAllowedOrigin(FuzzPolicy policy, in CorsRequest request, CorsDecision decision)
    {
        if (decision.AllowOrigin is not { } allowOrigin)
        {
            return;
        }

        // '*' does not depend on the Origin at all, so only an origin-specific answer must refuse ambiguous requests.
        if (policy.Policy.AllowsAnyOrigin)
        {
            if (allowOrigin != "*")
            {
                Fail(policy, request, $"an any-origin policy answered '{allowOrigin}' instead of '*'");
            }

            return;
        }

        if (request.OriginCount > 1)
        {
            Fail(policy, request, "a request with several Origin headers had one of them reflected");
        }

        if (!string.Equals(allowOrigin, request.Origin, StringComparison.Ordinal))
        {
            Fail(policy, request, $"Access-Control-Allow-Origin '{allowOrigin}' is not the request's Origin");
        }

        if (allowOrigin == "null")
        {
            Fail(policy, request, "the 'null' origin was trusted by a policy that is not '*'");
        }

        if (policy.Name == "exact" && !policy.ExactOrigins.Contains(allowOrigin))
        {
            Fail(policy, request, $"'{allowOrigin}' was allowed by a list of exact origins that does not contain it");
        }

        if (!decision.VaryByOrigin)
        {
            Fail(policy, request, "an origin was reflected without Vary: Origin (cache poisoning)");
        }
    }

    private static void CheckNoWildcardWithCredentials(FuzzPolicy policy, in CorsRequest request, CorsDecision decision)
    {
        if (decision.AllowCredentials && (decision.AllowOrigin == "*" || decision.AllowMethods == "*"
            || decision.AllowHeaders == "*" || decision.ExposeHeaders == "*"))
        {
            Fail(policy, request, "'*' was sent together with Access-Control-Allow-Credentials: true");
        }
    }

    private static void CheckPreflightStatus(FuzzPolicy policy, in CorsRequest request, CorsDecision decision)
    {
        var expected = decision.Kind != CorsRequestKind.Preflight ? 0
            : decision.IsAllowed ? policy.Policy.PreflightStatus
            : 403;
        if (decision.PreflightStatusCode != expected)
        {
            Fail(policy, request, $"{decision.Kind} answered with preflight status {decision.PreflightStatusCode}, expected {expected}");
        }

        if (decision.Kind == CorsRequestKind.Preflight && decision.IsAllowed && decision.AllowMethods is null)
        {
            Fail(policy, request, "an allowed preflight has no Access-Control-Allow-Methods");
        }
    }

    private static void CheckWrittenHeaders(FuzzPolicy policy, in CorsRequest request, CorsDecision decision)
    {
        var headers = HeaderCapture.Of(decision);
        foreach (var (name, value) in headers)
        {
            if (!decision.IsAllowed && name != CorsHeaderNames.Vary)
            {
                Fail(policy, request, $"a denied {decision.Kind} wrote {name}: {value}");
            }

            if (!IsSafeHeaderValue(value))
            {
                Fail(policy, request, $"{name} carries a control or non-ASCII character (response splitting)");
            }
        }

        if (headers.Count(h => h.Name == CorsHeaderNames.AccessControlAllowOrigin) > (decision.IsAllowed ? 1 : 0))
        {
            Fail(policy, request, "Access-Control-Allow-Origin written more than once");
        }
    }

    // Visible ASCII, space and tab: what a header value may carry without another parser reading it differently.
    private static bool IsSafeHeaderValue(string value)
    {
        foreach (var c in value)
        {
            if (c is not ('\t' or (>= ' ' and <= '~')))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// <see cref="Policy.CorsKitPolicy.EvaluateActual"/> must answer a request that is not a preflight exactly as
    /// <see cref="Policy.CorsKitPolicy.Evaluate"/> does: the middleware decides actual requests with it.
    /// </summary>
    public static void CheckSameAnswer(FuzzPolicy policy, in CorsRequest request, in CorsDecision expected, in CorsDecision actual)
    {
        if (actual.Kind != expected.Kind || actual.DenialReason != expected.DenialReason || actual.AllowOrigin != expected.AllowOrigin
            || actual.AllowCredentials != expected.AllowCredentials || actual.ExposeHeaders != expected.ExposeHeaders
            || actual.VaryByOrigin != expected.VaryByOrigin)
        {
            Fail(policy, request, $"EvaluateActual answered {actual.Kind}/{actual.DenialReason}/'{actual.AllowOrigin}' where Evaluate answered {expected.Kind}/{expected.DenialReason}/'{expected.AllowOrigin}'");
        }
    }

    private static void Fail(FuzzPolicy policy, in CorsRequest request, string what) =>
        throw new InvariantViolationException(
            $"Policy '{policy.Name}', {request.Method} Origin={Show(request.Origin)} (x{request.OriginCount}) " +
            $"ACRM={Show(request.RequestMethod)} ACRH={Show(request.RequestHeaders)}: {what}.");

    private static string Show(string? value) =>
        value is null ? "<absent>" : "\"" + string.Concat(value.Take(200).Select(c => c is >= ' ' and <= '~' ? c.ToString() : $"\\u{(int)c:x4}")) + "\"";
}
