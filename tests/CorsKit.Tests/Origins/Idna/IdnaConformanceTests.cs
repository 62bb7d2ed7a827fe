using System.Globalization;
using System.Text;
using CorsKit.Origins.Idna;
using Xunit.Abstractions;

namespace CorsKit.Tests.Origins.Idna;

// Unicode's own conformance file for UTS #46 (IdnaTestV2.txt, Unicode 17.0.0, header kept intact) decides whether
// DomainToAscii computes what every conforming implementation, and so every browser, computes.
public class IdnaConformanceTests(ITestOutputHelper output)
{
    // Errors that only the flags the URL standard turns off would raise (the file's header lists them per flag):
    // CheckHyphens (V2, V3), UseSTD3ASCIIRules (U1), VerifyDnsLength (A4_1, A4_2). X4_2 is, as the header says,
    // the former A4_2 for an empty label, so it goes with VerifyDnsLength too.
    private static readonly HashSet<string> DisabledByOurFlags = new(StringComparer.Ordinal) { "V2", "V3", "U1", "A4_1", "A4_2", "X4_2" };

    [Fact]
    public void Every_line_of_IdnaTestV2_converts_as_the_file_says_for_nontransitional_ToASCII()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "Origins", "Idna", "IdnaTestV2.txt");
        var mismatches = new List<string>();
        int lines = 0, successes = 0, failures = 0, urlFailures = 0;
        foreach (var line in File.ReadLines(path, Encoding.UTF8))
        {
            var data = line.Split('#', 2)[0];
            if (data.Trim().Length == 0)
            {
                continue;
            }

            lines++;
            var columns = data.Split(';').Select(column => column.Trim(' ', '\t')).ToArray();
            var source = Unescape(columns[0]);
            var toUnicode = columns[1].Length == 0 ? source : Unescape(columns[1]);
            var toUnicodeStatus = columns[2];
            var toAsciiN = columns[3].Length == 0 ? toUnicode : Unescape(columns[3]);
            var toAsciiNStatus = columns[4].Length == 0 ? toUnicodeStatus : columns[4];
            var errors = toAsciiNStatus.Trim('[', ']').Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            var uts46Succeeds = errors.All(DisabledByOurFlags.Contains);

            // The URL standard fails what UTS #46 accepts when the result is empty or has a forbidden domain code point.
            var expected = uts46Succeeds ? AsciiLower(toAsciiN) : null;
            if (expected is not null && (expected.Length == 0 || expected.Any(IsForbiddenDomainCodePoint)))
            {
                expected = null;
                urlFailures++;
            }

            var converted = DomainToAscii.TryConvert(source, out var ascii, out var error);
            var actual = converted ? ascii : null;
            if (actual != expected)
            {
                mismatches.Add($"line {Escape(source)}: expected {(expected is null ? "failure" : Escape(expected))} ({toAsciiNStatus}), got {(actual is null ? "failure: " + error : Escape(actual))}");
            }
            else if (expected is null)
            {
                failures++;
                Assert.False(string.IsNullOrWhiteSpace(error));
            }
            else
            {
                successes++;
            }
        }

        output.WriteLine($"{lines - mismatches.Count}/{lines} lines pass: {successes} convert, {failures} fail as expected ({urlFailures} of them by the URL standard's checks after UTS #46).");
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {lines} lines differ; first ones:\n" + string.Join("\n", mismatches.Take(15)));
        Assert.True(lines > 6000, $"only {lines} test lines read");
    }

    // The file escapes characters as \uXXXX or \x{XXXX}; "" is the empty string.
    private static string Unescape(string column)
    {
        if (column == "\"\"")
        {
            return "";
        }

        var builder = new StringBuilder(column.Length);
        for (var i = 0; i < column.Length; i++)
        {
            if (column[i] == '\\' && i + 5 < column.Length && column[i + 1] == 'u')
            {
                builder.Append((char)int.Parse(column.AsSpan(i + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
                i += 5;
            }
            else if (column[i] == '\\' && i + 2 < column.Length && column[i + 1] == 'x' && column[i + 2] == '{')
            {
                var end = column.IndexOf('}', i);
                var codePoint = int.Parse(column.AsSpan(i + 3, end - i - 3), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
                builder.Append(char.ConvertFromUtf32(codePoint));
                i = end;
            }
            else
            {
                builder.Append(column[i]);
            }
        }

        return builder.ToString();
    }

    private static string Escape(string text)
    {
        var builder = new StringBuilder();
        foreach (var c in text)
        {
            if (c is >= ' ' and < (char)0x7F)
            {
                builder.Append(c);
            }
            else
            {
                builder.Append(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}");
            }
        }

        return builder.ToString();
    }

    private static string AsciiLower(string text) =>
        string.Concat(text.Select(c => c is >= 'A' and <= 'Z' ? (char)(c + 0x20) : c));

    private static bool IsForbiddenDomainCodePoint(char c) =>
        c <= 0x1F || c == 0x7F || " #%/:<>?@[\\]^|".Contains(c);
}
