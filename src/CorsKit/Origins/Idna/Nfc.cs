namespace CorsKit.Origins.Idna;

/// <summary>
/// Unicode Normalization Form C (<see href="https://www.unicode.org/reports/tr15/#Norm_Forms"/>) in managed code, from
/// the embedded <c>Data/Normalization.txt</c>. UTS #46 normalizes after mapping
/// (<see href="https://www.unicode.org/reports/tr46/#ProcessingStepNormalize"/>) and requires NFC labels
/// (<see href="https://www.unicode.org/reports/tr46/#Validity_Criteria"/>, criterion 1); CorsKit does not use
/// .NET's <c>string.Normalize</c> because its answer depends on ICU and the globalization mode.
/// </summary>
internal sealed class Nfc
{
    /// <summary>The logical name of the embedded table, as <c>CorsKit.csproj</c> declares it.</summary>
    public const string ResourceName = "CorsKit.Idna.Normalization.txt";

    // Hangul syllables are left out of the tables because they decompose and compose arithmetically: section 3.12,
    // "Conjoining Jamo Behavior", of https://www.unicode.org/versions/Unicode17.0.0/core-spec/chapter-3/
    private const int SBase = 0xAC00, LBase = 0x1100, VBase = 0x1161, TBase = 0x11A7;
    private const int LCount = 19, VCount = 21, TCount = 28, NCount = VCount * TCount, SCount = LCount * NCount;

    private static readonly Lazy<Nfc> Embedded = new(Load);

    private readonly CodePointRuns<byte> _combiningClass;
    private readonly Dictionary<int, int[]> _fullDecomposition;
    private readonly Dictionary<long, int> _composition;

    private Nfc(CodePointRuns<byte> combiningClass, Dictionary<int, int[]> fullDecomposition, Dictionary<long, int> composition)
    {
        _combiningClass = combiningClass;
        _fullDecomposition = fullDecomposition;
        _composition = composition;
    }

    /// <summary>The tables shipped with CorsKit, parsed on first use.</summary>
    public static Nfc Default => Embedded.Value;

    /// <summary>The Canonical_Combining_Class of <paramref name="codePoint"/> (0 for starters; 9 is Virama).</summary>
    public int CombiningClass(int codePoint) => _combiningClass[codePoint];

    /// <summary>
    /// The NFC form of <paramref name="input"/>: canonical decomposition, canonical ordering, canonical composition
    /// (<see href="https://www.unicode.org/versions/Unicode17.0.0/core-spec/chapter-3/"/>, section 3.11, D108..D117).
    /// </summary>
    public List<int> Normalize(IReadOnlyList<int> input)
    {
        var decomposed = new List<int>(input.Count + 4);
        foreach (var codePoint in input)
        {
            Decompose(codePoint, decomposed);
        }

        SortCombiningMarks(decomposed);
        return Compose(decomposed);
    }

    /// <summary>True when <paramref name="input"/> is already in NFC, as UTS #46 validity criterion 1 requires.</summary>
    public bool IsNormalized(IReadOnlyList<int> input)
    {
        var normalized = Normalize(input);
        if (normalized.Count != input.Count)
        {
            return false;
        }

        for (var i = 0; i < normalized.Count; i++)
        {
            if (normalized[i] != input[i])
            {
                return false;
            }
        }

        return true;
    }

    // Full canonical decomposition (D68): the table holds it already applied recursively.
    private void Decompose(int codePoint, List<int> output)
    {
        var s = codePoint - SBase;
        if (s is >= 0 and < SCount)
        {
            output.Add(LBase + s / NCount);
            output.Add(VBase + s % NCount / TCount);
            if (s % TCount != 0)
            {
                output.Add(TBase + s % TCount);
            }
        }
        else if (_fullDecomposition.TryGetValue(codePoint, out var decomposition))
        {
            output.AddRange(decomposition);
        }
        else
        {
            output.Add(codePoint);
        }
    }

