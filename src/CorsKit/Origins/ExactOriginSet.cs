using System.Numerics;
using System.Runtime.CompilerServices;

namespace CorsKit.Origins;

/// <summary>
/// The configured exact origins, looked up by a key built from the origin's length and three of its characters, then
/// confirmed by one ordinal comparison of the whole string.
/// </summary>
/// <remarks>
/// <para>
/// Why not <c>FrozenSet&lt;string&gt;</c>: a hit there hashes a substring, walks a bucket through its comparer, then
/// compares, several times the cost of comparing one configured origin, so a policy with many origins paid about twice
/// the decision of a policy with one (bench/README.md says how this was measured).
/// Configured origins differ in a few characters only (<c>https://app0001.example.com</c> …
/// <c>https://app1000.example.com</c>): reading three chosen characters is cheaper than hashing any run of them.
/// </para>
/// <para>
/// Construction picks the three positions, counted from the start or from the end of the string, that best tell
/// the configured origins apart, and places each origin in an open-addressing table by its key. A lookup reads
/// three characters, walks the slots from the key's home slot to the first empty one (half the table stays empty)
/// and compares whole strings only where the keys agree. Keys that collide cost extra comparisons, never a wrong
/// answer: a request matches only when it equals a configured origin character for character. Work per request is
/// bounded by the configuration, not by the request.
/// </para>
/// </remarks>
internal sealed class ExactOriginSet
{
    private const int KeyCharacters = 3;
    private const int PositionSampleSize = 4096;

    // Golden-ratio multiplier: spreads keys that differ in a few low bits over the table's high-bit slot index.
    private const ulong SlotMultiplier = 0x9E3779B97F4A7C15;

    private readonly Slot[] _slots;
    private readonly int _slotShift;
    private readonly int _minLength;
    private readonly int _maxLength;

    // Position of each key character: from the start when zero or positive, from the end when negative (-1 is the
    // last character). Every position lies within the shortest configured origin, so a request whose length is in
    // the configured range can be read at all three without a bounds failure.
    private readonly int _firstKeyPosition;
    private readonly int _secondKeyPosition;
    private readonly int _thirdKeyPosition;

    /// <summary>Builds the set from distinct, non-empty origins (a repeated one is harmless but counted twice).</summary>
    public ExactOriginSet(IReadOnlyList<string> origins)
    {
        if (origins.Any(string.IsNullOrEmpty))
        {
            throw new ArgumentException("An exact origin is never empty.", nameof(origins));
        }

        Count = origins.Count;
        if (Count == 0)
        {
            // No length is in [1, 0]: every lookup stops at the length check, before the slots.
            _minLength = 1;
            _maxLength = 0;
            _slots = new Slot[2];
            _slotShift = 63;
            return;
        }

        _minLength = origins.Min(o => o.Length);
        _maxLength = origins.Max(o => o.Length);
        (_firstKeyPosition, _secondKeyPosition, _thirdKeyPosition) = ChooseKeyPositions(origins, _minLength);

        // At least twice as many slots as origins, so walks from a home slot to an empty one stay short.
        var slotCount = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(2, Count * 2));
        _slotShift = 64 - BitOperations.Log2((uint)slotCount);
        _slots = new Slot[slotCount];
        foreach (var origin in origins)
        {
            var key = KeyOf(origin, _firstKeyPosition, _secondKeyPosition, _thirdKeyPosition);
            var index = HomeSlot(key);
            while (_slots[index].Origin is not null)
            {
                index = (index + 1) & (slotCount - 1);
            }

            _slots[index] = new Slot(key, origin);
        }
    }

    /// <summary>How many origins the set holds.</summary>
    public int Count { get; }

    /// <summary>True when <paramref name="origin"/> equals a configured origin, ordinal and case-sensitive.</summary>
    public bool Contains(string origin)
    {
        var length = origin.Length;
        if (length < _minLength || length > _maxLength)
        {
            return false;
        }

        var key = KeyOf(origin, _firstKeyPosition, _secondKeyPosition, _thirdKeyPosition);
        var slots = _slots;
        var mask = slots.Length - 1;
        for (var index = HomeSlot(key); ; index = (index + 1) & mask)
        {
            ref readonly var slot = ref slots[index];
            if (slot.Origin is null)
            {
                return false;
            }

            if (slot.Key == key && string.Equals(slot.Origin, origin, StringComparison.Ordinal))
            {
                return true;
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int HomeSlot(ulong key) => (int)((key * SlotMultiplier) >> _slotShift);

    // The length and three characters, 16 bits each: equal strings always have equal keys, which is all a lookup
    // needs; distinct keys for distinct origins only make it faster.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong KeyOf(string origin, int first, int second, int third)
    {
        var length = origin.Length;
        return (uint)length
            | ((ulong)origin[IndexAt(first, length)] << 16)
            | ((ulong)origin[IndexAt(second, length)] << 32)
            | ((ulong)origin[IndexAt(third, length)] << 48);
    }

    // A negative position counts from the end: adds the length only then, without a branch (position >> 31 is all
    // ones for a negative position, zero otherwise).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int IndexAt(int position, int length) => position + (length & (position >> 31));

    /// <summary>
    /// Greedily picks, one at a time, the position that leaves the fewest pairs of origins with equal keys, among the
    /// positions where the configured origins differ at all. Runs once per compiled policy; past
    /// <see cref="PositionSampleSize"/> origins it judges positions on an evenly spaced sample, so the work is bounded
    /// by the sample and the origins' length (at most 512 characters), not by their number.
    /// </summary>
    private static (int First, int Second, int Third) ChooseKeyPositions(IReadOnlyList<string> allOrigins, int minLength)
    {
        var stride = (allOrigins.Count + PositionSampleSize - 1) / PositionSampleSize;
        var origins = stride == 1 ? allOrigins : allOrigins.Where((_, i) => i % stride == 0).ToArray();
        var candidates = Enumerable.Range(0, minLength)
            .Concat(Enumerable.Range(1, minLength).Select(fromEnd => -fromEnd))
            .Where(position => origins.Select(o => o[IndexAt(position, o.Length)]).Distinct().Skip(1).Any())
            .ToList();

        var chosen = new List<int>(KeyCharacters);
        var partialKeys = origins.Select(o => (ulong)(uint)o.Length).ToArray();
        while (chosen.Count < KeyCharacters && candidates.Count > 0 && CollidingPairs(partialKeys) > 0)
        {
            var shift = 16 * (chosen.Count + 1);
            var best = candidates.MinBy(position => CollidingPairs(WithCharacter(partialKeys, origins, position, shift)));
            partialKeys = WithCharacter(partialKeys, origins, best, shift);
            chosen.Add(best);
            candidates.Remove(best);
        }

        // Fewer than three needed: repeat the first one (or position 0); a repeated character only costs a read.
        while (chosen.Count < KeyCharacters)
        {
            chosen.Add(chosen.Count > 0 ? chosen[0] : 0);
        }

        return (chosen[0], chosen[1], chosen[2]);
    }

    private static ulong[] WithCharacter(ulong[] partialKeys, IReadOnlyList<string> origins, int position, int shift) =>
        origins.Select((o, i) => partialKeys[i] | ((ulong)o[IndexAt(position, o.Length)] << shift)).ToArray();

    private static long CollidingPairs(ulong[] keys) =>
        keys.CountBy(key => key).Sum(group => (long)group.Value * (group.Value - 1) / 2);

    private readonly record struct Slot(ulong Key, string? Origin);
}
