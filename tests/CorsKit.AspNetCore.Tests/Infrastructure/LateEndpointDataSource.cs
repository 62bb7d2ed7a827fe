using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.Primitives;

namespace CorsKit.AspNetCore.Tests.Infrastructure;

/// <summary>
/// Endpoints that appear only after the application has started, as a gateway's or a plugin's routes can: CorsKit's
/// startup check cannot see them, so what the middleware does with them at request time can be tested.
/// </summary>
internal sealed class LateEndpointDataSource : EndpointDataSource
{
    private IReadOnlyList<Endpoint> _endpoints = [];
    private CancellationTokenSource _changed = new();

    public override IReadOnlyList<Endpoint> Endpoints => _endpoints;

    public override IChangeToken GetChangeToken() => new CancellationChangeToken(_changed.Token);

    /// <summary>An endpoint at <paramref name="path"/> for <paramref name="methods"/> that also accepts preflights, as CorsKit's metadata makes it.</summary>
    public static Endpoint Create(string path, string[] methods, RequestDelegate handler, params object[] metadata) =>
        new RouteEndpoint(
            handler,
            RoutePatternFactory.Parse(path),
            order: 0,
            new EndpointMetadataCollection([new HttpMethodMetadata(methods, acceptCorsPreflight: true), .. metadata]),
            $"late {string.Join(',', methods)} {path}");

    /// <summary>Publishes <paramref name="endpoints"/>; routing picks them up through the change token.</summary>
    public void Publish(params Endpoint[] endpoints)
    {
        var previous = _changed;
        _endpoints = endpoints;
        _changed = new CancellationTokenSource();
        previous.Cancel();
        previous.Dispose();
    }
}
