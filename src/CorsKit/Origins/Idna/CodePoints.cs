using System.Globalization;
using System.Text;

namespace CorsKit.Origins.Idna;

/// <summary>Moves between .NET's UTF-16 strings and the code point sequences Unicode's algorithms are written for.</summary>
internal static class CodePoints
{
    /// <summary>
    /// The code points of <paramref name="text"/>. An unpaired surrogate stays a code point of its own (U+D800..U+DFFF)
    /// rather than becoming U+FFFD, so the error can name what the configuration actually holds; the IDNA mapping
    /// table disallows both.
    /// </summary>
    public static List<int> Of(string text)
    {
        var result = new List<int>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                result.Add(char.ConvertToUtf32(c, text[i + 1]));
                i++;
            }
            else
            {
                result.Add(c);
            }
        }

        return result;
    }

    /// <summary>The string of <paramref name="codePoints"/>; a lone surrogate code point is written as that one char.</summary>
    public static string ToText(IEnumerable<int> codePoints)
    {
        var builder = new StringBuilder();
        foreach (var codePoint in codePoints)
        {
            Append(builder, codePoint);
        }

        return builder.ToString();
    }

    /// <summary>Appends one code point as UTF-16.</summary>
    public static void Append(StringBuilder builder, int codePoint)
    {
        if (codePoint < 0x10000)
        {
            builder.Append((char)codePoint);
        }
        else
        {
            builder.Append(char.ConvertFromUtf32(codePoint));
        }
    }

    /// <summary>
    /// The <c>U+XXXX</c> notation users can look a character up by, followed by the character itself when it is
    /// printable ASCII, which is the only range certain to display unambiguously in a log.
    /// </summary>
    public static string Name(int codePoint)
    {
        var name = "U+" + codePoint.ToString("X4", CultureInfo.InvariantCulture);
        return codePoint is > 0x20 and < 0x7F ? $"{name} ('{(char)codePoint}')" : name;
    }

    /// <summary>True when every code point is ASCII.</summary>
    public static bool AllAscii(IReadOnlyList<int> codePoints)
    {
        for (var i = 0; i < codePoints.Count; i++)
        {
            if (codePoints[i] > 0x7F)
            {
                return false;
            }
        }

        return true;
    }
}
