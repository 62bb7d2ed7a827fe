using System.Text;

namespace CorsKit.Origins.Idna;

/// <summary>
/// UTS #46 ToASCII (<see href="https://www.unicode.org/reports/tr46/#ToASCII"/>) with the flags the URL standard's
/// "domain to ASCII" passes when not strict (<see href="https://url.spec.whatwg.org/#concept-domain-to-ascii"/>):
/// CheckHyphens=false, CheckBidi=true, CheckJoiners=true, UseSTD3ASCIIRules=false, Transitional_Processing=false,
/// VerifyDnsLength=false, IgnoreInvalidPunycode=false. Those are the flags browsers use, so the result is the host
/// a browser puts in <c>Origin</c>.
/// </summary>
internal static class Uts46
{
    private const int FullStop = '.';

    /// <summary>
    /// Converts <paramref name="domain"/>; on success <paramref name="ascii"/> is the lower-case ASCII domain, on
    /// failure <paramref name="error"/> says why (the first error found; UTS #46 only asks that one is reported).
    /// </summary>
    public static bool TryToAscii(string domain, out string ascii, out string? error)
    {
        ascii = "";
        var labels = Process(domain, out error);
        if (labels is null)
        {
            return false;
        }

        // ToASCII step 2: https://www.unicode.org/reports/tr46/#ToASCII. A Punycode overflow needs a label of
        // thousands of characters, far beyond anything DNS carries.
        var builder = new StringBuilder(domain.Length + 8);
        for (var i = 0; i < labels.Count; i++)
        {
            if (i > 0)
            {
                builder.Append('.');
            }

            var label = labels[i];
            if (CodePoints.AllAscii(label))
            {
                foreach (var codePoint in label)
                {
                    builder.Append((char)codePoint);
                }
            }
            else if (Punycode.TryEncode(label, out var encoded))
            {
                builder.Append("xn--").Append(encoded);
            }
            else
            {
                error = $"label \"{CodePoints.ToText(label)}\" is too long to encode as Punycode";
                return false;
            }
        }

        ascii = builder.ToString();
        return true;
    }

    /// <summary>
    /// UTS #46 Processing (<see href="https://www.unicode.org/reports/tr46/#Processing"/>): map, normalize, break into
    /// labels, convert and validate each. Returns the labels in Unicode, or null with <paramref name="error"/> set.
    /// </summary>
    private static List<List<int>>? Process(string domain, out string? error)
    {
        // Step 1, Map: https://www.unicode.org/reports/tr46/#ProcessingStepMap
        var table = IdnaMappingTable.Default;
        var mapped = new List<int>(domain.Length);
        foreach (var codePoint in CodePoints.Of(domain))
        {
            table.Map(codePoint, mapped);
        }

        // Step 2, Normalize: https://www.unicode.org/reports/tr46/#ProcessingStepNormalize
        var normalized = Nfc.Default.Normalize(mapped);

        // Step 3, Break: https://www.unicode.org/reports/tr46/#ProcessingStepBreak. Mapping has already turned the
        // ideographic and fullwidth full stops into U+002E, so this one separator is enough.
        var labels = new List<List<int>>();
        var current = new List<int>();
        foreach (var codePoint in normalized)
        {
            if (codePoint == FullStop)
            {
                labels.Add(current);
                current = [];
            }
            else
            {
                current.Add(codePoint);
            }
        }

        labels.Add(current);

        // Step 4, Convert/Validate: https://www.unicode.org/reports/tr46/#ProcessingStepConvertValidate
        for (var i = 0; i < labels.Count; i++)
        {
            var label = labels[i];
            var shown = CodePoints.ToText(label);
            if (IsAcePrefixed(label))
            {
                var decoded = DecodeAceLabel(label, shown, out error);
                if (decoded is null)
                {
                    return null;
                }

                labels[i] = label = decoded;
            }

            error = LabelValidity.Check(label, shown);
            if (error is not null)
            {
                return null;
            }
        }

        // Validity criteria 8 and 9 (https://www.unicode.org/reports/tr46/#Validity_Criteria): the Bidi rule depends
        // on whether any label is right-to-left, so it runs once every label is decoded.
        var properties = CharacterProperties.Default;
        var bidiDomain = BidiRule.IsBidiDomain(labels, properties);
        foreach (var label in labels)
        {
            if (label.Count == 0)
            {
                continue;
            }

            error = ContextJ.Check(label, Nfc.Default, properties) ?? (bidiDomain ? BidiRule.Check(label, properties) : null);
            if (error is not null)
            {
                return null;
            }
        }

        error = null;
        return labels;
    }

    private static bool IsAcePrefixed(List<int> label) =>
        label.Count >= 4 && label[0] == 'x' && label[1] == 'n' && label[2] == '-' && label[3] == '-';

    /// <summary>
    /// Step 4.1 for a label starting with <c>xn--</c>
    /// (<see href="https://www.unicode.org/reports/tr46/#ProcessingStepPunycode"/>), with IgnoreInvalidPunycode=false:
    /// the label must be ASCII, decode as Punycode, and decode to something non-empty that is not plain ASCII, since
    /// an encoder never produces an xn-- form for a name that needs none.
    /// </summary>
    private static List<int>? DecodeAceLabel(List<int> label, string shown, out string? error)
    {
        foreach (var codePoint in label)
        {
            if (codePoint > 0x7F)
            {
                error = $"label \"{shown}\" starts with \"xn--\" but contains {CodePoints.Name(codePoint)}; a Punycode label is ASCII only";
                return null;
            }
        }

        if (!Punycode.TryDecode(shown[4..], out var decoded))
        {
            error = $"label \"{shown}\" is not valid punycode";
            return null;
        }

        if (CodePoints.AllAscii(decoded))
        {
            error = $"label \"{shown}\" is not valid punycode: it decodes to {(decoded.Count == 0 ? "nothing" : "plain ASCII")}, which is never written with \"xn--\"";
            return null;
        }

        error = null;
        return decoded;
    }
}
