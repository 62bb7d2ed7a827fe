using System.Collections.Frozen;

namespace CorsKit.Methods;

/// <summary>
/// The methods a preflight may request: the configured ones, normalized, and the CORS-safelisted GET, HEAD and POST,
/// which every policy allows. Compared byte for byte, as the Fetch standard requires.
/// </summary>
internal sealed class FrozenMethodSet(IEnumerable<string> normalizedMethods)
{
    private readonly FrozenSet<string> _methods =
        normalizedMethods.Concat(["GET", "HEAD", "POST"]).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// True when <paramref name="method"/> is allowed as it stands. Every member is a normalized token that is not
    /// forbidden, so a request method found here needs neither those checks nor normalization.
    /// </summary>
    public bool Contains(string method) => _methods.Contains(method);
}
