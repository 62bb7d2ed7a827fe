namespace CorsKit.Origins.Idna;

/// <summary>
/// A code point's status in the UTS #46 IDNA Mapping Table
/// (<see href="https://www.unicode.org/reports/tr46/#IDNA_Mapping_Table"/>), which decides what the Map step
/// (<see href="https://www.unicode.org/reports/tr46/#ProcessingStepMap"/>) does with it and whether a label may hold it.
/// </summary>
internal enum IdnaStatus : byte
{
    /// <summary>Kept, and allowed in a label.</summary>
    Valid,

    /// <summary>Removed by the Map step (soft hyphen, variation selectors, ...).</summary>
    Ignored,

    /// <summary>Replaced by the Map step (upper case, fullwidth and compatibility forms, ideographic full stops, ...).</summary>
    Mapped,

    /// <summary>
    /// Kept by nontransitional processing, which the URL standard asks for, and allowed in a label (ß, ς, ZWJ, ZWNJ).
    /// </summary>
    Deviation,

    /// <summary>Kept by the Map step but never allowed in a label, so any domain holding it fails.</summary>
    Disallowed,
}
