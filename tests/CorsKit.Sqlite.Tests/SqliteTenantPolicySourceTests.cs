using System.Collections.Concurrent;
using System.Net;
using CorsKit.AspNetCore.Tenants;
using CorsKit.Sqlite.Tenants;
using CorsKit.TestSupport.Waiting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace CorsKit.Sqlite.Tests;

// Tenant policies from a real SQLite file: present before the first request, changed row by row while requests run,
// a bad row refused with the tenant and the column named, and a pruned change log recovered by a full reload.
public sealed class SqliteTenantPolicySourceTests : IDisposable
{
    private readonly TenantDatabase _database = new();

    public void Dispose() => _database.Dispose();

    private async Task<WebApplication> StartAsync()
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.WebHost.UseTestServer();
        builder.Services.AddRouting();
        builder.Logging.AddFakeLogging();
        builder.Services.AddCorsKit()
            .IncludeDenialReasonHeader()
            .AddTenantPolicies(TenantSelector.ByHost())
            .AddSqliteTenantPolicies(_database.ConnectionString, options => options.PollInterval = TimeSpan.FromMilliseconds(50));
        var app = builder.Build();
        app.UseCorsKit();
        app.MapGet("/", () => "hello");
        await app.StartAsync();
        return app;
    }

    private static async Task<string?> AllowedOriginAsync(WebApplication app, string host, string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/");
        request.Headers.Host = host;
        request.Headers.TryAddWithoutValidation("Origin", origin);
        using var response = await app.GetTestClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return response.Headers.TryGetValues("Access-Control-Allow-Origin", out var values) ? values.Single() : null;
    }

    [Fact]
    public async Task Tenants_in_the_database_at_start_are_in_force_for_the_first_request()
    {
        _database.AddTenant("tenant1.myapp.com", credentials: true, "https://app.tenant1.com");
        _database.AddTenant("tenant2.myapp.com", credentials: false, "https://app.tenant2.com");
        await using var app = await StartAsync();

        Assert.Equal("https://app.tenant1.com", await AllowedOriginAsync(app, "tenant1.myapp.com", "https://app.tenant1.com"));
        Assert.Null(await AllowedOriginAsync(app, "tenant1.myapp.com", "https://app.tenant2.com"));
        Assert.Equal("https://app.tenant2.com", await AllowedOriginAsync(app, "tenant2.myapp.com", "https://app.tenant2.com"));
        Assert.True(app.Services.GetRequiredService<ITenantPolicyStore>().TryGetPolicy("tenant1.myapp.com", out var policy));
        Assert.True(policy.AllowsCredentials);
    }

    [Fact]
    public async Task An_origin_added_and_removed_while_requests_run_takes_effect_with_no_failed_request()
    {
        _database.AddTenant("tenant1.myapp.com", credentials: false, "https://app.tenant1.com");
        await using var app = await StartAsync();
        var answers = new ConcurrentBag<string?>();
        using var stop = new CancellationTokenSource();
        var load = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                answers.Add(await AllowedOriginAsync(app, "tenant1.myapp.com", "https://new.tenant1.com"));
                Assert.Equal("https://app.tenant1.com", await AllowedOriginAsync(app, "tenant1.myapp.com", "https://app.tenant1.com"));
            }
        });

        _database.AddOrigin("tenant1.myapp.com", "https://new.tenant1.com");
        var added = await Eventually.HoldsAsync(async () => await AllowedOriginAsync(app, "tenant1.myapp.com", "https://new.tenant1.com") is not null);
        _database.RemoveOrigin("tenant1.myapp.com", "https://new.tenant1.com");
        var removed = await Eventually.HoldsAsync(async () => await AllowedOriginAsync(app, "tenant1.myapp.com", "https://new.tenant1.com") is null);
        await stop.CancelAsync();
        await load;

        Assert.True(added);
        Assert.True(removed);
        Assert.All(answers, answer => Assert.True(answer is null or "https://new.tenant1.com", answer));
    }

    [Fact]
    public async Task A_tenant_added_then_deleted_is_known_then_unknown()
    {
        await using var app = await StartAsync();

        _database.AddTenant("late.myapp.com", credentials: false, "https://late.example");
        var known = await Eventually.HoldsAsync(async () => await AllowedOriginAsync(app, "late.myapp.com", "https://late.example") is not null);
        _database.RemoveTenant("late.myapp.com");
        var unknown = await Eventually.HoldsAsync(() => Task.FromResult(!app.Services.GetRequiredService<ITenantPolicyStore>().TryGetPolicy("late.myapp.com", out _)));

        Assert.True(known);
        Assert.True(unknown);
        Assert.Null(await AllowedOriginAsync(app, "late.myapp.com", "https://late.example"));
    }

    [Fact]
    public async Task An_invalid_row_is_refused_naming_tenant_and_column_and_the_previous_policy_stays()
    {
        _database.AddTenant("tenant1.myapp.com", credentials: false, "https://app.tenant1.com");
        await using var app = await StartAsync();

        _database.AddOrigin("tenant1.myapp.com", "app.tenant1.com/");

        Assert.True(await Eventually.HoldsAsync(() => Task.FromResult(Rejections(app).Any())));
        var rejection = Rejections(app).First();
        Assert.Contains("tenant1.myapp.com", rejection.Message, StringComparison.Ordinal);
        Assert.Contains("corskit_tenant_origins.origin", rejection.Message, StringComparison.Ordinal);
        Assert.Contains("\"app.tenant1.com/\"", rejection.Message, StringComparison.Ordinal);
        Assert.Equal("https://app.tenant1.com", await AllowedOriginAsync(app, "tenant1.myapp.com", "https://app.tenant1.com"));
    }

    [Fact]
    public async Task A_change_log_pruned_past_an_instances_place_is_recovered_by_a_full_reload()
    {
        _database.AddTenant("tenant1.myapp.com", credentials: false, "https://app.tenant1.com");
        await using var app = await StartAsync();
        var source = app.Services.GetRequiredService<SqliteTenantPolicySource>();
        await app.StopAsync();

        _database.AddTenant("tenant2.myapp.com", credentials: false, "https://app.tenant2.com");
        _database.RemoveTenant("tenant1.myapp.com");
        _database.Execute("DELETE FROM corskit_changes");
        _database.AddOrigin("tenant2.myapp.com", "https://beta.tenant2.com");
        source.ApplyChanges();

        var store = app.Services.GetRequiredService<ITenantPolicyStore>();
        Assert.False(store.TryGetPolicy("tenant1.myapp.com", out _));
        Assert.True(store.TryGetPolicy("tenant2.myapp.com", out var tenant2));
        Assert.Equal(["https://app.tenant2.com", "https://beta.tenant2.com"], tenant2.Origins.Order(StringComparer.Ordinal));
    }

    private static IEnumerable<FakeLogRecord> Rejections(WebApplication app) =>
        app.Services.GetFakeLogCollector().GetSnapshot().Where(record => record.Level == LogLevel.Error);
}
