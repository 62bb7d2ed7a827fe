namespace CorsKit.Origins.Idna;

/// <summary>
/// The UTS #46 validity criteria for one label (<see href="https://www.unicode.org/reports/tr46/#Validity_Criteria"/>)
/// that apply with the URL standard's flags: CheckHyphens=false (criteria 2 and 3 are off, criterion 4 is on),
/// UseSTD3ASCIIRules=false and nontransitional processing. CONTEXTJ and the Bidi rule (criteria 8 and 9) need the
/// whole domain and live in <see cref="ContextJ"/> and <see cref="BidiRule"/>.
/// </summary>
internal static class LabelValidity
{
    /// <summary>Checks <paramref name="label"/>; returns why it is not a valid label, or null.</summary>
    /// <param name="label">The label, after mapping and normalization, or as decoded from <c>xn--</c> Punycode.</param>
    /// <param name="shown">How messages name the label: an <c>xn--</c> label as written, so a user finds it in the configuration.</param>
    public static string? Check(IReadOnlyList<int> label, string shown)
    {
        var table = IdnaMappingTable.Default;
        // Criterion 7: nontransitional processing allows valid and deviation code points only. Checked first because
        // naming a forbidden character is the most useful thing a message can say.
        foreach (var codePoint in label)
        {
            if (table.StatusOf(codePoint) is not (IdnaStatus.Valid or IdnaStatus.Deviation))
            {
                return $"contains {CodePoints.Name(codePoint)}, which no host name may contain";
            }
        }

        // Criterion 1: only a decoded xn-- label can fail it, since mapping normalized everything else; it stops two
        // spellings of one name from both being accepted.
        if (!Nfc.Default.IsNormalized(label))
        {
            return $"label \"{shown}\" decodes to text that is not in Unicode normalization form C, which browsers never send";
        }

        // Criterion 4 (since CheckHyphens is false): an xn-- label must not decode to another xn-- label, which would
        // make one name readable as two.
        if (label.Count >= 4 && label[0] == 'x' && label[1] == 'n' && label[2] == '-' && label[3] == '-')
        {
            return $"label \"{shown}\" decodes to a label that itself starts with \"xn--\"";
        }

        // Criterion 5: a decoded label must not smuggle in a label separator.
        if (label.Contains('.'))
        {
            return $"label \"{shown}\" decodes to text containing a full stop";
        }

        // Criterion 6 (General_Category=Mark): a mark has nothing to combine with at the start of a label.
        if (label.Count > 0 && CharacterProperties.Default.IsMark(label[0]))
        {
            return $"label \"{shown}\" starts with the combining mark {CodePoints.Name(label[0])}";
        }

        return null;
    }
}
