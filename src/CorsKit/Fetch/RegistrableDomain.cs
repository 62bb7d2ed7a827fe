using CorsKit.Origins;

namespace CorsKit.Fetch;

/// <summary>
/// The registrable domain of a host, by the Public Suffix List embedded in CorsKit: the part one owner registers, and
/// so the unit "same site" and look-alike domains are built from (<c>example.co.uk</c>, not <c>co.uk</c>).
/// </summary>
public static class RegistrableDomain
{
    /// <summary>
    /// The registrable domain of <paramref name="host"/> (https://url.spec.whatwg.org/#host-registrable-domain), such
    /// as <c>example.co.uk</c> for <c>www.example.co.uk</c>; <see langword="null"/> for a public suffix itself, an IP
    /// address or any host that is not a lower-case ASCII domain.
    /// </summary>
    public static string? Of(string host)
    {
        ArgumentNullException.ThrowIfNull(host);
        if (host.Length == 0 || host.Any(c => c > 0x7F || char.IsAsciiLetterUpper(c)) || host.StartsWith('[') || UrlHost.EndsInANumber(host) || host.Contains("..", StringComparison.Ordinal)
            || host.StartsWith('.') || host.EndsWith('.'))
        {
            return null;
        }

        return PublicSuffixList.Default.RegistrableDomainOf(host);
    }
}
