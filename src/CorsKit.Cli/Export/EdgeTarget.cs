namespace CorsKit.Cli.Export;

/// <summary>
/// Where a complete configuration listens and what it proxies to (<c>--listen</c>, <c>--upstream</c>); without one,
/// the export is a block to include in an existing configuration.
/// </summary>
/// <param name="Port">The loopback port to listen on.</param>
/// <param name="Upstream">The http:// URL of the API behind the proxy.</param>
internal sealed record EdgeTarget(int Port, Uri Upstream)
{
    /// <summary>The upstream as <c>host:port</c>, for engines that name servers that way.</summary>
    public string UpstreamAuthority => $"{Upstream.Host}:{Upstream.Port}";
}
