namespace CorsKit.Headers;

/// <summary>
/// Walks the names of an <c>Access-Control-Request-Headers</c> value without copying. Browsers send lower-case sorted
/// names joined by ","; other clients may add spaces, tabs, upper case or empty elements, all tolerated. Anything
/// else (a non-token name, two names separated by a space) is malformed.
/// </summary>
internal ref struct RequestHeaderList
{
    // Vectorized skipping: a flood of commas and spaces costs a SIMD scan, not a loop iteration per character.
    private static readonly System.Buffers.SearchValues<char> SeparatorsAndSpaces = System.Buffers.SearchValues.Create(", \t");

    private readonly ReadOnlySpan<char> _value;
    private int _position;

    public RequestHeaderList(ReadOnlySpan<char> value)
    {
        _value = value;
        _position = 0;
    }

    /// <summary>Where the current name starts in the value.</summary>
    public int CurrentStart { get; private set; }

    /// <summary>The current name.</summary>
    public ReadOnlySpan<char> Current { get; private set; }

    /// <summary>
    /// Moves to the next non-empty element. Returns false at the end, or when the element is not a token
    /// (then <paramref name="malformed"/> is true and <see cref="Current"/> is the offending element).
    /// </summary>
    public bool MoveNext(out bool malformed)
    {
        malformed = false;
        var skipped = _value[_position..].IndexOfAnyExcept(SeparatorsAndSpaces);
        if (skipped < 0)
        {
            _position = _value.Length;
            return false;
        }

        _position += skipped;

        var start = _position;
        var length = _value[start..].IndexOf(',');
        var end = length < 0 ? _value.Length : start + length;
        _position = end;
        CurrentStart = start;
        Current = _value[start..end].TrimEnd(" \t");
        malformed = !HttpToken.IsToken(Current);
        return !malformed;
    }
}
