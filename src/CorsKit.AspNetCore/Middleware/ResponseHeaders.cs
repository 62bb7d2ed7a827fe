using System.Runtime.CompilerServices;
using CorsKit.AspNetCore.Configuration;
using CorsKit.Evaluation;
using CorsKit.Fetch;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace CorsKit.AspNetCore.Middleware;

/// <summary>Writes a decision's headers to an ASP.NET Core response, without allocating on the common path.</summary>
internal static class ResponseHeaders
{
    /// <summary>
    /// Writes the decision's headers (the engine's <see cref="CorsDecision.WriteHeaders{TWriter}"/>, through
    /// <see cref="ResponseHeaderWriter"/>) and, when given, the development header naming a refusal. If someone else
    /// (Microsoft's CORS middleware, the application) already answered CORS, keeps their answer and only adds Vary.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static void WriteDecision(IHeaderDictionary headers, in CorsDecision decision, string? denialHeader)
    {
        var writer = new ResponseHeaderWriter(headers);
        decision.WriteHeaders(ref writer);

        // Only a refusal carries a denial header, and a refusal reads no other header unless it has one.
        if (denialHeader is not null && headers.AccessControlAllowOrigin.Count == 0)
        {
            headers[CorsKitOptions.DenialReasonHeaderName] = denialHeader;
        }
    }

    /// <summary>Adds <paramref name="token"/> to the application's Vary rather than replacing it; allocates only when both have a value.</summary>
    public static void AppendVary(IHeaderDictionary headers, string token)
    {
        var existing = headers.Vary;
        if (existing.Count == 0)
        {
            headers.Vary = token;
            return;
        }

        if (!ContainsToken(existing, token))
        {
            headers.Vary = StringValues.Concat(existing, token);
        }
    }

    private static bool ContainsToken(StringValues values, string token)
    {
        foreach (var line in values)
        {
            if (VaryHeader.Covers(line, token))
            {
                return true;
            }
        }

        return false;
    }
}
