using CorsKit.Configuration.Environment;
using CorsKit.Policy;

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
            "allowed origins; patterns https://*.example.com and http://localhost:* are accepted", options => options.Origins),
        CorsSetting.List(CorsConfigurationKeys.Methods, CorsEnvironmentVariables.Methods, CorsEnvironmentVariables.DefaultMethods,
            "methods a preflight may allow beyond GET, HEAD and POST; * for any", options => options.Methods),
        CorsSetting.List(CorsConfigurationKeys.Headers, CorsEnvironmentVariables.Headers, CorsEnvironmentVariables.DefaultHeaders,
            "request headers a preflight may allow; * for any but Authorization", options => options.Headers),
        CorsSetting.Boolean(CorsConfigurationKeys.Credentials, CorsEnvironmentVariables.Credentials, CorsEnvironmentVariables.DefaultCredentials,
            "whether credentialed requests (cookies, Authorization) may read responses", (options, value) => options.Credentials = value),
        CorsSetting.List(CorsConfigurationKeys.ExposeHeaders, CorsEnvironmentVariables.ExposeHeaders, null,
            "response headers, beyond the safelisted ones, a page may read", options => options.ExposeHeaders),
        CorsSetting.Seconds(CorsConfigurationKeys.MaxAge, CorsEnvironmentVariables.MaxAge,
            "how long browsers may cache a preflight's answer", (options, value) => options.MaxAge = value),
        CorsSetting.Boolean(CorsConfigurationKeys.AllowInsecureOrigins, CorsEnvironmentVariables.AllowInsecureOrigins, null,
            "allows non-local http:// origins with credentials, at the risk of network attackers", (options, value) => options.AllowInsecureOrigins = value),
        CorsSetting.StatusCode(CorsConfigurationKeys.PreflightStatus, CorsEnvironmentVariables.PreflightStatus,
            "the status of an allowed preflight (200-299)", (options, value) => options.PreflightStatus = value),
        CorsSetting.Switch(CorsConfigurationKeys.ProtectWrites, CorsEnvironmentVariables.WriteProtection, CorsEnvironmentVariables.DefaultWriteProtection,
            "cross-origin write protection: refuse writes (POST, PUT, DELETE, ...) from origins that may not read", (options, value) => options.ProtectWrites = value),
        CorsSetting.List(CorsConfigurationKeys.TrustedWriteOrigins, CorsEnvironmentVariables.TrustedWriteOrigins, null,
            "origins that may write without reading, such as a payment provider posting back", options => options.TrustedWriteOrigins),
        CorsSetting.Boolean(CorsConfigurationKeys.AllowSameSiteWrites, CorsEnvironmentVariables.AllowSameSiteWrites, null,
            "lets same-site origins (sibling subdomains) write, at the risk of a subdomain taken over", (options, value) => options.AllowSameSiteWrites = value),
    ];

    /// <summary>Every setting, in the order the server and <c>corskit lint</c> list them.</summary>
    public static IReadOnlyList<CorsSetting> All => Table;

    /// <summary>The setting with configuration key <paramref name="key"/> (case-insensitive), or <see langword="null"/>.</summary>
    public static CorsSetting? Find(string key) =>
        Array.Find(Table, setting => string.Equals(setting.Key, key, StringComparison.OrdinalIgnoreCase));
}
