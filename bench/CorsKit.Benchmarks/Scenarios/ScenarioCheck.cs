using Microsoft.AspNetCore.Http;

namespace CorsKit.Benchmarks.Scenarios;

/// <summary>
/// Checks, before measuring, that an implementation answers a case as the case claims (an allowed request gets its
/// origin back, a refused one gets none), so a benchmark never times a misconfigured path.
/// </summary>
internal static class ScenarioCheck
{
    public static void Verify(string implementation, AnswerFamily family, RequestCase requestCase, ScenarioRequest request, HttpResponse response)
    {
        var allowOrigin = response.Headers.AccessControlAllowOrigin.ToString();
        var expected = requestCase switch
        {
            RequestCase.AllowedActual or RequestCase.AllowedPreflight => request.Origin,
            RequestCase.CommaFloodPreflight when family == AnswerFamily.Microsoft => request.Origin,
            _ => null,
        };

        if (!string.Equals(allowOrigin.Length == 0 ? null : allowOrigin, expected, StringComparison.Ordinal))
        {
            throw new InvalidOperationException(
                $"{implementation} answered {requestCase} (Origin: {request.Origin ?? "none"}) with Access-Control-Allow-Origin " +
                $"'{allowOrigin}', expected '{expected ?? "none"}'. The benchmark would time the wrong path; fix the scenario setup.");
        }
    }
}
