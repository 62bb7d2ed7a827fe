using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;

namespace CorsKit.AspNetCore.Endpoints;

/// <summary>
/// Makes routing match a CORS preflight (<c>OPTIONS</c> announcing <c>GET</c>) to the <c>GET</c> endpoint, the way
/// ASP.NET Core does for its own CORS metadata: the endpoint's method metadata is re-issued with
/// <see cref="IHttpMethodMetadata.AcceptCorsPreflight"/> set. CorsKit answers the preflight; the endpoint never runs.
/// </summary>
public static class PreflightRouting
{
    /// <summary>Marks the methods of <paramref name="metadata"/>'s last method metadata as accepting preflights.</summary>
    public static void AcceptPreflights(IList<object> metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        IHttpMethodMetadata? last = null;
        foreach (var item in metadata)
        {
            if (item is IHttpMethodMetadata methods)
            {
                last = methods;
            }
        }

        if (last is { AcceptCorsPreflight: false, HttpMethods.Count: > 0 })
        {
            // The last method metadata wins, so appending overrides without touching an instance others may share.
            metadata.Add(new HttpMethodMetadata(last.HttpMethods, acceptCorsPreflight: true));
        }
    }

    internal static void AcceptPreflights(EndpointBuilder endpoint) => AcceptPreflights(endpoint.Metadata);
}
