using System.Net;
using CorsKit.AspNetCore.Diagnostics;
using CorsKit.AspNetCore.Tenants;
using CorsKit.AspNetCore.Tests.Infrastructure;
using CorsKit.Policy;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;

namespace CorsKit.AspNetCore.Tests.Tenants;

// Each tenant's requests are decided by that tenant's policy alone, found by host, route value or any rule; a tenant
// without a policy gets the answer the application chose; and the store changes one tenant while requests run.
public sealed class TenantPolicyTests
{
    private static async Task<TestApp> StartAsync(TenantSelector selector, UnknownTenant unknown = UnknownTenant.Refuse, bool withDefault = false)
    {
        var builder = TestApp.CreateBuilder();
        var corsKit = builder.Services.AddCorsKit(options =>
        {
            if (withDefault)
            {
                options.AddDefaultPolicy(policy => policy.WithOrigins("https://default.example"));
            }
        });
        corsKit.IncludeDenialReasonHeader().AddTenantPolicies(selector, unknown);
        var app = await TestApp.StartAsync(builder, app =>
        {
            app.UseRouting();
            app.UseCorsKit();
            app.MapGet("/", () => "home");
            app.MapGet("/t/{tenant}/orders", () => "orders");
            app.MapPost("/t/{tenant}/orders", () => "ordered");
        });
        var store = app.App.Services.GetRequiredService<TenantPolicyStore>();
        store.SetPolicy("tenant1.myapp.com", Options("https://app.tenant1.com"));
        store.SetPolicy("tenant2.myapp.com", Options("https://app.tenant2.com", "https://*.tenant2-preview.com"));
        store.SetPolicy("acme", Options("https://acme.example"));
        return app;
    }

    private static CorsPolicyOptions Options(params string[] origins)
    {
        var options = new CorsPolicyOptions { ProtectWrites = true };
        foreach (var origin in origins)
        {
            options.Origins.Add(origin);
        }

        return options;
    }

    private static HttpRequestMessage Request(string host, string path, string origin, string method = "GET")
    {
        var request = CorsRequests.Actual(path, origin, method);
        request.Headers.Host = host;
        return request;
    }

