using System.Collections.Concurrent;
using CorsKit.TestSupport.Edge;
using CorsKit.TestSupport.Server;

namespace CorsKit.Edge.Tests;

/// <summary>
/// One upstream for the run; for each policy shape, CorsKit.Server as a gateway in front of it and each engine's
/// exported configuration in front of it too, started the first time a test asks and stopped when the run ends.
/// </summary>
public sealed class EdgeFleet : IAsyncLifetime
{
    private readonly ConcurrentDictionary<string, Lazy<Task<ServerProcess>>> _servers = new();
    private readonly ConcurrentDictionary<(string Engine, string Shape), Lazy<Task<EdgeProxy>>> _proxies = new();
    private Upstream? _upstream;

    public Upstream Upstream => _upstream ?? throw new InvalidOperationException("The fleet has not started.");

    public async Task InitializeAsync() => _upstream = await Upstream.StartAsync();

    public Task<ServerProcess> ServerAsync(string shape) =>
        _servers.GetOrAdd(shape, _ => new(() => ServerProcess.StartAsync(new Dictionary<string, string>(EdgeShapes.All[shape]) { ["UPSTREAM"] = Upstream.Address.ToString() }))).Value;

    public Task<EdgeProxy> ProxyAsync(string engine, string shape) =>
        _proxies.GetOrAdd((engine, shape), _ => new(() => EdgeProxy.StartAsync(engine, EdgeShapes.All[shape], Upstream.Address))).Value;

    public async Task DisposeAsync()
    {
        foreach (var proxy in _proxies.Values.Where(lazy => lazy.IsValueCreated && lazy.Value.IsCompletedSuccessfully))
        {
            await (await proxy.Value).DisposeAsync();
        }

        foreach (var server in _servers.Values.Where(lazy => lazy.IsValueCreated && lazy.Value.IsCompletedSuccessfully))
        {
            await (await server.Value).DisposeAsync();
        }

        if (_upstream is not null)
        {
            await _upstream.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class UsesEdgeFleet : ICollectionFixture<EdgeFleet>
{
    public const string Name = "edge";
}
