using System.Globalization;
using System.Text;

namespace CorsKit.Cli.Export;

/// <summary>
/// The policy as nginx configuration, with stock modules only. <c>map</c> blocks (which nginx allows only in
/// <c>http {}</c>) decide every answer once per request; the <c>server {}</c> part hides the upstream's CORS headers,
/// adds the policy's with <c>always</c> (so 4xx and 5xx carry them too), and answers preflights and refused writes
/// itself. A header whose variable is empty is not sent: that is how one set of <c>add_header</c> lines serves every
/// kind of answer.
/// </summary>
internal static class NginxConfig
{
    /// <summary>What nginx cannot do as CorsKit.Server does, said in the output.</summary>
    public static IReadOnlyList<string> Limitations { get; } =
    [
        "nginx 1.22 and older read only the first of several Origin headers (1.23 and later join them, and the join",
        "matches nothing, so it is refused). Browsers never send two; a client that can is not a browser, and CORS does",
        "not restrain it anyway. Exact origins and methods are compared with their case, header names without it.",
        "nginx answers a request whose method is not upper case (a page's fetch with method 'patch') with its own 400",
        "before any configuration runs: such a request never passes nginx. Write methods in upper case in the page.",
    ];

    /// <summary>Renders <paramref name="part"/> of the configuration, or a whole nginx.conf for <paramref name="target"/>.</summary>
    public static string Render(EdgePolicy policy, IReadOnlyList<string> sources, EdgeTarget? target, NginxPart part)
    {
        var text = new StringBuilder();
        var placement = target is not null ? "A complete nginx.conf: run it with nginx -p <folder> -c <this file> -g 'daemon off;'."
            : part switch
            {
                NginxPart.Http => "Include this in the http {} block (map is allowed only there).",
                NginxPart.Server => "Include this in each server {} that serves the API, before its locations. A location with add_header or proxy_hide_header of its own no longer inherits these lines: include it there too.",
                _ => "Two parts: the first goes in the http {} block, the second in each server {} of the API (or export them apart with --part http and --part server).",
            };
        EdgeComments.Write(text, "nginx", sources, policy, Limitations, placement);
        if (target is not null)
        {
            text.AppendLine("worker_processes 1;");
            text.AppendLine("pid nginx.pid;");
            text.AppendLine("error_log stderr;");
            text.AppendLine("events { worker_connections 1024; }");
            text.AppendLine("http {");
            text.AppendLine("    access_log off;");
            Indent(text, Maps(policy), 1);
            text.AppendLine("    server {");
            text.AppendLine(FormattableString.Invariant($"        listen 127.0.0.1:{target.Port};"));
            Indent(text, Server(policy), 2);
            text.AppendLine("        location / {");
            text.AppendLine($"            proxy_pass {target.Upstream.GetLeftPart(UriPartial.Authority)};");
            text.AppendLine("        }");
            text.AppendLine("    }");
            text.AppendLine("}");
            return text.ToString();
        }

        if (part != NginxPart.Server)
        {
            text.AppendLine("# ---- http {} part ----");
            text.Append(Maps(policy));
        }

        if (part != NginxPart.Http)
        {
            text.AppendLine(part == NginxPart.Both ? "\n# ---- server {} part ----" : "# ---- server {} part ----");
            text.Append(Server(policy));
        }

        return text.ToString();
    }