    [Theory]
    [InlineData("tenant1.myapp.com", "https://app.tenant1.com", "https://app.tenant1.com")]
    [InlineData("TENANT1.myapp.com:8443", "https://app.tenant1.com", "https://app.tenant1.com")]
    [InlineData("tenant2.myapp.com", "https://pr-7.tenant2-preview.com", "https://pr-7.tenant2-preview.com")]
    [InlineData("tenant1.myapp.com", "https://app.tenant2.com", null)]
    [InlineData("tenant2.myapp.com", "https://app.tenant1.com", null)]
    public async Task By_host_each_tenant_allows_its_own_origins_and_no_other_tenants(string host, string origin, string? allowed)
    {
        await using var app = await StartAsync(TenantSelector.ByHost());

        using var response = await app.Client.SendAsync(Request(host, "/", origin));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(allowed, response.Header("Access-Control-Allow-Origin"));
        Assert.Contains("Origin", response.Header("Vary") ?? "", StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_tenant_is_refused_with_its_own_reason_and_a_preflight_gets_403()
    {
        await using var app = await StartAsync(TenantSelector.ByHost());

        using var actual = await app.Client.SendAsync(Request("stranger.myapp.com", "/", "https://app.tenant1.com"));
        var preflightRequest = CorsRequests.Preflight("/", "https://app.tenant1.com", "PUT");
        preflightRequest.Headers.Host = "stranger.myapp.com";
        using var preflight = await app.Client.SendAsync(preflightRequest);

        Assert.Equal(HttpStatusCode.OK, actual.StatusCode);
        Assert.Null(actual.Header("Access-Control-Allow-Origin"));
        Assert.Equal(CorsOutcomeNames.TenantNotFound, actual.Header("X-CorsKit-Denial"));
        Assert.Equal(HttpStatusCode.Forbidden, preflight.StatusCode);
        Assert.Equal(CorsOutcomeNames.TenantNotFound, preflight.Header("X-CorsKit-Denial"));
    }

    [Fact]
    public async Task An_unknown_tenant_accepts_writes_from_its_own_origin_only()
    {
        await using var app = await StartAsync(TenantSelector.ByRouteValue("tenant"));

        var crossSite = Request("api.myapp.com", "/t/nobody/orders", "https://attacker.example", "POST");
        crossSite.Headers.TryAddWithoutValidation("Sec-Fetch-Site", "cross-site");
        using var refused = await app.Client.SendAsync(crossSite);
        var sameOrigin = Request("api.myapp.com", "/t/nobody/orders", "http://api.myapp.com", "POST");
        sameOrigin.Headers.TryAddWithoutValidation("Sec-Fetch-Site", "same-origin");
        using var accepted = await app.Client.SendAsync(sameOrigin);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
    }

    [Fact]
    public async Task With_the_default_as_fallback_an_unknown_tenant_gets_the_default_policy()
    {
        await using var app = await StartAsync(TenantSelector.ByHost(), UnknownTenant.UseDefaultPolicy, withDefault: true);

        using var fallback = await app.Client.SendAsync(Request("stranger.myapp.com", "/", "https://default.example"));
        using var tenant = await app.Client.SendAsync(Request("tenant1.myapp.com", "/", "https://default.example"));

        Assert.Equal("https://default.example", fallback.Header("Access-Control-Allow-Origin"));
        Assert.Null(tenant.Header("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task By_route_value_and_by_delegate_the_tenant_comes_from_the_request()
    {
        await using var byRoute = await StartAsync(TenantSelector.ByRouteValue("tenant"));
        await using var byHeader = await StartAsync(TenantSelector.From(context => context.Request.Headers["X-Tenant"].ToString()));

        using var routed = await byRoute.Client.SendAsync(Request("api.myapp.com", "/t/acme/orders", "https://acme.example"));
        using var otherRoute = await byRoute.Client.SendAsync(Request("api.myapp.com", "/t/tenant1.myapp.com/orders", "https://acme.example"));
        var headerRequest = Request("api.myapp.com", "/", "https://acme.example");
        headerRequest.Headers.Add("X-Tenant", "acme");
        using var headed = await byHeader.Client.SendAsync(headerRequest);

        Assert.Equal("https://acme.example", routed.Header("Access-Control-Allow-Origin"));
        Assert.Null(otherRoute.Header("Access-Control-Allow-Origin"));
        Assert.Equal("https://acme.example", headed.Header("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task An_endpoint_that_names_a_policy_keeps_it_for_every_tenant()
    {
        var builder = TestApp.CreateBuilder();
        builder.Services.AddCorsKit(options => options.AddPolicy("status", policy => policy.AllowAnyOrigin()))
            .AddTenantPolicies(TenantSelector.ByHost());
        await using var app = await TestApp.StartAsync(builder, app =>
        {
            app.UseCorsKit();
            app.MapGet("/status", () => "up").RequireCorsKit("status");
        });

        using var response = await app.Client.SendAsync(Request("stranger.myapp.com", "/status", "https://anyone.example"));

        Assert.Equal("*", response.Header("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Adding_and_removing_a_tenants_origin_takes_effect_on_the_next_request()
    {
        await using var app = await StartAsync(TenantSelector.ByHost());
        var store = app.App.Services.GetRequiredService<ITenantPolicyStore>();

        using var before = await app.Client.SendAsync(Request("tenant1.myapp.com", "/", "https://new.tenant1.com"));
        store.SetPolicy("tenant1.myapp.com", Options("https://app.tenant1.com", "https://new.tenant1.com"));
        using var added = await app.Client.SendAsync(Request("tenant1.myapp.com", "/", "https://new.tenant1.com"));
        Assert.True(store.RemovePolicy("tenant1.myapp.com"));
        using var removed = await app.Client.SendAsync(Request("tenant1.myapp.com", "/", "https://app.tenant1.com"));

        Assert.Null(before.Header("Access-Control-Allow-Origin"));
        Assert.Equal("https://new.tenant1.com", added.Header("Access-Control-Allow-Origin"));
        Assert.Equal(CorsOutcomeNames.TenantNotFound, removed.Header("X-CorsKit-Denial"));
    }

    [Fact]
    public async Task Invalid_options_leave_the_tenants_previous_policy_in_force()
    {
        await using var app = await StartAsync(TenantSelector.ByHost());
        var store = app.App.Services.GetRequiredService<ITenantPolicyStore>();

        var compilation = store.SetPolicy("tenant1.myapp.com", Options("app.tenant1.com/"));
        using var response = await app.Client.SendAsync(Request("tenant1.myapp.com", "/", "https://app.tenant1.com"));

        Assert.False(compilation.Succeeded);
        Assert.Contains(compilation.Errors, problem => problem.Setting == "Origins" && problem.Value == "app.tenant1.com/");
        Assert.Equal("https://app.tenant1.com", response.Header("Access-Control-Allow-Origin"));
    }
}
