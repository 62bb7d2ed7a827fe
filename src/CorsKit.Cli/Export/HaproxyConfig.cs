using System.Globalization;
using System.Text;

namespace CorsKit.Cli.Export;

/// <summary>
/// The policy as HAProxy configuration (2.2 or later), for a <c>frontend</c> in <c>mode http</c>. Request rules decide
/// the answer into transaction variables; <c>http-request return</c> answers preflights and refused writes without
/// forwarding them; <c>http-response</c> removes the upstream's CORS headers and <c>http-after-response</c> adds the
/// policy's to every response, HAProxy's own errors included.
/// </summary>
internal static class HaproxyConfig
{
    /// <summary>What HAProxy does differently from CorsKit.Server, said in the output.</summary>
    public static IReadOnlyList<string> Limitations { get; } =
    [
        "Exact origins and methods are compared with their case, header names without it; several Origin,",
        "Access-Control-Request-Headers or Sec-Fetch-Site lines are refused, as CorsKit.Server refuses them.",
    ];

    /// <summary>The frontend's lines, or a whole haproxy.cfg for <paramref name="target"/>.</summary>
    public static string Render(EdgePolicy policy, IReadOnlyList<string> sources, EdgeTarget? target)
    {
        var text = new StringBuilder();
        EdgeComments.Write(text, "HAProxy", sources, policy, Limitations, target is null
            ? "Put these lines in the frontend (mode http) that serves the API, before its use_backend rules."
            : "A complete haproxy.cfg: run it with haproxy -f <this file> -db.");
        if (target is not null)
        {
            text.AppendLine("global");
            text.AppendLine("    maxconn 4096");
            text.AppendLine("defaults");
            text.AppendLine("    mode http");
            text.AppendLine("    timeout connect 5s");
            text.AppendLine("    timeout client 30s");
            text.AppendLine("    timeout server 30s");
            text.AppendLine("frontend corskit");
            text.AppendLine(CultureInfo.InvariantCulture, $"    bind 127.0.0.1:{target.Port}");
        }

        foreach (var line in Rules(policy).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            text.AppendLine(target is null ? line.TrimEnd('\r') : "    " + line.TrimEnd('\r'));
        }

        if (target is not null)
        {
            text.AppendLine("    default_backend corskit_upstream");
            text.AppendLine("backend corskit_upstream");
            text.AppendLine($"    server upstream {target.UpstreamAuthority}");
        }

        return text.ToString();
    }