    private static string Maps(EdgePolicy policy)
    {
        var text = new StringBuilder();
        if (policy.AnyOrigin)
        {
            text.AppendLine("# Every origin reads, without credentials: one public answer.");
            text.AppendLine("map $http_origin $corskit_origin { default \"*\"; \"\" \"\"; }");
        }
        else
        {
            text.AppendLine("# The configured exact origins.");
            AppendExactOrigins(text, "corskit_listed", "corskit_exact", policy.ExactOrigins, "$http_origin");
            text.AppendLine("# The patterns, each anchored at both ends of the whole Origin.");
            text.AppendLine("map $http_origin $corskit_pattern {");
            text.AppendLine("    default \"\";");
            foreach (var (pattern, expression) in policy.OriginExpressions)
            {
                text.AppendLine($"    {Quote("~^" + expression + "$")} $http_origin;  # {pattern}");
            }

            text.AppendLine("}");
            text.AppendLine("# The request's origin when it may read, else empty.");
            text.AppendLine("map $corskit_exact $corskit_origin { default $corskit_exact; \"\" $corskit_pattern; }");
        }

        text.AppendLine("map $corskit_origin $corskit_origin_ok { default 1; \"\" 0; }");
        text.AppendLine("map $http_origin $corskit_has_origin { default 1; \"\" 0; }");
        text.AppendLine("# A preflight is OPTIONS with Origin and Access-Control-Request-Method. Each map's value is read only when");
        text.AppendLine("# the map before it selects it, so other requests never run the preflight checks. Method names compare");
        text.AppendLine("# without case here, which is exact: nginx answers any method that is not upper case with 400.");
        text.AppendLine("map $request_method $corskit_preflight { default \"\"; OPTIONS $corskit_preflight_asked; }");
        text.AppendLine("map $http_access_control_request_method $corskit_preflight_asked { default $corskit_preflight_from; \"\" \"\"; }");
        text.AppendLine("map $http_origin $corskit_preflight_from { default $corskit_preflight_verdict; \"\" \"\"; }");
        text.AppendLine("map \"$corskit_origin_ok$corskit_method_ok$corskit_headers_ok\" $corskit_preflight_verdict { default refused; \"111\" allowed; }");
        text.AppendLine("map $http_access_control_request_method $corskit_method_ok {");
        text.AppendLine("    default 0;");
        if (policy.ForbiddenMethodExpression is { } forbidden)
        {
            text.AppendLine($"    {Quote("~" + forbidden)} 0;");
        }

        text.AppendLine($"    {Quote("~" + policy.MethodExpression)} 1;");
        text.AppendLine("}");
        text.AppendLine("map $http_access_control_request_headers $corskit_headers_ok {");
        text.AppendLine("    default 0;");
        text.AppendLine("    \"\" 1;");
        if (policy.AuthorizationExpression is { } authorization)
        {
            text.AppendLine($"    {Quote("~" + authorization)} 0;  # '*' never covers Authorization");
        }

        text.AppendLine($"    {Quote("~" + policy.HeaderExpression)} 1;");
        text.AppendLine("}");
        text.AppendLine("# The headers of each answer; an empty value sends no header.");
        text.AppendLine("map \"$corskit_preflight$corskit_has_origin\" $corskit_allow_origin { default \"\"; \"allowed1\" $corskit_origin; \"1\" $corskit_origin; }");
        if (policy.Credentials)
        {
            text.AppendLine("map $corskit_allow_origin $corskit_allow_credentials { default \"true\"; \"\" \"\"; }");
        }

        text.AppendLine($"map $corskit_preflight $corskit_allow_methods {{ default \"\"; allowed {(policy.ReflectMethod ? "$http_access_control_request_method" : Quote(policy.AllowMethods!))}; }}");
        if (policy.ReflectHeaders || policy.AllowHeaders is not null)
        {
            text.AppendLine($"map $corskit_preflight $corskit_allow_headers {{ default \"\"; allowed {(policy.ReflectHeaders ? "$http_access_control_request_headers" : Quote(policy.AllowHeaders!))}; }}");
        }

        if (policy.MaxAge is { } maxAge)
        {
            text.AppendLine($"map $corskit_preflight $corskit_max_age {{ default \"\"; allowed {Quote(maxAge)}; }}");
        }

        if (policy.ExposeHeaders is { } expose)
        {
            text.AppendLine($"map \"$corskit_preflight|$corskit_allow_origin\" $corskit_expose_headers {{ default \"\"; \"~^\\|.\" {Quote(expose)}; }}");
        }

        if (policy.Writes is { } writes)
        {
            text.Append(WriteMaps(writes));
        }

        return text.ToString();
    }

