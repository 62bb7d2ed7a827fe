namespace CorsKit.Fuzz.Harness;

/// <summary>
/// A tiny deterministic mutator for the uninstrumented run in CI: byte flips, insertions of bytes that matter to
/// header parsers, deletions, duplications (which grow comma and label floods) and splices of two corpus entries.
/// Same seed, same sequence, on every machine: a failure found in CI replays exactly.
/// </summary>
internal sealed class ByteMutator(ulong seed)
{
    /// <summary>Past the engine's largest limit (4096 characters of request headers) but small enough to stay fast.</summary>
    public const int MaxLength = 40 * 1024;

    private static readonly byte[] Interesting =
        "\0,,.:/*[]@%\\ \t\r\n-_~\"'"u8.ToArray().Concat(new byte[] { 0x7F, 0x80, 0xC3, 0xA9, 0xE2, 0x80, 0xAE, 0xF0, 0x9F, 0xFF, 0xED, 0xA0 }).ToArray();

    private ulong _state = seed == 0 ? 0x9E3779B97F4A7C15UL : seed;

    public byte[] Mutate(IReadOnlyList<byte[]> corpus)
    {
        var data = new List<byte>(corpus[Next(corpus.Count)]);
        var rounds = 1 + Next(6);
        for (var i = 0; i < rounds; i++)
        {
            MutateOnce(data, corpus);
        }

        return [.. data.Count > MaxLength ? data.GetRange(0, MaxLength) : data];
    }

    private void MutateOnce(List<byte> data, IReadOnlyList<byte[]> corpus)
    {
        switch (Next(7))
        {
            case 0 when data.Count > 0:
                data[Next(data.Count)] ^= (byte)(1 << Next(8));
                break;
            case 1:
                data.Insert(Next(data.Count + 1), Interesting[Next(Interesting.Length)]);
                break;
            case 2:
                data.Insert(Next(data.Count + 1), (byte)Next(256));
                break;
            case 3 when data.Count > 0:
                var start = Next(data.Count);
                data.RemoveRange(start, 1 + Next(Math.Min(16, data.Count - start)));
                break;
            case 4 when data.Count > 0:
                Duplicate(data);
                break;
            case 5:
                var other = corpus[Next(corpus.Count)];
                var cut = Next(data.Count + 1);
                data.RemoveRange(cut, data.Count - cut);
                data.AddRange(other.AsSpan(Next(other.Length + 1)).ToArray());
                break;
            default:
                if (data.Count > 0)
                {
                    data[Next(data.Count)] = Interesting[Next(Interesting.Length)];
                }

                break;
        }
    }

    // Repeats a short slice many times: how ",,,," and "a.a.a." floods are born.
    private void Duplicate(List<byte> data)
    {
        var start = Next(data.Count);
        var length = 1 + Next(Math.Min(8, data.Count - start));
        var slice = data.GetRange(start, length);
        var times = 1 << Next(12);
        var insertAt = start + length;
        for (var i = 0; i < times && data.Count + length <= MaxLength; i++)
        {
            data.InsertRange(insertAt, slice);
        }
    }

    // xorshift64*: no dependency on System.Random's implementation, which may change between runtimes.
    private int Next(int bound)
    {
        _state ^= _state >> 12;
        _state ^= _state << 25;
        _state ^= _state >> 27;
        return (int)((_state * 0x2545F4914F6CDD1DUL >> 33) % (ulong)bound);
    }
}
