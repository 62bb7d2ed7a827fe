using CorsKit.Fetch;

namespace CorsKit.Headers;

/// <summary>
/// Walks the names of an <c>Access-Control-Request-Headers</c> value without copying. Browsers send lower-case sorted
/// names joined by ","; other clients may add spaces, tabs, upper case or a few empty elements, all tolerated. Anything
/// else (a non-token name, two names separated by a space) is malformed, and a value with more elements than allowed
/// (names and empty elements alike) is too large.
/// </summary>
internal ref struct RequestHeaderList
{
    // Vectorized skipping: a run of spaces and commas costs a SIMD scan, not a loop iteration per character.
    private static readonly System.Buffers.SearchValues<char> SeparatorsAndSpaces = System.Buffers.SearchValues.Create(", \t");

    private readonly ReadOnlySpan<char> _value;
    private int _position;

    // Every comma starts one more element. RFC 9110 (5.6.1) asks recipients to ignore "a reasonable number" of empty
    // elements, not so many that they become a denial-of-service mechanism: counting them against the same budget as
    // names stops a comma flood after a few dozen characters instead of after the whole value.
    private int _commasLeft;

    public RequestHeaderList(ReadOnlySpan<char> value, int maxElements)
    {
        _value = value;
        _position = 0;
        _commasLeft = maxElements - 1;
    }

    /// <summary>True when the walk stopped because the value has more elements than allowed.</summary>
    public bool TooManyElements { get; private set; }

    /// <summary>Where the current name starts in the value.</summary>
    public int CurrentStart { get; private set; }

    /// <summary>The current name.</summary>
    public ReadOnlySpan<char> Current { get; private set; }

    /// <summary>
    /// Moves to the next non-empty element. Returns false at the end, when the element is not a token (then
    /// <paramref name="malformed"/> is true and <see cref="Current"/> is the offending element), or when the value
    /// has more elements than allowed (then <see cref="TooManyElements"/> is true).
    /// </summary>
    public bool MoveNext(out bool malformed)
    {
        malformed = false;
        var skipped = SkipSeparators(_value[_position..]);
        if (skipped < 0)
        {
            _position = _value.Length;
            return false;
        }

        var start = _position + skipped;
        CurrentStart = start;

        // One scan finds the end of the name and checks it is a token; only optional whitespace may follow before the
        // next comma. Anything else makes the whole item (up to the comma) the malformed value to report.
        var tokenEnd = start + HttpToken.LeadingTokenLength(_value[start..]);
        var rest = _value[tokenEnd..].TrimStart(" \t");
        if (tokenEnd > start && (rest.IsEmpty || rest[0] == ','))
        {
            Current = _value[start..tokenEnd];
            _position = _value.Length - rest.Length;
            return true;
        }

        var comma = _value[start..].IndexOf(',');
        var itemEnd = comma < 0 ? _value.Length : start + comma;
        Current = _value[start..itemEnd].TrimEnd(" \t");
        _position = itemEnd;
        malformed = true;
        return false;
    }

    // Where the next element starts after the separators at the start of rest, or -1 at the end of the value or when the
    // separators hold more commas than the budget (then TooManyElements is set). The commonest run, commas only, is
    // searched within the budget alone, so a comma flood costs what the budget allows, whatever the value's length.
    private int SkipSeparators(ReadOnlySpan<char> rest)
    {
        var budgetWindow = rest[..Math.Min(rest.Length, _commasLeft + 1)];
        var commas = budgetWindow.IndexOfAnyExcept(',');
        if (commas < 0)
        {
            TooManyElements = budgetWindow.Length > _commasLeft;
            _commasLeft -= budgetWindow.Length;
            return -1;
        }

        _commasLeft -= commas;
        var afterCommas = rest[commas..];
        var mixed = afterCommas.IndexOfAnyExcept(SeparatorsAndSpaces);
        var mixedRun = mixed < 0 ? afterCommas : afterCommas[..mixed];
        var moreCommas = mixedRun.IsEmpty ? 0 : mixedRun.Count(',');
        if (moreCommas > _commasLeft)
        {
            TooManyElements = true;
            return -1;
        }

        _commasLeft -= moreCommas;
        return mixed < 0 ? -1 : commas + mixed;
    }
}
