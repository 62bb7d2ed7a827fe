namespace CorsKit.Origins;

/// <summary>One entry of the configured origins, parsed and in the browser's serialized form.</summary>
/// <param name="Scheme">Lower-case scheme, such as <c>https</c>.</param>
/// <param name="Host">Lower-case ASCII host (punycode for IDN, brackets for IPv6); for a subdomain pattern, the parent domain.</param>
/// <param name="Port">The explicit port, or <see cref="NoPort"/> when the origin uses its scheme's default.</param>
/// <param name="AnyPort">True for a <c>:*</c> pattern.</param>
/// <param name="AnySubdomain">True for a <c>*.</c> pattern: any depth of subdomain of <paramref name="Host"/>, never the host itself.</param>
internal sealed record OriginPattern(string Scheme, string Host, int Port, bool AnyPort, bool AnySubdomain)
{
    /// <summary>The port value of an origin that has none in its serialized form.</summary>
    public const int NoPort = 0;

    /// <summary>True for an exact origin, which only the same whole string matches.</summary>
    public bool IsExact => !AnyPort && !AnySubdomain;

    /// <summary>
    /// True for plain <c>http://</c> on a host that is not local: anyone on the network path can impersonate such an
    /// origin, so it may neither read credentialed responses nor write without an explicit opt-in.
    /// </summary>
    public bool IsInsecure => Scheme == "http" && !HostKind.IsLoopback(Host);

    /// <summary>The canonical text: what a browser would send for an exact origin, the pattern otherwise.</summary>
    public override string ToString()
    {
        var host = AnySubdomain ? "*." + Host : Host;
        var port = AnyPort ? ":*" : Port == NoPort ? "" : ":" + Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return $"{Scheme}://{host}{port}";
    }
}
