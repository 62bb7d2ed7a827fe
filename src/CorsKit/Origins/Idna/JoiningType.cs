namespace CorsKit.Origins.Idna;

/// <summary>
/// The Joining_Type property (<see href="https://www.unicode.org/reports/tr44/#Joining_Type"/>, from
/// DerivedJoiningType.txt) that CONTEXTJ for U+200C reads
/// (<see href="https://www.rfc-editor.org/rfc/rfc5892#appendix-A.1"/>).
/// </summary>
internal enum JoiningType : byte
{
    /// <summary>U: non-joining.</summary>
    NonJoining,

    /// <summary>C: join-causing (tatweel).</summary>
    JoinCausing,

    /// <summary>D: joins on both sides.</summary>
    DualJoining,

    /// <summary>L: joins to the following character only.</summary>
    LeftJoining,

    /// <summary>R: joins to the preceding character only.</summary>
    RightJoining,

    /// <summary>T: transparent; joining looks through it.</summary>
    Transparent,
}