    // Cross-origin write protection, in the engine's order: safe methods, same-origin or user-started, an origin that
    // may read or is trusted, then Sec-Fetch-Site; without it, no Origin or the request's own.
    private static string WriteMaps(EdgeWrites writes)
    {
        var text = new StringBuilder();
        text.AppendLine("# Cross-origin write protection: the origins that may read are the origins that may write.");
        text.AppendLine("# Safe methods never reach the checks below (method names compare without case, which nginx's 400 for");
        text.AppendLine("# lower-case methods makes exact).");
        text.AppendLine($"map $request_method $corskit_write {{ default $corskit_write_check; {string.Join(' ', EdgePatterns.SafeMethodNames().Select(method => method + " \"\";"))} }}");
        text.AppendLine("# The trusted writers.");
        AppendExactOrigins(text, "corskit_trusted_listed", "corskit_trusted_writer", writes.TrustedOrigins, "1", "0");
        text.AppendLine("map \"$corskit_origin_ok$corskit_trusted_writer\" $corskit_writer { default 1; \"00\" 0; }");
        text.AppendLine("map $http_sec_fetch_site $corskit_site {");
        text.AppendLine("    default u;");
        text.AppendLine("    \"\" -;");
        text.AppendLine("    \"~^same-origin$\" o;");
        text.AppendLine("    \"~^none$\" o;");
        text.AppendLine("    \"~^same-site$\" s;");
        text.AppendLine("    \"~^cross-site$\" c;");
        text.AppendLine("}");
        text.AppendLine("map \"$corskit_site$corskit_writer|$http_origin|$scheme://$http_host\" $corskit_write_check {");
        text.AppendLine("    default foreign-origin;");
        text.AppendLine("    \"~^o\" \"\";");
        text.AppendLine("    \"~^.1\\|\" \"\";");
        text.AppendLine(writes.AllowSameSite ? "    \"~^s\" \"\";" : "    \"~^s\" same-site;");
        text.AppendLine("    \"~^c\" cross-site;");
        text.AppendLine("    \"~^u\" unknown-fetch-site;");
        text.AppendLine("    \"~^-0\\|\\|\" \"\";");
        text.AppendLine("    \"~^-0\\|null\\|\" null-origin;");
        text.AppendLine("    \"~^-0\\|([^|]+)\\|\\1$\" \"\";");
        text.AppendLine("}");
        return text.ToString();
    }

    private static string Server(EdgePolicy policy)
    {
        var text = new StringBuilder();
        text.AppendLine("# The upstream's own CORS headers never reach the browser: a careless upstream cannot widen the policy.");
        foreach (var header in EdgeHeaders.CorsResponseHeaders)
        {
            text.AppendLine($"proxy_hide_header {header};");
        }

        text.AppendLine("add_header Access-Control-Allow-Origin $corskit_allow_origin always;");
        if (policy.Credentials)
        {
            text.AppendLine("add_header Access-Control-Allow-Credentials $corskit_allow_credentials always;");
        }

        text.AppendLine("add_header Access-Control-Allow-Methods $corskit_allow_methods always;");
        if (policy.ReflectHeaders || policy.AllowHeaders is not null)
        {
            text.AppendLine("add_header Access-Control-Allow-Headers $corskit_allow_headers always;");
        }

        if (policy.MaxAge is not null)
        {
            text.AppendLine("add_header Access-Control-Max-Age $corskit_max_age always;");
        }

        if (policy.ExposeHeaders is not null)
        {
            text.AppendLine("add_header Access-Control-Expose-Headers $corskit_expose_headers always;");
        }

        if (policy.VaryByOrigin)
        {
            text.AppendLine("add_header Vary Origin always;");
        }

        text.AppendLine("# Preflights are answered here and never forwarded; OPTIONS without Access-Control-Request-Method is forwarded.");
        text.AppendLine(CultureInfo.InvariantCulture, $"if ($corskit_preflight = allowed) {{ return {policy.PreflightStatus}{(policy.PreflightStatus == 204 ? "" : " \"\"")}; }}");
        text.AppendLine("if ($corskit_preflight = refused) { return 403; }");
        if (policy.Writes is not null)
        {
            text.AppendLine("# A refused write gets 403 with a problem document, and never reaches the upstream.");
            text.AppendLine("error_page 418 = @corskit_write_refused;");
            text.AppendLine("if ($corskit_write) { return 418; }");
            text.AppendLine("location @corskit_write_refused {");
            text.AppendLine("    default_type application/problem+json;");
            text.AppendLine($"    return 403 '{EdgeWrites.ProblemDocument("$corskit_write")}';");
            text.AppendLine("}");
        }

        return text.ToString();
    }

    // An exact set of origins in two maps, the same cost whatever their number: a hash lookup, which nginx makes
    // without case, then one comparison that keeps the match only if the case agrees too (no origin holds a '|').
    private static void AppendExactOrigins(StringBuilder text, string listed, string result, IReadOnlyCollection<string> origins, string matched, string otherwise = "\"\"")
    {
        text.AppendLine("# Found by hash, whatever their number, and kept only when the case matches too.");
        text.AppendLine($"map $http_origin ${listed} {{");
        text.AppendLine("    default \"\";");
        foreach (var origin in origins)
        {
            text.AppendLine($"    {Quote(origin)} {Quote(origin)};");
        }

        text.AppendLine("}");
        text.AppendLine($"map \"$http_origin|${listed}\" ${result} {{ default {otherwise}; \"~^([^|]+)\\|\\1$\" {matched}; }}");
    }

    private static string Quote(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static void Indent(StringBuilder text, string block, int depth)
    {
        var indent = new string(' ', depth * 4);
        foreach (var line in block.Split('\n'))
        {
            text.AppendLine(line.Length == 0 ? string.Empty : indent + line.TrimEnd('\r'));
        }
    }
}
