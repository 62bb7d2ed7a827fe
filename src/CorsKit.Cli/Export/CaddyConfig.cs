using System.Globalization;
using System.Text;

namespace CorsKit.Cli.Export;

/// <summary>
/// The policy as a Caddyfile (Caddy v2, which has no CORS directive). Native <c>method</c> matchers route OPTIONS and
/// unsafe methods to nested routes, where CEL <c>expression</c> matchers decide and answer preflights and refused
/// writes. Deferred <c>header</c> handlers remove the upstream's CORS headers and add the policy's once the upstream
/// has answered. A snippet, <c>(corskit)</c>, holds it all; a site imports it before its <c>reverse_proxy</c>.
/// </summary>
internal static class CaddyConfig
{
    private const string Origin = "{http.request.header.Origin}";
    private const string RequestMethod = "{http.request.header.Access-Control-Request-Method}";
    private const string RequestHeaders = "{http.request.header.Access-Control-Request-Headers}";
    private const string FetchSite = "{http.request.header.Sec-Fetch-Site}";

    /// <summary>What Caddy does differently from CorsKit.Server, said in the output.</summary>
    public static IReadOnlyList<string> Limitations { get; } =
    [
        "Caddy joins several lines of a header with commas, so two Origin lines match nothing and are refused, as",
        "CorsKit.Server refuses them. Exact origins and methods are compared with their case, header names without it.",
        "Caddy's own errors (an upstream that does not answer) get the CORS headers through handle_errors, which the",
        "complete configuration has; add the (corskit_errors) snippet to yours.",
    ];

    /// <summary>The snippets to import, or a whole Caddyfile for <paramref name="target"/>.</summary>
    public static string Render(EdgePolicy policy, IReadOnlyList<string> sources, EdgeTarget? target)
    {
        var text = new StringBuilder();
        EdgeComments.Write(text, "Caddy", sources, policy, Limitations, target is null
            ? "Put these snippets at the top of your Caddyfile, then in the API's site block write: import corskit (before reverse_proxy) and handle_errors { import corskit_errors }."
            : "A complete Caddyfile: run it with caddy run --config <this file> --adapter caddyfile.");
        if (target is not null)
        {
            text.AppendLine("{");
            text.AppendLine("\tadmin off");
            text.AppendLine("\tauto_https off");
            text.AppendLine("}");
            text.AppendLine();
        }

        text.Append(Snippets(policy));
        if (target is not null)
        {
            text.AppendLine();
            text.AppendLine(CultureInfo.InvariantCulture, $"http://:{target.Port} {{");
            text.AppendLine("\tbind 127.0.0.1");
            text.AppendLine("\timport corskit");
            text.AppendLine($"\treverse_proxy {target.Upstream.GetLeftPart(UriPartial.Authority)}");
            text.AppendLine("\thandle_errors {");
            text.AppendLine("\t\timport corskit_errors");
            text.AppendLine("\t}");
            text.AppendLine("}");
        }

        return text.ToString();
    }

