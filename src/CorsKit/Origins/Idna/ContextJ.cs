namespace CorsKit.Origins.Idna;

/// <summary>
/// The CONTEXTJ rules of RFC 5892 for the two joiners nontransitional processing keeps, which UTS #46 applies with
/// CheckJoiners=true (<see href="https://www.unicode.org/reports/tr46/#Validity_Criteria"/>, criterion 8). Joiners
/// are invisible, so outside the contexts where they change how a word is written they would only let two
/// identical-looking host names differ.
/// </summary>
internal static class ContextJ
{
    private const int ZeroWidthNonJoiner = 0x200C, ZeroWidthJoiner = 0x200D, Virama = 9;

    /// <summary>Checks every joiner in one label; returns why one is out of place, or null.</summary>
    public static string? Check(IReadOnlyList<int> label, Nfc nfc, CharacterProperties properties)
    {
        for (var i = 0; i < label.Count; i++)
        {
            var codePoint = label[i];
            if (codePoint is not (ZeroWidthNonJoiner or ZeroWidthJoiner))
            {
                continue;
            }

            if (i > 0 && nfc.CombiningClass(label[i - 1]) == Virama)
            {
                continue;
            }

            if (codePoint == ZeroWidthJoiner)
            {
                // https://www.rfc-editor.org/rfc/rfc5892#appendix-A.2: only a virama before it gives it a meaning.
                return $"contains {CodePoints.Name(codePoint)} (zero width joiner) not right after a virama, where host names may not have it (CONTEXTJ)";
            }

            if (!BreaksCursiveJoin(label, i, properties))
            {
                return $"contains {CodePoints.Name(codePoint)} (zero width non-joiner) neither after a virama nor between two joining letters, where host names may not have it (CONTEXTJ)";
            }
        }

        return null;
    }

    /// <summary>
    /// The second rule of <see href="https://www.rfc-editor.org/rfc/rfc5892#appendix-A.1"/>:
    /// <c>(Joining_Type:{L,D})(Joining_Type:T)*\u200C(Joining_Type:T)*(Joining_Type:{R,D})</c>, the one place a
    /// non-joiner changes cursive script (as in Persian): between two letters that would otherwise join.
    /// </summary>
    private static bool BreaksCursiveJoin(IReadOnlyList<int> label, int index, CharacterProperties properties)
    {
        var before = index - 1;
        while (before >= 0 && properties.JoiningTypeOf(label[before]) == JoiningType.Transparent)
        {
            before--;
        }

        if (before < 0 || properties.JoiningTypeOf(label[before]) is not (JoiningType.LeftJoining or JoiningType.DualJoining))
        {
            return false;
        }

        var after = index + 1;
        while (after < label.Count && properties.JoiningTypeOf(label[after]) == JoiningType.Transparent)
        {
            after++;
        }

        return after < label.Count && properties.JoiningTypeOf(label[after]) is JoiningType.RightJoining or JoiningType.DualJoining;
    }
}
