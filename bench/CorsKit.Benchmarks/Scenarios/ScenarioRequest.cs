using CorsKit.Evaluation;
using Microsoft.AspNetCore.Http;

namespace CorsKit.Benchmarks.Scenarios;

/// <summary>The header values of one <see cref="RequestCase"/> under one <see cref="PolicyShape"/>.</summary>
public sealed record ScenarioRequest(string Method, string? Origin, string? RequestMethod, string? RequestHeaders)
{
    /// <summary>An origin no policy shape allows.</summary>
    public const string DeniedOrigin = "https://evil.example.org";

    /// <summary>Length of the comma flood: exactly CorsKit's length limit, so it is not refused for its length alone.</summary>
    public const int CommaFloodLength = CorsLimits.MaxRequestHeadersLength;

    public static ScenarioRequest For(RequestCase requestCase, PolicyShape shape)
    {
        var allowed = ScenarioPolicies.AllowedOrigin(shape);
        return requestCase switch
        {
            RequestCase.NoOrigin => new("GET", null, null, null),
            RequestCase.AllowedActual => new("GET", allowed, null, null),
            RequestCase.DeniedActual => new("GET", DeniedOrigin, null, null),
            RequestCase.AllowedPreflight => new("OPTIONS", allowed, "DELETE", "content-type,authorization"),
            RequestCase.DeniedPreflight => new("OPTIONS", DeniedOrigin, "DELETE", "content-type,authorization"),
            RequestCase.CommaFloodPreflight => new("OPTIONS", allowed, "DELETE", new string(',', CommaFloodLength)),
            _ => throw new ArgumentOutOfRangeException(nameof(requestCase), requestCase, "unknown request case"),
        };
    }

    /// <summary>The engine's view of the request, as a host would build it.</summary>
    public CorsRequest ToCorsRequest() => new(Method, Origin, RequestMethod, RequestHeaders, Origin is null ? 0 : 1);

    /// <summary>Writes the request line and headers into a context's request.</summary>
    public void ApplyTo(HttpRequest request)
    {
        request.Method = Method;
        request.Scheme = "http";
        request.Host = new HostString("127.0.0.1", 5000);
        request.Path = "/";
        if (Origin is not null)
        {
            request.Headers.Origin = Origin;
        }

        if (RequestMethod is not null)
        {
            request.Headers.AccessControlRequestMethod = RequestMethod;
        }

        if (RequestHeaders is not null)
        {
            request.Headers.AccessControlRequestHeaders = RequestHeaders;
        }
    }
}
