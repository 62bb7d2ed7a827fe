using System.Globalization;

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

    // Serialized at most once, and not at all when the configuration already wrote the canonical text (see
    // Sharing): a policy of a million origins then keeps one string per origin, the configuration's own, shared by its
    // lookup table and its Origins list.
    private string? _text;

    /// <summary>The canonical text: what a browser would send for an exact origin, the pattern otherwise.</summary>
    public override string ToString() => _text ??= string.Create(CultureInfo.InvariantCulture, $"{Scheme}://{(AnySubdomain ? "*." : "")}{Host}{PortSuffix()}");

    /// <summary>This pattern, serialized as <paramref name="written"/> itself when that is its canonical text.</summary>
    public OriginPattern Sharing(string written)
    {
        if (_text is null && IsWrittenAs(written))
        {
            _text = written;
        }

        return this;
    }

    /// <summary>Patterns are equal when they accept the same origins: the cached text takes no part.</summary>
    public bool Equals(OriginPattern? other) =>
        other is not null
        && Scheme == other.Scheme && Host == other.Host && Port == other.Port && AnyPort == other.AnyPort && AnySubdomain == other.AnySubdomain;

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Scheme, Host, Port, AnyPort, AnySubdomain);

    // The canonical text compared piece by piece, without building it.
    private bool IsWrittenAs(string written)
    {
        var rest = written.AsSpan();
        return Consume(ref rest, Scheme) && Consume(ref rest, "://") && (!AnySubdomain || Consume(ref rest, "*."))
            && Consume(ref rest, Host) && rest.SequenceEqual(PortSuffix());
    }

    private static bool Consume(ref ReadOnlySpan<char> rest, ReadOnlySpan<char> part)
    {
        if (!rest.StartsWith(part, StringComparison.Ordinal))
        {
            return false;
        }

        rest = rest[part.Length..];
        return true;
    }

    private string PortSuffix() =>
        AnyPort ? ":*" : Port == NoPort ? "" : ":" + Port.ToString(CultureInfo.InvariantCulture);
}
