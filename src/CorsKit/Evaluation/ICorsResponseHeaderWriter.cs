namespace CorsKit.Evaluation;

/// <summary>
/// Where a <see cref="CorsDecision"/> writes its response headers. Hosts implement it as a struct over their response
/// type; <see cref="CorsDecision.WriteHeaders{TWriter}(ref TWriter)"/> is generic over it so no call is boxed.
/// </summary>
public interface ICorsResponseHeaderWriter
{
    /// <summary>Sets a header, replacing any value it had.</summary>
    void SetHeader(string name, string value);

    /// <summary>Adds <paramref name="value"/> to the <c>Vary</c> header, keeping what the application put there.</summary>
    void AppendVary(string value);
}
