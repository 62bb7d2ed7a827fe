namespace CorsKit.Origins;

/// <summary>Facts about a host that the security rules depend on.</summary>
internal static class HostKind
{
    /// <summary>
    /// True for hosts that only this machine can serve: <c>localhost</c> and its subdomains (browsers resolve
    /// <c>*.localhost</c> to loopback), 127.0.0.0/8 and <c>[::1]</c>. Plain http to these cannot be intercepted on a network.
    /// </summary>
    /// <remarks>
    /// These are the hosts Secure Contexts calls potentially trustworthy
    /// (https://w3c.github.io/webappsec-secure-contexts/#is-origin-trustworthy): 127.0.0.0/8 and ::1/128, not the
    /// IPv4-mapped <c>[::ffff:7f00:1]</c>. A page there is no secure context, so it is held to the rules of any
    /// plain-http origin.
    /// </remarks>
    public static bool IsLoopback(string host) =>
        host == "localhost"
        || host.EndsWith(".localhost", StringComparison.Ordinal)
        || host == "[::1]"
        || (IsIPv4(host) && host.StartsWith("127.", StringComparison.Ordinal));

    /// <summary>True for a dotted-quad IPv4 literal.</summary>
    public static bool IsIPv4(string host) =>
        System.Net.IPAddress.TryParse(host, out var address)
        && address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork
        && host.Count(c => c == '.') == 3;
}
