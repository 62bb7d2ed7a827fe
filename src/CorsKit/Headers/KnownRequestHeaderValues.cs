using System.Collections.Frozen;

namespace CorsKit.Headers;

/// <summary>
/// Whole <c>Access-Control-Request-Headers</c> values known in advance to be allowed: every ordering of every
/// non-empty subset of a short configured list, lowercased and joined by commas. Browsers send exactly such a value
/// (Fetch: the names lowercased, sorted, joined by ","), so one hash lookup of the whole value answers an allowed
/// preflight instead of splitting it and looking up each name, which was the largest part of deciding one. Any other
/// value (spaces, upper case, unknown names) takes the general path, which gives the same answer.
/// </summary>
internal sealed class KnownRequestHeaderValues
{
    /// <summary>The longest list precomputed: 4 names give 64 values; the count grows factorially beyond.</summary>
    public const int MaxNames = 4;

    private static readonly KnownRequestHeaderValues None = new(FrozenSet<string>.Empty);

    private readonly FrozenSet<string> _values;

    private KnownRequestHeaderValues(FrozenSet<string> values) => _values = values;

    /// <summary>
    /// The table for an explicit list of distinct, lower-case names; empty for longer lists and for <c>*</c>, whose
    /// names are open-ended.
    /// </summary>
    public static KnownRequestHeaderValues For(string[] lowercase, bool wildcard)
    {
        if (wildcard || lowercase.Length is 0 or > MaxNames)
        {
            return None;
        }

        var values = new List<string>();
        AddOrderings([], lowercase, values);
        return new KnownRequestHeaderValues(values.ToFrozenSet(StringComparer.Ordinal));
    }

    /// <summary>True when <paramref name="value"/> is exactly one of the precomputed allowed values.</summary>
    public bool Contains(string value) => _values.Contains(value);

    // Every sequence of distinct names that extends `prefix`, each recorded as one comma-joined value.
    private static void AddOrderings(List<string> prefix, string[] names, List<string> values)
    {
        foreach (var name in names)
        {
            if (prefix.Contains(name))
            {
                continue;
            }

            prefix.Add(name);
            values.Add(string.Join(',', prefix));
            AddOrderings(prefix, names, values);
            prefix.RemoveAt(prefix.Count - 1);
        }
    }
}
