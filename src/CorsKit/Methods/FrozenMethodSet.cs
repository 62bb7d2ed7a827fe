using System.Collections.Frozen;

namespace CorsKit.Methods;

/// <summary>The configured methods, normalized; compared byte for byte as the Fetch standard requires.</summary>
internal sealed class FrozenMethodSet(IEnumerable<string> normalizedMethods)
{
    private readonly FrozenSet<string> _methods = normalizedMethods.ToFrozenSet(StringComparer.Ordinal);

    public bool Contains(string normalizedMethod) => _methods.Contains(normalizedMethod);
}