    private static string Snippets(EdgePolicy policy)
    {
        var originOk = OriginAllowed(policy);
        var preflight = $"{Origin} != '' && {RequestMethod} != ''";
        var methodOk = $"{RequestMethod}.matches(r'{policy.MethodExpression}')"
            + (policy.ForbiddenMethodExpression is { } forbidden ? $" && !{RequestMethod}.matches(r'{forbidden}')" : string.Empty);
        var headersOk = $"({RequestHeaders} == '' || {RequestHeaders}.matches(r'{policy.HeaderExpression}'))"
            + (policy.AuthorizationExpression is { } authorization ? $" && !{RequestHeaders}.matches(r'{authorization}')" : string.Empty);
        var reads = $"{Origin} != '' && {originOk}";
        var text = new StringBuilder();
        text.AppendLine("(corskit) {");
        text.AppendLine("\t# Native method matchers first: most requests are neither OPTIONS nor writes, and skip every expression");
        text.AppendLine("\t# but the one that decides whether their origin may read.");
        text.AppendLine("\t@corskit_options method OPTIONS");
        text.AppendLine($"\t@corskit_preflight expression `{preflight}`");
        text.AppendLine($"\t@corskit_preflight_allowed expression `{preflight} && {originOk} && {methodOk} && {headersOk}`");
        text.AppendLine($"\t@corskit_reads expression `{reads}`");
        if (policy.Writes is { } writes)
        {
            text.AppendLine($"\t@corskit_writes not method {string.Join(' ', EdgePatterns.SafeMethodNames())}");
            text.AppendLine($"\t@corskit_write_refused expression `{WriteRefused(writes, originOk)}`");
        }

        text.AppendLine("\troute {");
        text.AppendLine("\t\t# Preflights are answered here and never forwarded; OPTIONS without Access-Control-Request-Method is forwarded.");
        text.AppendLine("\t\troute @corskit_options {");
        if (policy.VaryByOrigin)
        {
            text.AppendLine("\t\t\theader @corskit_preflight +Vary Origin");
        }

        text.AppendLine("\t\t\theader @corskit_preflight_allowed {");
        text.AppendLine(policy.AnyOrigin ? "\t\t\t\tAccess-Control-Allow-Origin *" : $"\t\t\t\tAccess-Control-Allow-Origin \"{Origin}\"");
        if (policy.Credentials)
        {
            text.AppendLine("\t\t\t\tAccess-Control-Allow-Credentials true");
        }

        text.AppendLine(policy.ReflectMethod ? $"\t\t\t\tAccess-Control-Allow-Methods \"{RequestMethod}\"" : $"\t\t\t\tAccess-Control-Allow-Methods \"{policy.AllowMethods}\"");
        if (policy.ReflectHeaders)
        {
            text.AppendLine($"\t\t\t\tAccess-Control-Allow-Headers \"{RequestHeaders}\"");
        }
        else if (policy.AllowHeaders is { } allowHeaders)
        {
            text.AppendLine($"\t\t\t\tAccess-Control-Allow-Headers \"{allowHeaders}\"");
        }

        if (policy.MaxAge is { } maxAge)
        {
            text.AppendLine($"\t\t\t\tAccess-Control-Max-Age {maxAge}");
        }

        text.AppendLine("\t\t\t}");
        text.AppendLine(CultureInfo.InvariantCulture, $"\t\t\trespond @corskit_preflight_allowed {policy.PreflightStatus}");
        text.AppendLine("\t\t\trespond @corskit_preflight 403");
        text.AppendLine("\t\t}");
        if (policy.Writes is not null)
        {
            text.AppendLine("\t\t# A refused write gets 403 with a problem document, and never reaches the upstream.");
            text.AppendLine("\t\troute @corskit_writes {");
            text.AppendLine("\t\t\theader @corskit_write_refused {");
            text.AppendLine("\t\t\t\tContent-Type application/problem+json");
            if (policy.VaryByOrigin)
            {
                text.AppendLine("\t\t\t\t+Vary Origin");
            }

            text.AppendLine("\t\t\t}");
            text.AppendLine($"\t\t\trespond @corskit_write_refused `{EdgeWrites.ProblemDocument("cross-origin-write")}` 403");
            text.AppendLine("\t\t}");
        }

        text.AppendLine("\t\t# Applied once the upstream has answered, the later block first: its own CORS headers never reach the browser,");
        text.AppendLine("\t\t# so a careless upstream cannot widen the policy; then the policy's are added.");
        text.AppendLine("\t\theader @corskit_reads {");
        AppendReadHeaders(text, policy, "\t\t\t");
        text.AppendLine("\t\t\tdefer");
        text.AppendLine("\t\t}");
        text.AppendLine("\t\theader {");
        foreach (var header in EdgeHeaders.CorsResponseHeaders)
        {
            text.AppendLine($"\t\t\t-{header}");
        }

        if (policy.VaryByOrigin)
        {
            text.AppendLine("\t\t\t+Vary Origin");
        }

        text.AppendLine("\t\t\tdefer");
        text.AppendLine("\t\t}");
        text.AppendLine("\t}");
        text.AppendLine("}");
        text.AppendLine();
        text.AppendLine("(corskit_errors) {");
        text.AppendLine($"\t@corskit_error_reads expression `{reads}`");
        text.AppendLine("\theader @corskit_error_reads {");
        AppendReadHeaders(text, policy, "\t\t");
        text.AppendLine("\t}");
        if (policy.VaryByOrigin)
        {
            text.AppendLine("\theader +Vary Origin");
        }

        text.AppendLine("\trespond \"{http.error.status_code} {http.error.status_text}\" {http.error.status_code}");
        text.AppendLine("}");
        return text.ToString();
    }

    private static void AppendReadHeaders(StringBuilder text, EdgePolicy policy, string indent)
    {
        text.AppendLine(policy.AnyOrigin ? $"{indent}Access-Control-Allow-Origin *" : $"{indent}Access-Control-Allow-Origin \"{Origin}\"");
        if (policy.Credentials)
        {
            text.AppendLine($"{indent}Access-Control-Allow-Credentials true");
        }

        if (policy.ExposeHeaders is { } expose)
        {
            text.AppendLine($"{indent}Access-Control-Expose-Headers \"{expose}\"");
        }
    }

    private static string OriginAllowed(EdgePolicy policy)
    {
        if (policy.AnyOrigin)
        {
            return "true";
        }

        var tests = new List<string>();
        if (policy.ExactOrigins.Count > 0)
        {
            tests.Add($"{Origin} in {Keys(policy.ExactOrigins)}");
        }

        tests.AddRange(policy.OriginExpressions.Select(pattern => $"{Origin}.matches(r'^{pattern.Expression}$')"));
        return tests.Count == 0 ? "false" : "(" + string.Join(" || ", tests) + ")";
    }

    // A CEL map literal: membership is a hash lookup, whatever the number of origins (a list would be searched in turn).
    private static string Keys(IEnumerable<string> origins) => "{" + string.Join(", ", origins.Select(origin => $"'{origin}': true")) + "}";

    // The engine's order (@corskit_writes has left out the safe methods): same-origin or user-started, an origin that
    // may read or is trusted, then Sec-Fetch-Site; without it, no Origin or the request's own. Several lines of a header are joined by Caddy, and
    // match none of the values below.
    private static string WriteRefused(EdgeWrites writes, string originOk)
    {
        var trusted = writes.TrustedOrigins.Count == 0 ? "false" : $"{Origin} in {Keys(writes.TrustedOrigins)}";
        var sameSite = writes.AllowSameSite ? $"{FetchSite} != 'same-site'" : "true";
        return $"!({FetchSite} in ['same-origin', 'none'])"
            + $" && !({Origin} != '' && ({originOk} || {trusted}))"
            + $" && ({FetchSite} != '' ? {sameSite} : ({Origin} != '' && {Origin} != {{http.request.scheme}} + '://' + {{http.request.hostport}}))";
    }
}
