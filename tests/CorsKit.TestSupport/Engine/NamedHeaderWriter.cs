using CorsKit.Evaluation;
using CorsKit.Headers;

namespace CorsKit.TestSupport.Engine;

/// <summary>
/// The engine's header writer for tests: each header by its name into <paramref name="set"/>, and <c>Origin</c> added
/// to <c>Vary</c> by <paramref name="appendVaryOrigin"/>. Production hosts write typed fields instead.
/// </summary>
public readonly struct NamedHeaderWriter(Action<string, string> set, Action appendVaryOrigin) : ICorsResponseHeaderWriter
{
    public void AppendVaryOrigin() => appendVaryOrigin();

    public bool TrySetAllowOrigin(string value)
    {
        set(CorsHeaderNames.AccessControlAllowOrigin, value);
        return true;
    }

    public void SetAllowCredentials() => set(CorsHeaderNames.AccessControlAllowCredentials, "true");

    public void SetAllowMethods(string value) => set(CorsHeaderNames.AccessControlAllowMethods, value);

    public void SetAllowHeaders(string value) => set(CorsHeaderNames.AccessControlAllowHeaders, value);

    public void SetMaxAge(string value) => set(CorsHeaderNames.AccessControlMaxAge, value);

    public void SetExposeHeaders(string value) => set(CorsHeaderNames.AccessControlExposeHeaders, value);
}
