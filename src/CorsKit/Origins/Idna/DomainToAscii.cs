namespace CorsKit.Origins.Idna;

/// <summary>
/// The URL standard's "domain to ASCII" with beStrict=false (<see href="https://url.spec.whatwg.org/#concept-domain-to-ascii"/>):
/// the host a browser serializes for a domain typed in any case, width or normalization, computed in managed code from
/// embedded Unicode tables so that it is the same in every globalization mode.
/// </summary>
internal static class DomainToAscii
{
    /// <summary>
    /// Converts <paramref name="domain"/> (already percent-decoded by the caller) to its ASCII serialization.
    /// </summary>
    /// <param name="domain">The domain as configured, e.g. <c>BÜCHER.Example</c>.</param>
    /// <param name="ascii">On success, the lower-case ASCII domain, e.g. <c>xn--bcher-kva.example</c>; otherwise "".</param>
    /// <param name="error">On failure, a short reason naming the offending character as <c>U+XXXX</c> where there is one.</param>
    public static bool TryConvert(string domain, out string ascii, out string? error)
    {
        ArgumentNullException.ThrowIfNull(domain);
        if (!IsPlainAscii(domain, out ascii) && !Uts46.TryToAscii(domain, out ascii, out error))
        {
            ascii = "";
            return false;
        }

        // The URL standard's steps after ToASCII: UTS #46 accepts an empty domain, but no host is empty.
        if (ascii.Length == 0)
        {
            error = domain.Length == 0 ? "is empty" : "is empty once the characters host names ignore (such as U+00AD) are removed";
            return false;
        }

        foreach (var c in ascii)
        {
            if (IsForbiddenDomainCodePoint(c))
            {
                error = $"contains {CodePoints.Name(c)}, which no host name may contain";
                ascii = "";
                return false;
            }
        }

        error = null;
        return true;
    }

    /// <summary>
    /// The URL standard's shortcut for the common case: an ASCII domain none of whose labels starts with <c>xn--</c>
    /// converts to itself lower-cased, since every ASCII code point is valid or case-mapped in the IDNA table and none
    /// is right-to-left, a joiner or a mark. Configurations of plain host names then never load the Unicode tables.
    /// </summary>
    private static bool IsPlainAscii(string domain, out string lowered)
    {
        lowered = "";
        foreach (var c in domain)
        {
            if (c > 0x7F)
            {
                return false;
            }
        }

        foreach (var label in domain.AsSpan().Split('.'))
        {
            if (domain.AsSpan()[label].StartsWith("xn--", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        // Already lower case, as configured hosts nearly always are: the same string, nothing allocated.
        if (!domain.AsSpan().ContainsAnyInRange('A', 'Z'))
        {
            lowered = domain;
            return true;
        }

        lowered = string.Create(domain.Length, domain, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c is >= 'A' and <= 'Z' ? (char)(c + 0x20) : c;
            }
        });
        return true;
    }

    /// <summary>
    /// A forbidden domain code point (<see href="https://url.spec.whatwg.org/#forbidden-domain-code-point"/>): a
    /// forbidden host code point, a C0 control, <c>%</c> or DEL. UTS #46 without STD3 rules lets these through, but
    /// they would end the host early or change what the URL means.
    /// </summary>
    private static bool IsForbiddenDomainCodePoint(char c) =>
        c <= 0x1F || c == 0x7F || c is ' ' or '#' or '%' or '/' or ':' or '<' or '>' or '?' or '@' or '[' or '\\' or ']' or '^' or '|';
}
