namespace CorsKit.Cli.Lint;

/// <summary>The host whose start-up <c>corskit lint</c> models: its sources, their precedence and its defaults.</summary>
internal enum LintHost
{
    /// <summary>CorsKit.Server: <c>appsettings.json</c>, <c>.env</c> and variables, with the server's defaults.</summary>
    Server,

    /// <summary>An ASP.NET Core application calling <c>AddCorsKit(configuration.GetSection("Cors"))</c>, with the middleware's defaults.</summary>
    Middleware,
}
