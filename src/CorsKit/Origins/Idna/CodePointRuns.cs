namespace CorsKit.Origins.Idna;

/// <summary>
/// A property of every code point stored as runs: <c>Values[i]</c> holds from <c>Starts[i]</c> up to the next start.
/// Unicode properties change rarely between neighbours, so a few thousand runs cover all 1,114,112 code points and a
/// binary search finds one in about twelve steps.
/// </summary>
internal sealed class CodePointRuns<T>
{
    private readonly int[] _starts;
    private readonly T[] _values;

    public CodePointRuns(int[] starts, T[] values)
    {
        if (starts.Length == 0 || starts[0] != 0 || starts.Length != values.Length)
        {
            throw new InvalidDataException("A run table must start at U+0000 and give one value a run.");
        }

        _starts = starts;
        _values = values;
    }

    /// <summary>The index of the run holding <paramref name="codePoint"/>.</summary>
    public int RunOf(int codePoint)
    {
        var index = Array.BinarySearch(_starts, codePoint);
        return index >= 0 ? index : ~index - 1;
    }

    /// <summary>The first code point of run <paramref name="run"/>.</summary>
    public int StartOf(int run) => _starts[run];

    /// <summary>The value of run <paramref name="run"/>.</summary>
    public T ValueOf(int run) => _values[run];

    /// <summary>The value that holds for <paramref name="codePoint"/>.</summary>
    public T this[int codePoint] => _values[RunOf(codePoint)];
}
