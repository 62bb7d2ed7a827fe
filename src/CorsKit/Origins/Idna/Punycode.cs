using System.Text;

namespace CorsKit.Origins.Idna;

/// <summary>
/// Punycode (<see href="https://www.rfc-editor.org/rfc/rfc3492"/>), the encoding of a label's code points in the
/// letters, digits and hyphens DNS allows, which is what the <c>xn--</c> labels browsers send are made of.
/// </summary>
internal static class Punycode
{
    // Bootstring parameters for Punycode: https://www.rfc-editor.org/rfc/rfc3492#section-5
    private const int Base = 36, TMin = 1, TMax = 26, Skew = 38, Damp = 700, InitialBias = 72, InitialN = 0x80;

    /// <summary>
    /// Decodes <paramref name="input"/> (the label after <c>xn--</c>) by
    /// <see href="https://www.rfc-editor.org/rfc/rfc3492#section-6.2"/>. Fails, rather than guessing, on anything the
    /// encoder could not have produced: a non-basic code point before the delimiter, a character that is no digit, a
    /// truncated number, an overflow, or a result beyond U+10FFFF.
    /// </summary>
    public static bool TryDecode(string input, out List<int> output)
    {
        output = [];
        var delimiter = input.LastIndexOf('-');
        // Code points before the last delimiter are copied; the delimiter itself is consumed only when some were.
        if (delimiter > 0)
        {
            for (var j = 0; j < delimiter; j++)
            {
                if (input[j] > 0x7F)
                {
                    return false;
                }

                output.Add(input[j]);
            }
        }

        var n = InitialN;
        var i = 0;
        var bias = InitialBias;
        var position = delimiter > 0 ? delimiter + 1 : 0;
        while (position < input.Length)
        {
            var oldI = i;
            var w = 1;
            for (var k = Base; ; k += Base)
            {
                if (position >= input.Length)
                {
                    return false;
                }

                var digit = DigitValue(input[position++]);
                if (digit < 0 || digit > (int.MaxValue - i) / w)
                {
                    return false;
                }

                i += digit * w;
                var t = Threshold(k, bias);
                if (digit < t)
                {
                    break;
                }

                if (w > int.MaxValue / (Base - t))
                {
                    return false;
                }

                w *= Base - t;
            }

            var length = output.Count + 1;
            bias = Adapt(i - oldI, length, oldI == 0);
            if (i / length > int.MaxValue - n)
            {
                return false;
            }

            n += i / length;
            i %= length;
            if (n > 0x10FFFF)
            {
                return false;
            }

            output.Insert(i, n);
            i++;
        }

        return true;
    }

    /// <summary>
    /// Encodes <paramref name="input"/> by <see href="https://www.rfc-editor.org/rfc/rfc3492#section-6.3"/>, with
    /// lower-case digits because browsers serialize hosts in lower case. Fails only on overflow, which a label of a
    /// sane length cannot reach.
    /// </summary>
    public static bool TryEncode(IReadOnlyList<int> input, out string output)
    {
        var builder = new StringBuilder();
        foreach (var codePoint in input)
        {
            if (codePoint < 0x80)
            {
                builder.Append((char)codePoint);
            }
        }

        var basicCount = builder.Length;
        var handled = basicCount;
        if (basicCount > 0)
        {
            builder.Append('-');
        }

        var n = InitialN;
        var delta = 0;
        var bias = InitialBias;
        while (handled < input.Count)
        {
            var m = int.MaxValue;
            foreach (var codePoint in input)
            {
                if (codePoint >= n && codePoint < m)
                {
                    m = codePoint;
                }
            }

            if (m - n > (int.MaxValue - delta) / (handled + 1))
            {
                output = "";
                return false;
            }

            delta += (m - n) * (handled + 1);
            n = m;
            foreach (var codePoint in input)
            {
                if (codePoint < n && ++delta == int.MaxValue)
                {
                    output = "";
                    return false;
                }

                if (codePoint == n)
                {
                    var q = delta;
                    for (var k = Base; ; k += Base)
                    {
                        var t = Threshold(k, bias);
                        if (q < t)
                        {
                            break;
                        }

                        builder.Append(Digit(t + (q - t) % (Base - t)));
                        q = (q - t) / (Base - t);
                    }

                    builder.Append(Digit(q));
                    bias = Adapt(delta, handled + 1, handled == basicCount);
                    delta = 0;
                    handled++;
                }
            }

            delta++;
            n++;
        }

        output = builder.ToString();
        return true;
    }

    private static int Threshold(int k, int bias) => k <= bias ? TMin : k >= bias + TMax ? TMax : k - bias;

    // Bias adaptation: https://www.rfc-editor.org/rfc/rfc3492#section-6.1
    private static int Adapt(int delta, int numPoints, bool firstTime)
    {
        delta = firstTime ? delta / Damp : delta / 2;
        delta += delta / numPoints;
        var k = 0;
        while (delta > (Base - TMin) * TMax / 2)
        {
            delta /= Base - TMin;
            k += Base;
        }

        return k + (Base - TMin + 1) * delta / (delta + Skew);
    }

    private static int DigitValue(char c) => c switch
    {
        >= 'a' and <= 'z' => c - 'a',
        >= 'A' and <= 'Z' => c - 'A',
        >= '0' and <= '9' => c - '0' + 26,
        _ => -1,
    };

    private static char Digit(int value) => (char)(value < 26 ? 'a' + value : '0' + value - 26);
}
