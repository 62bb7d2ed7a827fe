namespace CorsKit.Origins.Idna;

/// <summary>
/// The character properties the UTS #46 validity criteria read beyond the mapping table, from the embedded
/// <c>Data/Properties.txt</c>: Bidi_Class for the Bidi rule, Joining_Type for CONTEXTJ, and whether
/// General_Category is Mark for the leading-combining-mark criterion.
/// </summary>
internal sealed class CharacterProperties
{
    /// <summary>The logical name of the embedded table, as <c>CorsKit.csproj</c> declares it.</summary>
    public const string ResourceName = "CorsKit.Idna.Properties.txt";

    private static readonly Lazy<CharacterProperties> Embedded = new(Load);

    private readonly CodePointRuns<BidiClass> _bidi;
    private readonly CodePointRuns<JoiningType> _joining;
    private readonly CodePointRuns<bool> _mark;

    private CharacterProperties(CodePointRuns<BidiClass> bidi, CodePointRuns<JoiningType> joining, CodePointRuns<bool> mark)
    {
        _bidi = bidi;
        _joining = joining;
        _mark = mark;
    }

    /// <summary>The tables shipped with CorsKit, parsed on first use.</summary>
    public static CharacterProperties Default => Embedded.Value;

    /// <summary>The Bidi_Class of <paramref name="codePoint"/>.</summary>
    public BidiClass BidiClassOf(int codePoint) => _bidi[codePoint];

    /// <summary>The Joining_Type of <paramref name="codePoint"/>.</summary>
    public JoiningType JoiningTypeOf(int codePoint) => _joining[codePoint];

    /// <summary>True when the General_Category of <paramref name="codePoint"/> is Mn, Mc or Me.</summary>
    public bool IsMark(int codePoint) => _mark[codePoint];

    private static CharacterProperties Load()
    {
        var sections = IdnaData.ReadSections(ResourceName);
        var bidi = IdnaData.Runs(sections["bidi"], field => Enum.Parse<BidiClass>(field));
        var joining = IdnaData.Runs(sections["joining"], field => field switch
        {
            "U" => JoiningType.NonJoining,
            "C" => JoiningType.JoinCausing,
            "D" => JoiningType.DualJoining,
            "L" => JoiningType.LeftJoining,
            "R" => JoiningType.RightJoining,
            "T" => JoiningType.Transparent,
            _ => throw new InvalidDataException($"{ResourceName}: unknown joining type \"{field}\"."),
        });
        var mark = IdnaData.Runs(sections["mark"], field => field == "M");
        return new CharacterProperties(bidi, joining, mark);
    }
}
