using CorsKit.Evaluation;
using CorsKit.Writes;

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

    // Times are the wall clock at start plus the monotonic milliseconds since: reading the coarse tick count costs far
    // less than the wall clock, and the page shows times to the second.
    private readonly DateTimeOffset _startTime = DateTimeOffset.UtcNow;
    private readonly long _startTicks = Environment.TickCount64;
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

    /// <summary>
    /// Records a decision as the newest entry, overwriting the oldest when the ring is full. The fields are written
    /// into the slot itself: an entry is large, and building one to copy in would cost two copies per request.
    /// </summary>
    public void Record(DecisionKind kind, string method, string path, string origin, string policy, bool allowed,
        CorsDenialReason corsReason = CorsDenialReason.None, ReadOnlyMemory<char> deniedValue = default,
        string? requestedMethod = null, string? requestedHeaders = null, WriteDenialReason writeReason = WriteDenialReason.None)
    {
        var ticks = Environment.TickCount64;
        lock (_lock)
        {
            var sequence = ++_written;
            ref var slot = ref _entries[(int)((sequence - 1) % _entries.Length)];
            slot.Sequence = sequence;
            slot.Ticks = ticks;
            slot.Kind = kind;
            slot.Method = method;
            slot.Path = path;
            slot.Origin = origin;
            slot.Policy = policy;
            slot.Allowed = allowed;
            slot.CorsReason = corsReason;
            slot.DeniedValue = deniedValue;
            slot.RequestedMethod = requestedMethod;
            slot.RequestedHeaders = requestedHeaders;
            slot.WriteReason = writeReason;
        }
    }

    /// <summary>When <paramref name="entry"/> was recorded.</summary>
    public DateTimeOffset TimeOf(in JournalEntry entry) => _startTime.AddMilliseconds(entry.Ticks - _startTicks);

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
