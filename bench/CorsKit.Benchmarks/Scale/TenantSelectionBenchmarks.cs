using System.Globalization;
using BenchmarkDotNet.Attributes;
using CorsKit.AspNetCore.Tenants;
using CorsKit.Benchmarks.Reporting;
using CorsKit.Policy;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CorsKit.Benchmarks.Scale;

/// <summary>
/// Choosing a tenant's policy by host among many tenants, then deciding an allowed actual request with it: what
/// <c>AddTenantPolicies(TenantSelector.ByHost())</c> adds to a request, against one tenant.
/// </summary>
[Config(typeof(CorsBenchmarkConfig))]
public class TenantSelectionBenchmarks
{
    private const int ProbeCount = 1024;

    private TenantPolicyStore _store = null!;
    private DefaultHttpContext[] _contexts = null!;
    private string[] _origins = null!;

    /// <summary>How many tenants have a policy.</summary>
    [Params(1, 10_000)]
    public int Tenants { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _store = new ServiceCollection().AddLogging().AddCorsKit().AddTenantPolicies(TenantSelector.ByHost()).Services
            .BuildServiceProvider().GetRequiredService<TenantPolicyStore>();
        for (var i = 0; i < Tenants; i++)
        {
            _store.SetPolicy(Host(i), new CorsKitPolicyBuilder().WithOrigins(Origin(i)).Build());
        }

        var random = new Random(42);
        var chosen = Enumerable.Range(0, ProbeCount).Select(_ => random.Next(Tenants)).ToArray();
        _contexts = [.. chosen.Select(i => new DefaultHttpContext { Request = { Host = new HostString(Host(i)) } })];
        _origins = [.. chosen.Select(i => new string(Origin(i).AsSpan()))];
        if (SelectAndEvaluate() != ProbeCount)
        {
            throw new InvalidOperationException("A tenant's own origin was not allowed.");
        }
    }

    /// <summary>The tenant from the Host header, its policy from the store, the decision.</summary>
    [Benchmark(OperationsPerInvoke = ProbeCount)]
    public int SelectAndEvaluate()
    {
        var selector = TenantSelector.ByHost();
        var allowed = 0;
        for (var i = 0; i < ProbeCount; i++)
        {
            if (selector.TrySelect(_contexts[i], out var tenant) && _store.TryGetPolicy(tenant, out var policy))
            {
                allowed += policy.EvaluateActual(_origins[i]).IsAllowed ? 1 : 0;
            }
        }

        return allowed;
    }

    private static string Host(int i) => string.Create(CultureInfo.InvariantCulture, $"tenant{i}.myapp.com");

    private static string Origin(int i) => string.Create(CultureInfo.InvariantCulture, $"https://app.tenant{i}.com");
}
