namespace CorsKit.Origins.Idna;

/// <summary>
/// The UTS #46 IDNA Mapping Table (<see href="https://www.unicode.org/reports/tr46/#IDNA_Mapping_Table"/>) of the
/// Unicode version in <c>Data/README.md</c>, from the embedded <c>Data/IdnaMapping.txt</c>. It is the table that folds
/// case, width and compatibility variants to the one form browsers register and send, which is why CorsKit cannot
/// leave it to .NET's <c>IdnMapping</c>: under invariant globalization that skips this step.
/// </summary>
internal sealed class IdnaMappingTable
{
    /// <summary>The logical name of the embedded table, as <c>CorsKit.csproj</c> declares it.</summary>
    public const string ResourceName = "CorsKit.Idna.IdnaMapping.txt";

    private static readonly Lazy<IdnaMappingTable> Embedded = new(Load);

    private readonly CodePointRuns<Entry> _runs;

    private IdnaMappingTable(CodePointRuns<Entry> runs) => _runs = runs;

    /// <summary>The table shipped with CorsKit, parsed on first use.</summary>
    public static IdnaMappingTable Default => Embedded.Value;

    /// <summary>The status of <paramref name="codePoint"/>.</summary>
    public IdnaStatus StatusOf(int codePoint) => _runs[codePoint].Status;

    /// <summary>
    /// Applies the Map step (<see href="https://www.unicode.org/reports/tr46/#ProcessingStepMap"/>) with
    /// Transitional_Processing=false to one code point, appending what replaces it to <paramref name="output"/>.
    /// Disallowed code points are kept, as the step says: the validity criteria reject them after normalization, and
    /// only that later check can report them against the label they end up in.
    /// </summary>
    public void Map(int codePoint, List<int> output)
    {
        var run = _runs.RunOf(codePoint);
        var entry = _runs.ValueOf(run);
        switch (entry.Status)
        {
            case IdnaStatus.Ignored:
                break;
            case IdnaStatus.Mapped when entry.Mapping is null:
                output.Add(codePoint + entry.Shift);
                break;
            case IdnaStatus.Mapped:
                output.AddRange(entry.Mapping!);
                break;
            default:
                output.Add(codePoint);
                break;
        }
    }

    private static IdnaMappingTable Load()
    {
        var lines = IdnaData.ReadSections(ResourceName)[""];
        return new IdnaMappingTable(IdnaData.Runs(lines, ParseEntry));
    }

    // "v", "d", "i", "x", "m 20 301" (mapped to those code points) or "s +20" (mapped to the code point plus 0x20).
    private static Entry ParseEntry(string field)
    {
        switch (field[0])
        {
            case 'v':
                return new Entry(IdnaStatus.Valid, null, 0);
            case 'd':
                return new Entry(IdnaStatus.Deviation, null, 0);
            case 'i':
                return new Entry(IdnaStatus.Ignored, null, 0);
            case 'x':
                return new Entry(IdnaStatus.Disallowed, null, 0);
            case 's':
                var shift = IdnaData.Hex(field.AsSpan(3));
                return new Entry(IdnaStatus.Mapped, null, field[2] == '-' ? -shift : shift);
            case 'm':
                var parts = field[2..].Split(' ');
                var mapping = new int[parts.Length];
                for (var i = 0; i < parts.Length; i++)
                {
                    mapping[i] = IdnaData.Hex(parts[i]);
                }

                return new Entry(IdnaStatus.Mapped, mapping, 0);
            default:
                throw new InvalidDataException($"{ResourceName}: unknown status in \"{field}\".");
        }
    }

    // A mapped run either lists its replacement (Mapping) or shifts each code point by a constant (Shift).
    private readonly record struct Entry(IdnaStatus Status, int[]? Mapping, int Shift);
}
