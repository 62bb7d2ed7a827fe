namespace CorsKit.Configuration;

/// <summary>The configuration keys CorsKit reads, as they appear in appsettings.json or environment variables.</summary>
public static class CorsConfigurationKeys
{
    /// <summary>The conventional section: <c>Cors</c> holds the default policy, <c>Cors:Policies:&lt;name&gt;</c> the named ones.</summary>
    public const string DefaultSection = "Cors";

    /// <summary>The child section holding named policies.</summary>
    public const string Policies = "Policies";

    /// <summary>Allowed origins: a JSON array or a comma-separated string.</summary>
    public const string Origins = "Origins";

    /// <summary>Allowed methods: a JSON array or a comma-separated string.</summary>
    public const string Methods = "Methods";

    /// <summary>Allowed request headers: a JSON array or a comma-separated string.</summary>
    public const string Headers = "Headers";

    /// <summary>Exposed response headers: a JSON array or a comma-separated string.</summary>
    public const string ExposeHeaders = "ExposeHeaders";

    /// <summary><c>true</c> or <c>false</c>.</summary>
    public const string Credentials = "Credentials";

    /// <summary>Preflight cache lifetime in whole seconds.</summary>
    public const string MaxAge = "MaxAge";

    /// <summary>Status code of an allowed preflight (200-299).</summary>
    public const string PreflightStatus = "PreflightStatus";

    /// <summary><c>true</c> or <c>false</c>.</summary>
    public const string AllowInsecureOrigins = "AllowInsecureOrigins";

    /// <summary>Whether cross-origin writes are checked (<see cref="CorsKit.Policy.CorsPolicyOptions.ProtectWrites"/>).</summary>
    public const string ProtectWrites = "ProtectWrites";

    /// <summary>Origins that may write without reading (<see cref="CorsKit.Policy.CorsPolicyOptions.TrustedWriteOrigins"/>).</summary>
    public const string TrustedWriteOrigins = "TrustedWriteOrigins";

    /// <summary>Whether same-site origins may write (<see cref="CorsKit.Policy.CorsPolicyOptions.AllowSameSiteWrites"/>).</summary>
    public const string AllowSameSiteWrites = "AllowSameSiteWrites";
}
