using System.Globalization;
using BenchmarkDotNet.Attributes;
using CorsKit.AspNetCore.Tenants;
using CorsKit.Benchmarks.Hosting;
using CorsKit.Benchmarks.Reporting;
using CorsKit.Benchmarks.Scenarios;
using CorsKit.Policy;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace CorsKit.Benchmarks.Scale;

/// <summary>
/// CorsKit's middleware on Kestrel's headers, answering an allowed actual request, with the default policy holding
/// from 1 to 1,000,000 exact origins (<see cref="OriginShape.Tenant"/>), or with the request's policy chosen by host
/// among 10,000 tenants. <see cref="Reset"/> is the loop without middleware, to subtract.
/// </summary>
[Config(typeof(CorsBenchmarkConfig))]
public class MiddlewareScaleBenchmarks
{
    // ScenarioRequest sends this Host (127.0.0.1:5000); the host selector drops the port.
    private const string RequestTenant = "127.0.0.1";

    private ReusableHttpContext _resetContext = null!;
    private RequestDelegate _corsKit = null!;
    private ReusableHttpContext _corsKitContext = null!;

    /// <summary>Exact origins in the default policy, or 0 for 10,000 tenant policies chosen by host.</summary>
    [Params(1, 1_000, 100_000, 1_000_000, 0)]
    public int Origins { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var services = new ServiceCollection()
            .AddLogging(logging => logging.SetMinimumLevel(LogLevel.Warning))
            .AddSingleton<IHostEnvironment>(new BenchHostEnvironment());
        string allowed;
        if (Origins > 0)
        {
            var origins = OriginShapes.Generate(OriginShape.Tenant, Origins);
            allowed = origins[Origins / 2];
            services.AddCorsKit(options => options.AddDefaultPolicy(policy => policy.WithOrigins(origins)));
        }
        else
        {
            allowed = "https://app.tenant-request.com";
            services.AddCorsKit().AddTenantPolicies(TenantSelector.ByHost());
        }

        var provider = services.BuildServiceProvider();
        if (Origins == 0)
        {
            var store = provider.GetRequiredService<TenantPolicyStore>();
            for (var i = 0; i < 9_999; i++)
            {
                store.SetPolicy(string.Create(CultureInfo.InvariantCulture, $"tenant{i}.myapp.com"),
                    new CorsKitPolicyBuilder().WithOrigins(string.Create(CultureInfo.InvariantCulture, $"https://app.tenant{i}.com")).Build());
            }

            store.SetPolicy(RequestTenant, new CorsKitPolicyBuilder().WithOrigins(allowed).Build());
        }

        var app = new ApplicationBuilder(provider);
        app.UseCorsKit();
        app.Run(Pipelines.NoOp);
        _corsKit = app.Build();
        var request = new ScenarioRequest("GET", new string(allowed.AsSpan()), null, null);
        _corsKitContext = new ReusableHttpContext(request, provider, HeaderStore.Kestrel);
        _resetContext = new ReusableHttpContext(request, provider, HeaderStore.Kestrel);
        CorsKit();
        if (_corsKitContext.Context.Response.Headers.AccessControlAllowOrigin != allowed)
        {
            throw new InvalidOperationException($"The middleware did not allow {allowed}.");
        }
    }

    /// <summary>The loop without any middleware: reset, invoke the no-op endpoint, start the response.</summary>
    [Benchmark]
    public void Reset() => _resetContext.Run(Pipelines.NoOp);

    /// <summary>CorsKit's middleware.</summary>
    [Benchmark]
    public void CorsKit() => _corsKitContext.Run(_corsKit);
}
