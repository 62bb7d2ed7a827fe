using CorsKit.Configuration.Environment;
using CorsKit.Policy;
using CorsKit.Writes;

namespace CorsKit.Configuration.Settings;

/// <summary>
/// Every configurable setting of a CORS policy, in one table. <see cref="CorsPolicyOptions.OriginPredicate"/> is code
/// only and has no row. A test holds the table to <see cref="CorsPolicyOptions"/>: every property but the predicate is
/// described, and nothing else.
/// </summary>
public static class CorsSettings
{
    private static readonly CorsSetting[] Table =
    [
        CorsSetting.List(CorsConfigurationKeys.Origins, CorsEnvironmentVariables.Origins, CorsEnvironmentVariables.DefaultOrigins,
            "allowed origins; patterns https://*.example.com and http://localhost:* are accepted", options => options.Origins)
            .Reported("origins", DescribeOrigins),
        CorsSetting.List(CorsConfigurationKeys.Methods, CorsEnvironmentVariables.Methods, CorsEnvironmentVariables.DefaultMethods,
            "methods a preflight may allow beyond GET, HEAD and POST; * for any", options => options.Methods)
            .Reported("methods", policy => policy.Methods.Count == 0 ? "GET, HEAD, POST only" : string.Join(", ", policy.Methods) + " (GET, HEAD, POST always)"),
        CorsSetting.List(CorsConfigurationKeys.Headers, CorsEnvironmentVariables.Headers, CorsEnvironmentVariables.DefaultHeaders,
            "request headers a preflight may allow; * for any but Authorization", options => options.Headers)
            .Reported("headers", policy => policy.Headers.Count == 0 ? "(none beyond the safelisted)" : string.Join(", ", policy.Headers)),
        CorsSetting.Boolean(CorsConfigurationKeys.Credentials, CorsEnvironmentVariables.Credentials, CorsEnvironmentVariables.DefaultCredentials,
            "whether credentialed requests (cookies, Authorization) may read responses", (options, value) => options.Credentials = value)
            .Reported("credentials", policy => policy.AllowsCredentials ? "allowed" : "not allowed"),
        CorsSetting.List(CorsConfigurationKeys.ExposeHeaders, CorsEnvironmentVariables.ExposeHeaders, null,
            "response headers, beyond the safelisted ones, a page may read", options => options.ExposeHeaders)
            .Reported("expose headers", policy => policy.ExposeHeaders.Count == 0 ? "(none)" : string.Join(", ", policy.ExposeHeaders)),
        CorsSetting.Seconds(CorsConfigurationKeys.MaxAge, CorsEnvironmentVariables.MaxAge,
            "how long browsers may cache a preflight's answer", (options, value) => options.MaxAge = value)
            .Reported("preflight max age", policy => policy.MaxAge is { } maxAge ? FormattableString.Invariant($"{maxAge.TotalSeconds} s") : "(browser default: 5 s)"),

        // Told by its warning, one per insecure origin.
        CorsSetting.Boolean(CorsConfigurationKeys.AllowInsecureOrigins, CorsEnvironmentVariables.AllowInsecureOrigins, null,
            "allows non-local http:// origins with credentials, at the risk of network attackers", (options, value) => options.AllowInsecureOrigins = value),
        CorsSetting.StatusCode(CorsConfigurationKeys.PreflightStatus, CorsEnvironmentVariables.PreflightStatus,
            "the status of an allowed preflight (200-299)", (options, value) => options.PreflightStatus = value)
            .Reported("preflight status", policy => policy.PreflightStatus.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        CorsSetting.Switch(CorsConfigurationKeys.ProtectWrites, CorsEnvironmentVariables.WriteProtection, CorsEnvironmentVariables.DefaultWriteProtection,
            "cross-origin write protection: refuse writes (POST, PUT, DELETE, ...) from origins that may not read", (options, value) => options.ProtectWrites = value)
            .Reported("writes", policy => DescribeWrites(policy.WriteProtection)),

        // Folded into the writes line.
        CorsSetting.List(CorsConfigurationKeys.TrustedWriteOrigins, CorsEnvironmentVariables.TrustedWriteOrigins, null,
            "origins that may write without reading, such as a payment provider posting back", options => options.TrustedWriteOrigins),
        CorsSetting.Switch(CorsConfigurationKeys.AllowSameSiteWrites, CorsEnvironmentVariables.AllowSameSiteWrites, null,
            "lets same-site origins (sibling subdomains) write, at the risk of a subdomain taken over", (options, value) => options.AllowSameSiteWrites = value),
    ];

    /// <summary>Every setting, in the order the server and <c>corskit lint</c> list them.</summary>
    public static IReadOnlyList<CorsSetting> All => Table;

    /// <summary>The setting with configuration key <paramref name="key"/> (case-insensitive), or <see langword="null"/>.</summary>
    public static CorsSetting? Find(string key) =>
        Array.Find(Table, setting => string.Equals(setting.Key, key, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// How <paramref name="policy"/> reads, one line per reported setting in the table's order: the server's startup
    /// report and <c>corskit lint</c> print the same lines.
    /// </summary>
    internal static IEnumerable<(string Label, string Value)> Report(CorsKitPolicy policy) =>
        Table.Where(setting => setting.Report is not null).Select(setting => (setting.Report!.Value.Label, setting.Report.Value.Describe(policy)));

    // A long allow-list (CORS_ORIGINS_FILE) is summed up: the report is read by people, at every start.
    private static string DescribeOrigins(CorsKitPolicy policy)
    {
        const int Shown = 5;
        return policy.Origins.Count <= 2 * Shown
            ? string.Join(", ", policy.Origins)
            : FormattableString.Invariant($"{policy.Origins.Count:N0} origins: {string.Join(", ", policy.Origins.Take(Shown))}, ...");
    }

    // Who may send a write (any method but GET, HEAD, OPTIONS, QUERY) that reaches the application.
    private static string DescribeWrites(WriteProtection writes)
    {
        if (!writes.IsEnabled)
        {
            return "not protected: any website's form can post here with your users' cookies";
        }

        if (!writes.RestrictsWrites)
        {
            return "not restricted: every origin may read, so every origin may write";
        }

        var who = "protected: same-origin requests and the origins above may write";
        if (writes.TrustedOrigins.Count > 0)
        {
            who += $", and {string.Join(", ", writes.TrustedOrigins)}";
        }

        return writes.AllowsSameSite ? who + ", and any origin of the same site" : who;
    }
}
