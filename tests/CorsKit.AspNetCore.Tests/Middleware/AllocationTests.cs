using CorsKit.AspNetCore.Configuration;
using CorsKit.AspNetCore.Dashboard;
using CorsKit.AspNetCore.Diagnostics;
using CorsKit.AspNetCore.Middleware;
using CorsKit.AspNetCore.Policies;
using CorsKit.AspNetCore.Tenants;
using CorsKit.Policy;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace CorsKit.AspNetCore.Tests.Middleware;

public sealed class AllocationTests
{
    private static CorsKitMiddleware CreateMiddleware(bool tenants = false, bool journal = false)
    {
        var decisions = new DecisionJournal(capacity: 4);
        if (journal)
        {
            decisions.Enable();
        }

        var options = new CorsKitOptions().AddDefaultPolicy(policy => policy.WithOrigins("https://app.example.com").WithMethods("PUT").WithHeaders("Content-Type").ProtectWrites());
        var metrics = new CorsKitMetrics(new TestMeterFactory());
        var observer = new DecisionObserver(metrics, NullLogger<CorsKitMiddleware>.Instance, decisions);
        var store = new TenantPolicyStore(observer);
        store.SetPolicy("tenant1.myapp.com", new CorsKitPolicyBuilder().WithOrigins("https://app.tenant1.com").WithMethods("PUT").ProtectWrites().Build());
        var registry = new CorsPolicyRegistry(new CorsPolicySetSource(options, section: null, observer), () => [], NullLogger<CorsPolicyRegistry>.Instance)
        {
            Tenants = tenants ? new TenantResolution(TenantSelector.ByHost(), store, UnknownTenant.Refuse) : null,
        };
        return new CorsKitMiddleware(static _ => Task.CompletedTask, registry, metrics, Options.Create(options), new TestEnvironment(), NullLogger<CorsKitMiddleware>.Instance);
    }

    // Every path to a response: allowed and refused, actual and preflight, no Origin, a comma flood, and writes
    // allowed and refused by write protection.
    public static TheoryData<string, string?, string?, string?, string?> Requests => new()
    {
        { "GET", "https://app.example.com", null, null, null },
        { "OPTIONS", "https://app.example.com", "PUT", null, null },
        { "GET", "https://evil.example.net", null, null, null },
        { "GET", "not an origin", null, null, null },
        { "OPTIONS", "https://evil.example.net", "PUT", null, null },
        { "OPTIONS", "https://app.example.com", "PUT", new string(',', 4096), null },
        { "GET", null, null, null, null },
        { "POST", "https://app.example.com", null, null, "cross-site" },
        { "POST", null, null, null, "same-origin" },
        { "POST", "http://localhost", null, null, null },
        { "POST", "https://evil.example.net", null, null, "cross-site" },
        { "DELETE", "https://evil.example.net", null, null, null },
    };

    // A tenant's own origin, another origin, and an unknown tenant, by host with a port.
    public static TheoryData<string, string, string?, string?> TenantRequests => new()
    {
        { "tenant1.myapp.com:8443", "https://app.tenant1.com", null, null },
        { "tenant1.myapp.com:8443", "https://app.tenant1.com", "PUT", null },
        { "tenant1.myapp.com", "https://evil.example.net", null, null },
        { "stranger.myapp.com", "https://app.tenant1.com", null, null },
        { "stranger.myapp.com", "https://app.tenant1.com", "PUT", null },
        { "stranger.myapp.com", "https://evil.example.net", null, "cross-site" },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public Task Deciding_a_request_allocates_nothing_once_warm(string method, string? origin, string? requestMethod, string? requestHeaders, string? fetchSite) =>
        AssertAllocatesNothing(CreateMiddleware(), method, origin, requestMethod, requestHeaders, fetchSite, "localhost");

    // The decisions page records each decision into a ring allocated once: still nothing per request, even wrapping.
    [Theory]
    [MemberData(nameof(Requests))]
    public Task Recording_a_decision_for_the_decisions_page_allocates_nothing_once_warm(string method, string? origin, string? requestMethod, string? requestHeaders, string? fetchSite) =>
        AssertAllocatesNothing(CreateMiddleware(journal: true), method, origin, requestMethod, requestHeaders, fetchSite, "localhost");

    [Theory]
    [MemberData(nameof(TenantRequests))]
    public Task Choosing_a_tenants_policy_allocates_nothing_once_warm(string host, string origin, string? requestMethod, string? fetchSite) =>
        AssertAllocatesNothing(CreateMiddleware(tenants: true), requestMethod is null ? (fetchSite is null ? "GET" : "POST") : "OPTIONS", origin, requestMethod, null, fetchSite, host);

    private static async Task AssertAllocatesNothing(CorsKitMiddleware middleware, string method, string? origin, string? requestMethod, string? requestHeaders, string? fetchSite, string host)
    {
        var response = new StartableResponseFeature();
        var context = new DefaultHttpContext();
        context.Features.Set<Microsoft.AspNetCore.Http.Features.IHttpResponseFeature>(response);
        context.Request.Method = method;
        if (origin is not null)
        {
            context.Request.Headers.Origin = origin;
        }

        if (requestMethod is not null)
        {
            context.Request.Headers.AccessControlRequestMethod = requestMethod;
        }

        if (requestHeaders is not null)
        {
            context.Request.Headers.AccessControlRequestHeaders = requestHeaders;
        }

        if (fetchSite is not null)
        {
            context.Request.Headers["Sec-Fetch-Site"] = fetchSite;
        }

        context.Request.Scheme = "http";
        context.Request.Host = new HostString(host);


        // Long enough for tiered compilation to settle: its one-time allocations are not the request's.
        for (var i = 0; i < 2000; i++)
        {
            await middleware.InvokeAsync(context);
            await response.StartAsync();
            context.Response.Headers.Clear();
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            await middleware.InvokeAsync(context);
            await response.StartAsync();
            context.Response.Headers.Clear();
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    // Runs the OnStarting callback like a server does, so pooled state is returned as in production.
    private sealed class StartableResponseFeature : Microsoft.AspNetCore.Http.Features.HttpResponseFeature
    {
        private Func<object, Task>? _callback;
        private object? _state;

        public override void OnStarting(Func<object, Task> callback, object state)
        {
            _callback = callback;
            _state = state;
        }

        public Task StartAsync()
        {
            var callback = _callback;
            _callback = null;
            return callback is null ? Task.CompletedTask : callback(_state!);
        }
    }

    private sealed class TestEnvironment : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Development";

        public string ApplicationName { get; set; } = "test";

        public string ContentRootPath { get; set; } = "/";

        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = new Microsoft.Extensions.FileProviders.NullFileProvider();
    }

    private sealed class TestMeterFactory : System.Diagnostics.Metrics.IMeterFactory
    {
        private readonly List<System.Diagnostics.Metrics.Meter> _meters = [];

        public System.Diagnostics.Metrics.Meter Create(System.Diagnostics.Metrics.MeterOptions options)
        {
            var meter = new System.Diagnostics.Metrics.Meter(options);
            _meters.Add(meter);
            return meter;
        }

        public void Dispose() => _meters.ForEach(meter => meter.Dispose());
    }
}
