using System.Buffers;
using System.Globalization;
using System.Text;

namespace CorsKit.Origins;

/// <summary>
/// The URL standard's rules for IP address hosts, which decide the host a browser puts in an <c>Origin</c>: the
/// IPv4 parser that reads <c>0x7f.1</c> as <c>127.0.0.1</c>, and the serializers of both address kinds.
/// </summary>
internal static class UrlHost
{
    private static readonly SearchValues<char> HexDigits = SearchValues.Create("0123456789abcdefABCDEF");

    /// <summary>
    /// URL "ends in a number checker" (https://url.spec.whatwg.org/#ends-in-a-number-checker): a host whose last label
    /// is decimal digits, or <c>0x</c> and hex digits, is an IPv4 address to the browser, valid or not.
    /// </summary>
    public static bool EndsInANumber(string host)
    {
        var last = host.AsSpan(host.LastIndexOf('.') + 1);
        if (last.Length > 0 && !last.ContainsAnyExceptInRange('0', '9'))
        {
            return true;
        }

        return last.Length >= 2 && last[0] == '0' && last[1] is 'x' or 'X' && !last[2..].ContainsAnyExcept(HexDigits);
    }

    /// <summary>
    /// URL "IPv4 parser" (https://url.spec.whatwg.org/#concept-ipv4-parser): one to four dot-separated numbers, each
    /// decimal, octal (a leading <c>0</c>) or hex (<c>0x</c>); the last fills the bytes the others left. So
    /// <c>0x7f.0.0.1</c>, <c>0177.0.0.1</c>, <c>127.1</c> and <c>2130706433</c> are all <c>127.0.0.1</c>.
    /// </summary>
    public static bool TryParseIPv4(string host, out uint address)
    {
        address = 0;
        var parts = host.Split('.');
        if (parts.Length > 4)
        {
            return false;
        }

        var numbers = new ulong[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!TryParseIPv4Number(parts[i], out numbers[i]))
            {
                return false;
            }
        }

        for (var i = 0; i < numbers.Length - 1; i++)
        {
            if (numbers[i] > 255)
            {
                return false;
            }
        }

        var lastLimit = 1UL << (8 * (5 - numbers.Length));
        if (numbers[^1] >= lastLimit)
        {
            return false;
        }

        ulong value = numbers[^1];
        for (var i = 0; i < numbers.Length - 1; i++)
        {
            value += numbers[i] << (8 * (3 - i));
        }

        address = (uint)value;
        return true;
    }

    /// <summary>URL "IPv4 serializer" (https://url.spec.whatwg.org/#concept-ipv4-serializer): four decimal bytes.</summary>
    public static string SerializeIPv4(uint address) =>
        string.Create(CultureInfo.InvariantCulture, $"{address >> 24}.{(address >> 16) & 0xFF}.{(address >> 8) & 0xFF}.{address & 0xFF}");

    /// <summary>
    /// URL "IPv6 serializer" (https://url.spec.whatwg.org/#concept-ipv6-serializer), brackets included: eight hex
    /// pieces without leading zeros, the first longest run of two or more zero pieces as <c>::</c>. Unlike
    /// <see cref="System.Net.IPAddress.ToString()"/>, it never writes an embedded IPv4 address in dotted form.
    /// </summary>
    public static string SerializeIPv6(ReadOnlySpan<byte> address)
    {
        Span<int> pieces = stackalloc int[8];
        for (var i = 0; i < 8; i++)
        {
            pieces[i] = (address[2 * i] << 8) | address[(2 * i) + 1];
        }

        var (compressStart, compressLength) = (-1, 1);
        for (var i = 0; i < 8;)
        {
            var length = 0;
            while (i + length < 8 && pieces[i + length] == 0)
            {
                length++;
            }

            if (length > compressLength)
            {
                (compressStart, compressLength) = (i, length);
            }

            i += Math.Max(length, 1);
        }

        var text = new StringBuilder("[");
        for (var i = 0; i < 8; i++)
        {
            if (i == compressStart)
            {
                text.Append(i == 0 ? "::" : ":");
                i += compressLength - 1;
                continue;
            }

            text.Append(pieces[i].ToString("x", CultureInfo.InvariantCulture));
            if (i < 7)
            {
                text.Append(':');
            }
        }

        return text.Append(']').ToString();
    }

    // URL "IPv4 number parser": an empty part is not a number; "0x" alone is zero.
    private static bool TryParseIPv4Number(string part, out ulong number)
    {
        number = 0;
        if (part.Length == 0)
        {
            return false;
        }

        var (digits, radix) = part.Length >= 2 && part[0] == '0' && part[1] is 'x' or 'X' ? (part[2..], 16)
            : part.Length >= 2 && part[0] == '0' ? (part[1..], 8)
            : (part, 10);
        foreach (var c in digits)
        {
            var digit = char.IsAsciiDigit(c) ? c - '0' : char.IsAsciiHexDigit(c) ? (char.ToLowerInvariant(c) - 'a' + 10) : int.MaxValue;
            if (digit >= radix)
            {
                return false;
            }

            number = (number * (ulong)radix) + (ulong)digit;

            // Anything this large already fails every limit; stop before it overflows.
            if (number > uint.MaxValue)
            {
                number = (ulong)uint.MaxValue + 1;
            }
        }

        return true;
    }
}