    // The Canonical Ordering Algorithm (D109): a stable sort by combining class of each run of non-starters, so that
    // equivalent strings whose marks were typed in a different order normalize alike. Runs are short; insertion sort.
    private void SortCombiningMarks(List<int> text)
    {
        for (var i = 1; i < text.Count; i++)
        {
            var current = text[i];
            var ccc = CombiningClass(current);
            if (ccc == 0)
            {
                continue;
            }

            var j = i;
            while (j > 0 && CombiningClass(text[j - 1]) > ccc)
            {
                text[j] = text[j - 1];
                j--;
            }

            text[j] = current;
        }
    }

    // The Canonical Composition Algorithm (D117): each character combines with the last starter unless a character
    // between them blocks it (D115: has combining class 0 or one at least its own). Full composition exclusions are
    // absent from the pair table, so singletons, non-starter decompositions and excluded scripts never recompose.
    private List<int> Compose(List<int> text)
    {
        var result = new List<int>(text.Count);
        var starter = -1;
        var lastClass = 0;
        foreach (var codePoint in text)
        {
            var ccc = CombiningClass(codePoint);
            if (starter >= 0)
            {
                var adjacent = starter == result.Count - 1;
                var blocked = !adjacent && (lastClass == 0 || lastClass >= ccc);
                if (!blocked && TryCompose(result[starter], codePoint, out var composite))
                {
                    result[starter] = composite;
                    continue;
                }
            }

            if (ccc == 0)
            {
                starter = result.Count;
            }

            lastClass = ccc;
            result.Add(codePoint);
        }

        return result;
    }

    private bool TryCompose(int first, int second, out int composite)
    {
        var l = first - LBase;
        var v = second - VBase;
        if (l is >= 0 and < LCount && v is >= 0 and < VCount)
        {
            composite = SBase + (l * VCount + v) * TCount;
            return true;
        }

        var s = first - SBase;
        var t = second - TBase;
        if (s is >= 0 and < SCount && s % TCount == 0 && t is > 0 and < TCount)
        {
            composite = first + t;
            return true;
        }

        return _composition.TryGetValue(Pair(first, second), out composite);
    }

    private static long Pair(int first, int second) => ((long)first << 21) | (uint)second;

    private static Nfc Load()
    {
        var sections = IdnaData.ReadSections(ResourceName);
        var combiningClass = IdnaData.Runs(sections["ccc"], field => (byte)IdnaData.Hex(field));

        var oneLevel = new Dictionary<int, int[]>();
        var composition = new Dictionary<long, int>();
        foreach (var line in sections["decomposition"])
        {
            // "CODEPOINT MAPPING... [*]"; '*' marks Full_Composition_Exclusion.
            var fields = line.Split(' ');
            var excluded = fields[^1] == "*";
            var count = fields.Length - 1 - (excluded ? 1 : 0);
            var codePoint = IdnaData.Hex(fields[0]);
            var mapping = new int[count];
            for (var i = 0; i < count; i++)
            {
                mapping[i] = IdnaData.Hex(fields[i + 1]);
            }

            oneLevel.Add(codePoint, mapping);
            if (!excluded && count == 2)
            {
                composition.Add(Pair(mapping[0], mapping[1]), codePoint);
            }
        }

        var full = new Dictionary<int, int[]>(oneLevel.Count);
        foreach (var codePoint in oneLevel.Keys)
        {
            var expanded = new List<int>(4);
            Expand(oneLevel, codePoint, expanded);
            full.Add(codePoint, [.. expanded]);
        }

        return new Nfc(combiningClass, full, composition);
    }

    private static void Expand(Dictionary<int, int[]> oneLevel, int codePoint, List<int> output)
    {
        if (oneLevel.TryGetValue(codePoint, out var mapping))
        {
            foreach (var part in mapping)
            {
                Expand(oneLevel, part, output);
            }
        }
        else
        {
            output.Add(codePoint);
        }
    }
}
