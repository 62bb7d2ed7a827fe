namespace CorsKit.Origins.Idna;

/// <summary>
/// The Bidi_Class property (<see href="https://www.unicode.org/reports/tr9/#Bidirectional_Character_Types"/>), named
/// by its short aliases as RFC 5893 uses them.
/// </summary>
internal enum BidiClass : byte
{
#pragma warning disable CS1591 // The members are the standard's own names; the summary above explains them.
    L, R, AL, EN, ES, ET, AN, CS, NSM, BN, B, S, WS, ON, LRE, LRO, RLE, RLO, PDF, LRI, RLI, FSI, PDI,
#pragma warning restore CS1591
}
