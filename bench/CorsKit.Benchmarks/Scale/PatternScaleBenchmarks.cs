using System.Globalization;
using BenchmarkDotNet.Attributes;
using CorsKit.Benchmarks.Reporting;
using CorsKit.Policy;

namespace CorsKit.Benchmarks.Scale;

/// <summary>
/// A policy of many subdomain patterns (<c>https://*.tenant{N}.example.com</c>), decided by the engine on an allowed
/// actual request from a subdomain of one of them, against <c>HashSet&lt;string&gt;.Contains</c> of the request's
/// base host among the patterns' base hosts: the cache misses any lookup by host pays at that size.
/// </summary>
[Config(typeof(CorsBenchmarkConfig))]
public class PatternScaleBenchmarks
{
    private const int ProbeCount = 4096;

    private HashSet<string> _baseHosts = null!;
    private CorsKitPolicy _policy = null!;
    private string[] _probeOrigins = null!;
    private string[] _probeBaseHosts = null!;

    /// <summary>How many subdomain patterns are configured.</summary>
    [Params(100, 100_000)]
    public int Patterns { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var baseHosts = Enumerable.Range(0, Patterns).Select(i => string.Create(CultureInfo.InvariantCulture, $"tenant{i}.example.com")).ToArray();
        _baseHosts = new HashSet<string>(baseHosts);
        _policy = new CorsKitPolicyBuilder().WithOrigins([.. baseHosts.Select(host => "https://*." + host)]).Build();
        var random = new Random(42);
        var chosen = Enumerable.Range(0, ProbeCount).Select(_ => baseHosts[random.Next(baseHosts.Length)]).ToArray();
        _probeOrigins = [.. chosen.Select(host => "https://app." + host)];
        _probeBaseHosts = [.. chosen.Select(host => new string(host.AsSpan()))];
        if (HashSetContains() != ProbeCount || CorsKitEvaluateActual() != ProbeCount)
        {
            throw new InvalidOperationException("A subdomain of a configured pattern was not allowed.");
        }
    }

    /// <summary>The floor: an ordinal-equality set of the base hosts, probed with the request's base host.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = ProbeCount)]
    public int HashSetContains()
    {
        var found = 0;
        foreach (var probe in _probeBaseHosts)
        {
            found += _baseHosts.Contains(probe) ? 1 : 0;
        }

        return found;
    }

    /// <summary>CorsKit's decision on an allowed actual request from a subdomain of a configured pattern.</summary>
    [Benchmark(OperationsPerInvoke = ProbeCount)]
    public int CorsKitEvaluateActual()
    {
        var allowed = 0;
        foreach (var probe in _probeOrigins)
        {
            allowed += _policy.EvaluateActual(probe).IsAllowed ? 1 : 0;
        }

        return allowed;
    }
}
