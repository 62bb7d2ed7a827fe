namespace CorsKit.Evaluation;

/// <summary>
/// Where a <see cref="CorsDecision"/> writes its response headers: one member per header of the CORS protocol, so a
/// host sets each through its own typed accessor (Kestrel's are fields) and never matches names. Hosts implement it
/// as a struct over their response type; <see cref="CorsDecision.WriteHeaders{TWriter}(ref TWriter)"/> is generic over
/// it, so no call is boxed, and it is the only place that decides which headers a decision sends.
/// </summary>
public interface ICorsResponseHeaderWriter
{
    /// <summary>Adds <c>Origin</c> to <c>Vary</c>, keeping what the application put there. Called first, allowed or not.</summary>
    void AppendVaryOrigin();

    /// <summary>
    /// Sets <c>Access-Control-Allow-Origin</c>, the first header of an allowed decision. Returns false to keep an answer
    /// the response already carries (another CORS layer's, or the application's own): then nothing more is written.
    /// </summary>
    bool TrySetAllowOrigin(string value);

    /// <summary>Sets <c>Access-Control-Allow-Credentials: true</c>.</summary>
    void SetAllowCredentials();

    /// <summary>Sets <c>Access-Control-Allow-Methods</c> (preflights).</summary>
    void SetAllowMethods(string value);

    /// <summary>Sets <c>Access-Control-Allow-Headers</c> (preflights).</summary>
    void SetAllowHeaders(string value);

    /// <summary>Sets <c>Access-Control-Max-Age</c> (preflights).</summary>
    void SetMaxAge(string value);

    /// <summary>Sets <c>Access-Control-Expose-Headers</c> (actual requests).</summary>
    void SetExposeHeaders(string value);
}
