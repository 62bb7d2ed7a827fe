namespace CorsKit.Configuration.Environment;

/// <summary>
/// The environment variables (also read from a <c>.env</c> file) that the CorsKit server understands, and the
/// defaults it uses when they are unset: any local frontend, with credentials, GET, POST and DELETE, and the
/// Content-Type and Authorization headers.
/// </summary>
internal static class CorsEnvironmentVariables
{
    /// <summary>The port to listen on; <c>0</c> picks any free port. Default <see cref="DefaultPort"/>.</summary>
    public const string Port = "PORT";

    /// <summary>The host name or address to listen on. Default <see cref="DefaultHost"/>.</summary>
    public const string Host = "HOST";

    /// <summary>The http:// or https:// URL of an API to put CORS in front of; unset, the server answers itself.</summary>
    public const string Upstream = "UPSTREAM";

    /// <summary>The minimum log level (Trace, Debug, Information, Warning, Error, Critical, None).</summary>
    public const string LogLevel = "LOG_LEVEL";

    /// <summary>
    /// <c>on</c> or <c>off</c>: name each refusal in an <c>X-CorsKit-Denial</c> response header and log it at the default
    /// level. On by default in the Development environment, and refused outside it.
    /// </summary>
    public const string Explain = "CORS_EXPLAIN";

    /// <summary>
    /// <c>on</c>, <c>off</c> or <c>force</c>: serve the decisions page at <c>/_corskit</c> to browsers on this machine. On
    /// by default in the Development environment; outside it, <c>on</c> is refused and <c>force</c> serves it anyway.
    /// </summary>
    public const string Dashboard = "CORSKIT_DASHBOARD";

    /// <summary>One frontend origin (as in a Node app's <c>.env</c>); used for the origins when <see cref="Origins"/> is unset.</summary>
    public const string BaseUrl = "BASE_URL";

    /// <summary>How long the gateway waits for the upstream without any data, in whole seconds; then 504.</summary>
    public const string UpstreamTimeout = "UPSTREAM_TIMEOUT";

    /// <summary>The upstream timeout when <see cref="UpstreamTimeout"/> is unset: the proxy's own default.</summary>
    public const int DefaultUpstreamTimeoutSeconds = 100;

    /// <summary>The largest request body the server accepts, in bytes, or <c>unlimited</c>; larger ones get 413.</summary>
    public const string MaxRequestBodySize = "MAX_REQUEST_BODY_SIZE";

    /// <summary>The body limit when <see cref="MaxRequestBodySize"/> is unset: Kestrel's own default.</summary>
    public const long DefaultMaxRequestBodySize = 30_000_000;

    /// <summary>Allowed origins, comma-separated; patterns such as <c>https://*.example.com</c> are accepted.</summary>
    public const string Origins = "CORS_ORIGINS";

    /// <summary>
    /// A file of allowed origins, one per line (<c>#</c> comments and blank lines ignored), added to <see cref="Origins"/>:
    /// for allow-lists of thousands to millions of origins.
    /// </summary>
    public const string OriginsFile = "CORS_ORIGINS_FILE";

    /// <summary>Allowed methods, comma-separated.</summary>
    public const string Methods = "CORS_METHODS";

    /// <summary>Allowed request headers, comma-separated.</summary>
    public const string Headers = "CORS_HEADERS";

    /// <summary><c>true</c> or <c>false</c>: whether cookies and HTTP authentication may be sent.</summary>
    public const string Credentials = "CORS_CREDENTIALS";

    /// <summary>Response headers the page may read, comma-separated.</summary>
    public const string ExposeHeaders = "CORS_EXPOSE_HEADERS";

    /// <summary>Preflight cache lifetime in whole seconds.</summary>
    public const string MaxAge = "CORS_MAX_AGE";

    /// <summary><c>true</c> to allow non-local <c>http://</c> origins.</summary>
    public const string AllowInsecureOrigins = "CORS_ALLOW_INSECURE_ORIGINS";

    /// <summary>Status code of an allowed preflight (200-299).</summary>
    public const string PreflightStatus = "CORS_PREFLIGHT_STATUS";

    /// <summary>Cross-origin write protection, <c>on</c> or <c>off</c>.</summary>
    public const string WriteProtection = "CSRF_PROTECTION";

    /// <summary>Origins that may write without being allowed to read.</summary>
    public const string TrustedWriteOrigins = "CSRF_TRUSTED_ORIGINS";

    /// <summary>Whether same-site origins may write.</summary>
    public const string AllowSameSiteWrites = "CSRF_ALLOW_SAME_SITE";

    /// <summary>The server protects writes unless told otherwise.</summary>
    public const string DefaultWriteProtection = "on";

    /// <summary>The port when <see cref="Port"/> is unset.</summary>
    public const int DefaultPort = 4000;

    /// <summary>The host when <see cref="Host"/> is unset: this machine only.</summary>
    public const string DefaultHost = "localhost";

    /// <summary>The origins when neither <see cref="Origins"/> nor <see cref="BaseUrl"/> is set: any local development frontend, on any port.</summary>
    public const string DefaultOrigins = "http://localhost:*,http://127.0.0.1:*,http://[::1]:*";

    /// <summary>The methods when <see cref="Methods"/> is unset; OPTIONS is not among them, since CorsKit answers preflights itself.</summary>
    public const string DefaultMethods = "GET,POST,DELETE";

    /// <summary>The request headers when <see cref="Headers"/> is unset.</summary>
    public const string DefaultHeaders = "Content-Type,Authorization";

    /// <summary>Credentials when <see cref="Credentials"/> is unset: allowed, for cookie or token sessions from a local frontend.</summary>
    public const string DefaultCredentials = "true";

    /// <summary>Every variable the server reads: its own, <see cref="BaseUrl"/>, then each setting's (<see cref="Settings.CorsSettings"/>).</summary>
    public static IReadOnlyList<string> All { get; } =
        [Port, Host, Upstream, UpstreamTimeout, LogLevel, MaxRequestBodySize, Explain, Dashboard, BaseUrl, OriginsFile, .. Settings.CorsSettings.All.Select(setting => setting.Variable)];
}
