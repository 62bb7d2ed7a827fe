namespace CorsKit.Cli.Export;

/// <summary>The reverse proxies <c>corskit export</c> writes configuration for.</summary>
internal enum EdgeEngine
{
    /// <summary>nginx, with its stock modules (map, headers, rewrite, proxy).</summary>
    Nginx,

    /// <summary>Caddy v2, as a Caddyfile.</summary>
    Caddy,

    /// <summary>HAProxy 2.2 or later (<c>http-request return</c>, <c>http-after-response</c>).</summary>
    Haproxy,
}
