namespace CorsKit.Server.Configuration;

/// <summary>The environment variables (also read from <c>.env</c>) the server understands, and their defaults.</summary>
internal static class ServerVariables
{
    public const string Port = "PORT";
    public const string Host = "HOST";
    public const string Upstream = "UPSTREAM";
    public const string LogLevel = "LOG_LEVEL";
    public const string BaseUrl = "BASE_URL";
    public const string Origins = "CORS_ORIGINS";
    public const string Methods = "CORS_METHODS";
    public const string Headers = "CORS_HEADERS";
    public const string Credentials = "CORS_CREDENTIALS";
    public const string ExposeHeaders = "CORS_EXPOSE_HEADERS";
    public const string MaxAge = "CORS_MAX_AGE";
    public const string AllowInsecureOrigins = "CORS_ALLOW_INSECURE_ORIGINS";
    public const string PreflightStatus = "CORS_PREFLIGHT_STATUS";

    public const int DefaultPort = 4000;
    public const string DefaultHost = "localhost";

    /// <summary>Any local development frontend, on any port: the seed's BASE_URL, generalised.</summary>
    public const string DefaultOrigins = "http://localhost:*,http://127.0.0.1:*,http://[::1]:*";

    /// <summary>The seed's methods, without OPTIONS, which CorsKit answers by itself.</summary>
    public const string DefaultMethods = "GET,POST,DELETE";

    /// <summary>The seed's headers.</summary>
    public const string DefaultHeaders = "Content-Type,Authorization";

    /// <summary>The seed allowed credentials.</summary>
    public const string DefaultCredentials = "true";
}
