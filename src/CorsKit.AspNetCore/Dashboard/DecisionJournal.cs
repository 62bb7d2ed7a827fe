namespace CorsKit.AspNetCore.Dashboard;

/// <summary>
/// The last decisions, for the decisions page: a fixed ring of entries allocated once, so it never grows under load
/// and recording allocates nothing. It records only while a decisions page is mapped; until then the middleware pays
/// one read of <see cref="IsEnabled"/>.
/// </summary>
/// <remarks>
/// Writers take a lock: an entry is several fields, and a reader must never see half of one. The lock is held for one
/// struct copy, and readers copy out what they need, so neither side waits on the other for long.
/// </remarks>
internal sealed class DecisionJournal
{
    /// <summary>How many decisions are kept when the host does not say.</summary>
    public const int DefaultCapacity = 200;

    private readonly JournalEntry[] _entries;
    private readonly Lock _lock = new();
    private long _written;
    private volatile bool _enabled;

    public DecisionJournal(int capacity = DefaultCapacity)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        _entries = new JournalEntry[capacity];
    }

    /// <summary>How many entries are kept.</summary>
    public int Capacity => _entries.Length;

    /// <summary>True once a decisions page is mapped: only then are decisions recorded.</summary>
    public bool IsEnabled => _enabled;

    /// <summary>Starts recording.</summary>
    public void Enable() => _enabled = true;

    /// <summary>Records <paramref name="entry"/> as the newest, overwriting the oldest when the ring is full.</summary>
    public void Record(in JournalEntry entry)
    {
        lock (_lock)
        {
            var sequence = ++_written;
            ref var slot = ref _entries[(int)((sequence - 1) % _entries.Length)];
            slot = entry;
            slot.Sequence = sequence;
        }
    }

    /// <summary>The entries recorded after <paramref name="sequence"/> that are still kept, oldest first.</summary>
    public IReadOnlyList<JournalEntry> After(long sequence)
    {
        lock (_lock)
        {
            var first = Math.Max(sequence + 1, _written - _entries.Length + 1);
            var result = new List<JournalEntry>((int)Math.Max(0, _written - first + 1));
            for (var next = first; next <= _written; next++)
            {
                result.Add(_entries[(int)((next - 1) % _entries.Length)]);
            }

            return result;
        }
    }
}
