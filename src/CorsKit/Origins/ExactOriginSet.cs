using System.IO.Hashing;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace CorsKit.Origins;

/// <summary>
/// The configured exact origins: a hash table over the whole origin, confirmed by one ordinal comparison of the
/// whole string.
/// </summary>
/// <remarks>
/// <para>
/// Why not <c>HashSet&lt;string&gt;</c> or <c>FrozenSet&lt;string&gt;</c>: both hash through a comparer behind an
/// interface, and <c>FrozenSet</c> hashes a substring it chose at construction, which tells apart few of the
/// origins of a multi-tenant service (<c>https://tenant1.myapp.com</c> … <c>https://tenant999999.myapp.com</c>
/// share all but a few characters). This table hashes every character with XXH3, inline, so origins of any shape
/// (shared prefixes and suffixes, sequential numbers, equal lengths) spread over the slots alike.
/// </para>
/// <para>
/// Layout: open addressing with linear probing, at least twice as many slots as origins. Each slot holds the origin's
/// 32-bit hash beside the origin, so a lookup compares strings only where the hashes agree, and a walk from the home
/// slot to the first empty one stays short.
/// </para>
/// <para>
/// Worst case: origins whose hashes collide fill one run of slots, and a lookup compares its hash with every slot in
/// the run (and strings where the hashes are equal), so it costs up to one comparison per configured origin. The seed
/// is drawn at random for every set, so no one can choose origins (a tenant registering custom domains, say) that
/// collide in a running process without first learning its seed; a request cannot make a lookup longer than the
/// longest run, which the configuration alone decides.
/// </para>
/// </remarks>
internal sealed class ExactOriginSet
{
    private readonly Slot[] _slots;
    private readonly int _mask;
    private readonly long _seed;
    private readonly int _minLength;
    private readonly int _maxLength;

    /// <summary>Builds the set from non-empty origins; one given twice is kept once.</summary>
    /// <remarks>Optimized at once, not tiered: it runs once per policy, over up to a million origins.</remarks>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ExactOriginSet(IReadOnlyCollection<string> origins)
    {
        _seed = BitConverter.ToInt64(RandomNumberGenerator.GetBytes(sizeof(long)));

        // No length is in [1, 0]: with no origins, every lookup stops at the length check.
        _minLength = origins.Count == 0 ? 1 : int.MaxValue;
        _maxLength = 0;
        _slots = new Slot[(int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(2, origins.Count * 2))];
        _mask = _slots.Length - 1;
        foreach (var origin in origins)
        {
            if (string.IsNullOrEmpty(origin))
            {
                throw new ArgumentException("An exact origin is never empty.", nameof(origins));
            }

            _minLength = Math.Min(_minLength, origin.Length);
            _maxLength = Math.Max(_maxLength, origin.Length);
            var hash = Hash(origin, _seed);
            var index = hash & _mask;
            while (_slots[index].Origin is { } occupant && !(_slots[index].Hash == hash && string.Equals(occupant, origin, StringComparison.Ordinal)))
            {
                index = (index + 1) & _mask;
            }

            if (_slots[index].Origin is null)
            {
                _slots[index] = new Slot(hash, origin);
                Count++;
            }
        }
    }

    /// <summary>How many origins the set holds.</summary>
    public int Count { get; private set; }

    /// <summary>True when <paramref name="origin"/> equals a configured origin, ordinal and case-sensitive.</summary>
    public bool Contains(string origin)
    {
        // Most refused origins stop here, before hashing: a request's Origin is whatever length its sender chose.
        if (origin.Length < _minLength || origin.Length > _maxLength)
        {
            return false;
        }

        var hash = Hash(origin, _seed);
        var slots = _slots;
        var mask = _mask;
        for (var index = hash & mask; ; index = (index + 1) & mask)
        {
            ref readonly var slot = ref slots[index];
            if (slot.Origin is null)
            {
                return false;
            }

            if (slot.Hash == hash && string.Equals(slot.Origin, origin, StringComparison.Ordinal))
            {
                return true;
            }
        }
    }

    /// <summary>The most occupied slots in a row, which bounds the slots any lookup reads: for tests of the spread.</summary>
    internal int LongestRun()
    {
        int longest = 0, run = 0;

        // Twice round, so a run that wraps from the last slot to the first is counted whole.
        for (var i = 0; i < 2 * _slots.Length; i++)
        {
            run = _slots[i & _mask].Origin is null ? 0 : run + 1;
            longest = Math.Max(longest, run);
        }

        return Math.Min(longest, Count);
    }

    // The UTF-16 bytes as they are in memory: a request's Origin and a configured origin are hashed the same way,
    // and the table never leaves the process, so the byte order does not matter.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Hash(string origin, long seed) =>
        (int)XxHash3.HashToUInt64(MemoryMarshal.AsBytes(origin.AsSpan()), seed);

    private readonly record struct Slot(int Hash, string? Origin);
}