    private static string Rules(EdgePolicy policy)
    {
        var text = new StringBuilder();
        text.AppendLine("# The request's origin: one line, allowed exactly or by a pattern.");
        text.AppendLine("acl corskit_has_origin req.fhdr_cnt(origin) gt 0");
        text.AppendLine("acl corskit_one_origin req.fhdr_cnt(origin) eq 1");
        if (policy.AnyOrigin)
        {
            text.AppendLine("acl corskit_origin_ok always_true");
        }
        else
        {
            if (policy.ExactOrigins.Count > 0)
            {
                text.AppendLine($"acl corskit_origin_ok req.fhdr(origin) -m str {string.Join(' ', policy.ExactOrigins)}");
            }

            foreach (var (pattern, expression) in policy.OriginExpressions)
            {
                text.AppendLine($"acl corskit_origin_ok req.fhdr(origin) -m reg {Quote("^" + expression + "$")}  # {pattern}");
            }

            if (policy.ExactOrigins.Count == 0 && policy.OriginExpressions.Count == 0)
            {
                text.AppendLine("acl corskit_origin_ok always_false");
            }
        }

        text.AppendLine("# A preflight: OPTIONS, exactly, with Origin and a non-empty Access-Control-Request-Method.");
        text.AppendLine("acl corskit_options method OPTIONS");
        text.AppendLine("acl corskit_has_request_method req.fhdr(access-control-request-method) -m len gt 0");
        text.AppendLine($"acl corskit_method_ok req.fhdr(access-control-request-method) -m reg {Quote(policy.MethodExpression)}");
        text.AppendLine(policy.ForbiddenMethodExpression is { } forbidden
            ? $"acl corskit_method_forbidden req.fhdr(access-control-request-method) -m reg {Quote(forbidden)}"
            : "acl corskit_method_forbidden always_false");
        text.AppendLine("acl corskit_no_headers req.fhdr_cnt(access-control-request-headers) eq 0");
        text.AppendLine("acl corskit_no_headers req.fhdr(access-control-request-headers) -m len 0");
        text.AppendLine("acl corskit_one_headers req.fhdr_cnt(access-control-request-headers) eq 1");
        text.AppendLine($"acl corskit_headers_ok req.fhdr(access-control-request-headers) -m reg {Quote(policy.HeaderExpression)}");
        text.AppendLine(policy.AuthorizationExpression is { } authorization
            ? $"acl corskit_headers_forbidden req.fhdr(access-control-request-headers) -m reg {Quote(authorization)}  # '*' never covers Authorization"
            : "acl corskit_headers_forbidden always_false");
        const string Preflight = "corskit_options corskit_has_origin corskit_has_request_method";
        const string Allowed = Preflight + " corskit_one_origin corskit_origin_ok corskit_method_ok !corskit_method_forbidden";
        text.AppendLine("http-request set-var(txn.corskit_kind) str(actual) if corskit_has_origin");
        text.AppendLine($"http-request set-var(txn.corskit_kind) str(refused) if {Preflight}");
        text.AppendLine($"http-request set-var(txn.corskit_kind) str(allowed) if {Allowed} corskit_no_headers");
        text.AppendLine($"http-request set-var(txn.corskit_kind) str(allowed) if {Allowed} corskit_one_headers corskit_headers_ok !corskit_headers_forbidden");
        text.AppendLine(policy.AnyOrigin
            ? "http-request set-var(txn.corskit_origin) str(*) if corskit_has_origin"
            : "http-request set-var(txn.corskit_origin) req.fhdr(origin) if corskit_one_origin corskit_origin_ok");
        if (policy.Writes is { } writes)
        {
            text.Append(WriteRules(writes));
        }

        text.AppendLine("# Preflights are answered here and never forwarded; OPTIONS without Access-Control-Request-Method is forwarded.");
        var allowedPreflight = new StringBuilder(FormattableString.Invariant($"http-request return status {policy.PreflightStatus} hdr Access-Control-Allow-Origin \"%[var(txn.corskit_origin)]\""));
        if (policy.Credentials)
        {
            allowedPreflight.Append(" hdr Access-Control-Allow-Credentials true");
        }

        allowedPreflight.Append(policy.ReflectMethod
            ? " hdr Access-Control-Allow-Methods \"%[req.fhdr(access-control-request-method)]\""
            : $" hdr Access-Control-Allow-Methods {Quote(policy.AllowMethods!)}");
        if (policy.ReflectHeaders)
        {
            allowedPreflight.Append(" hdr Access-Control-Allow-Headers \"%[req.fhdr(access-control-request-headers)]\"");
        }
        else if (policy.AllowHeaders is { } allowHeaders)
        {
            allowedPreflight.Append($" hdr Access-Control-Allow-Headers {Quote(allowHeaders)}");
        }

        if (policy.MaxAge is { } maxAge)
        {
            allowedPreflight.Append($" hdr Access-Control-Max-Age {maxAge}");
        }

        text.AppendLine(allowedPreflight.Append(" if { var(txn.corskit_kind) -m str allowed }").ToString());
        text.AppendLine("http-request return status 403 if { var(txn.corskit_kind) -m str refused }");
        if (policy.Writes is not null)
        {
            text.AppendLine("# A refused write gets 403 with a problem document, and never reaches the upstream.");
            text.AppendLine($"http-request return status 403 content-type application/problem+json lf-string '{EdgeWrites.ProblemDocument("%[var(txn.corskit_write)]")}' if {{ var(txn.corskit_write) -m found }}");
        }

        text.AppendLine("# The upstream's own CORS headers never reach the browser: a careless upstream cannot widen the policy.");
        foreach (var header in EdgeHeaders.CorsResponseHeaders)
        {
            text.AppendLine($"http-response del-header {header}");
        }

        const string Reads = "if { var(txn.corskit_kind) -m str actual } { var(txn.corskit_origin) -m found }";
        text.AppendLine($"http-after-response set-header Access-Control-Allow-Origin \"%[var(txn.corskit_origin)]\" {Reads}");
        if (policy.Credentials)
        {
            text.AppendLine($"http-after-response set-header Access-Control-Allow-Credentials true {Reads}");
        }

        if (policy.ExposeHeaders is { } expose)
        {
            text.AppendLine($"http-after-response set-header Access-Control-Expose-Headers {Quote(expose)} {Reads}");
        }

        if (policy.VaryByOrigin)
        {
            text.AppendLine("http-after-response add-header Vary Origin");
        }

        return text.ToString();
    }

