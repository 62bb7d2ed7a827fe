namespace CorsKit.Origins.Idna;

/// <summary>
/// The Bidi rule of RFC 5893 (<see href="https://www.rfc-editor.org/rfc/rfc5893#section-2"/>), which UTS #46 applies
/// with CheckBidi=true (<see href="https://www.unicode.org/reports/tr46/#Validity_Criteria"/>, criterion 9). It exists
/// because right-to-left labels next to digits and left-to-right labels can display in an order that makes two
/// different host names look the same; the rule keeps every label's display unambiguous.
/// </summary>
internal static class BidiRule
{
    /// <summary>
    /// True when the domain is a "Bidi domain name" (<see href="https://www.rfc-editor.org/rfc/rfc5893#section-1.4"/>):
    /// one holding a character of class R, AL or AN in any label. Only such domains are subject to the rule, so
    /// ordinary left-to-right names keep labels such as <c>1a</c> that the rule would refuse.
    /// </summary>
    public static bool IsBidiDomain(IEnumerable<IReadOnlyList<int>> labels, CharacterProperties properties)
    {
        foreach (var label in labels)
        {
            foreach (var codePoint in label)
            {
                if (properties.BidiClassOf(codePoint) is BidiClass.R or BidiClass.AL or BidiClass.AN)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Checks the six conditions of <see href="https://www.rfc-editor.org/rfc/rfc5893#section-2"/> on one non-empty
    /// label of a Bidi domain name; returns why it fails, or null.
    /// </summary>
    public static string? Check(IReadOnlyList<int> label, CharacterProperties properties)
    {
        var text = CodePoints.ToText(label);
        // 1. The first character decides the label's direction and must be a letter.
        var first = properties.BidiClassOf(label[0]);
        var rtl = first is BidiClass.R or BidiClass.AL;
        if (!rtl && first != BidiClass.L)
        {
            return $"label \"{text}\" starts with {CodePoints.Name(label[0])}, but in a host name with right-to-left text every label must start with a letter (the Bidi rule)";
        }

        var hasEn = false;
        var hasAn = false;
        foreach (var codePoint in label)
        {
            var bidi = properties.BidiClassOf(codePoint);
            hasEn |= bidi == BidiClass.EN;
            hasAn |= bidi == BidiClass.AN;
            // 2. and 5. Only these classes may appear; a letter of the other direction mixes the two.
            var allowed = bidi is BidiClass.EN or BidiClass.ES or BidiClass.CS or BidiClass.ET or BidiClass.ON
                or BidiClass.BN or BidiClass.NSM || (rtl ? bidi is BidiClass.R or BidiClass.AL or BidiClass.AN : bidi == BidiClass.L);
            if (!allowed)
            {
                return bidi is BidiClass.L or BidiClass.R or BidiClass.AL or BidiClass.AN
                    ? $"label \"{text}\" mixes right-to-left and left-to-right letters in a way host names may not (the Bidi rule; {CodePoints.Name(codePoint)})"
                    : $"label \"{text}\" contains {CodePoints.Name(codePoint)}, which the Bidi rule forbids in a {(rtl ? "right-to-left" : "left-to-right")} label of a host name with right-to-left text";
            }
        }

        // 3. and 6. The label must end, before any trailing marks, in a character of its own direction or a digit.
        var end = label.Count - 1;
        while (end > 0 && properties.BidiClassOf(label[end]) == BidiClass.NSM)
        {
            end--;
        }

        var last = properties.BidiClassOf(label[end]);
        var endsWell = rtl ? last is BidiClass.R or BidiClass.AL or BidiClass.EN or BidiClass.AN : last is BidiClass.L or BidiClass.EN;
        if (!endsWell)
        {
            return $"label \"{text}\" ends with {CodePoints.Name(label[end])}, but a {(rtl ? "right-to-left" : "left-to-right")} label of a host name with right-to-left text must end with a letter of its direction or a digit (the Bidi rule)";
        }

        // 4. European and Arabic-Indic digits in one right-to-left label could reorder differently.
        if (rtl && hasEn && hasAn)
        {
            return $"label \"{text}\" mixes European and Arabic-Indic digits in right-to-left text (the Bidi rule)";
        }

        return null;
    }
}