    // The engine's order: safe methods, same-origin or user-started, an origin that may read or is trusted, then
    // Sec-Fetch-Site; without it, no Origin or the request's own.
    private static string WriteRules(EdgeWrites writes)
    {
        var text = new StringBuilder();
        text.AppendLine("# Cross-origin write protection: the origins that may read are the origins that may write.");
        text.AppendLine($"acl corskit_safe method {string.Join(' ', EdgePatterns.SafeMethodNames())}");
        text.AppendLine("acl corskit_has_site req.fhdr_cnt(sec-fetch-site) gt 0");
        text.AppendLine("acl corskit_one_site req.fhdr_cnt(sec-fetch-site) eq 1");
        text.AppendLine("acl corskit_site_origin req.fhdr(sec-fetch-site) -m str same-origin none");
        text.AppendLine("acl corskit_site_same req.fhdr(sec-fetch-site) -m str same-site");
        text.AppendLine("acl corskit_site_cross req.fhdr(sec-fetch-site) -m str cross-site");
        text.AppendLine(writes.TrustedOrigins.Count == 0
            ? "acl corskit_trusted_writer always_false"
            : $"acl corskit_trusted_writer req.fhdr(origin) -m str {string.Join(' ', writes.TrustedOrigins)}");
        text.AppendLine("acl corskit_null_origin req.fhdr(origin) -m str null");
        text.AppendLine("# Each rule below first tests a condition most requests fail (an unsafe method, a refusal under way), so they skip the rest.");
        text.AppendLine("http-request set-var(txn.corskit_host) req.fhdr(host) if !corskit_safe");
        text.AppendLine("http-request set-var(txn.corskit_self) str(http://),concat(,txn.corskit_host,) if !corskit_safe !{ ssl_fc }");
        text.AppendLine("http-request set-var(txn.corskit_self) str(https://),concat(,txn.corskit_host,) if !corskit_safe { ssl_fc }");
        text.AppendLine("acl corskit_own_origin req.fhdr(origin),strcmp(txn.corskit_self) eq 0");
        text.AppendLine("http-request set-var(txn.corskit_write) str(cross-site) if !corskit_safe corskit_site_cross");
        text.AppendLine("http-request set-var(txn.corskit_write) str(same-site) if !corskit_safe corskit_site_same");
        text.AppendLine("http-request set-var(txn.corskit_write) str(unknown-fetch-site) if !corskit_safe corskit_has_site !corskit_site_origin !corskit_site_same !corskit_site_cross");
        text.AppendLine("http-request set-var(txn.corskit_write) str(unknown-fetch-site) if !corskit_safe corskit_has_site !corskit_one_site");
        text.AppendLine("http-request set-var(txn.corskit_write) str(foreign-origin) if !corskit_safe !corskit_has_site corskit_has_origin !corskit_own_origin");
        text.AppendLine("http-request set-var(txn.corskit_write) str(foreign-origin) if !corskit_safe !corskit_has_site !corskit_one_origin corskit_has_origin");
        text.AppendLine("http-request set-var(txn.corskit_write) str(null-origin) if !corskit_safe !corskit_has_site corskit_one_origin corskit_null_origin");
        text.AppendLine("acl corskit_refusing var(txn.corskit_write) -m found");
        text.AppendLine("http-request unset-var(txn.corskit_write) if corskit_refusing corskit_one_site corskit_site_origin");
        text.AppendLine("http-request unset-var(txn.corskit_write) if corskit_refusing corskit_one_origin corskit_origin_ok");
        text.AppendLine("http-request unset-var(txn.corskit_write) if corskit_refusing corskit_one_origin corskit_trusted_writer");
        if (writes.AllowSameSite)
        {
            text.AppendLine("http-request unset-var(txn.corskit_write) if corskit_refusing corskit_one_site corskit_site_same");
        }

        return text.ToString();
    }

    // Single quotes: HAProxy takes everything inside literally, backslashes included.
    private static string Quote(string value) => "'" + value + "'";
}
