using System.Net;
using CorsKit.AspNetCore.Policies;
using CorsKit.AspNetCore.Tests.Infrastructure;
using CorsKit.AspNetCore.Endpoints;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CorsKit.AspNetCore.Tests.Reload;

public sealed class HotReloadTests
{
    private const string Shared = "https://shared.example.com";

    // Two versions that differ in every header an allowed preflight carries, so a response mixing them is visible.
    private static Dictionary<string, string?> Version(int version) => new()
    {
        ["Cors:Origins"] = $"{Shared},https://v{version}.example.com",
        ["Cors:Methods"] = version == 1 ? "PUT" : "PATCH",
        ["Cors:Headers"] = version == 1 ? "X-One" : "X-Two",
        ["Cors:MaxAge"] = version == 1 ? "100" : "200",
    };

    private static Task<(TestApp App, ReloadableConfigurationProvider Config)> StartAsync() =>
        StartAsync(Version(1), app => app.MapGet("/", () => "hi"));

    // An application whose "Cors" section starts as initial and changes when the test replaces it.
    private static async Task<(TestApp App, ReloadableConfigurationProvider Config)> StartAsync(
        Dictionary<string, string?> initial, Action<WebApplication> mapEndpoints)
    {
        var source = new ReloadableConfigurationSource();
        source.Provider.Replace(initial);
        var builder = TestApp.CreateBuilder();
        ((IConfigurationBuilder)builder.Configuration).Add(source);
        builder.Services.AddCorsKit("Cors");
        var app = await TestApp.StartAsync(builder, app =>
        {
            app.UseCorsKit();
            mapEndpoints(app);
        });
        return (app, source.Provider);
    }

    [Fact]
    public async Task Valid_change_takes_effect_without_restart_and_is_logged_once()
    {
        var (app, config) = await StartAsync();
        await using var _ = app;

        config.Replace(Version(2));
        config.Replace(Version(2));
        using var response = await app.Client.SendAsync(CorsRequests.Actual("/", "https://v2.example.com"));
        using var old = await app.Client.SendAsync(CorsRequests.Actual("/", "https://v1.example.com"));

        Assert.Equal("https://v2.example.com", response.Header("Access-Control-Allow-Origin"));
        Assert.Null(old.Header("Access-Control-Allow-Origin"));
        Assert.Equal(2, app.App.Services.GetRequiredService<CorsPolicyRegistry>().Current.Generation);
        Assert.Single(app.Logs.GetSnapshot(), record => record.Id.Id == 30 && record.Level == LogLevel.Information);
    }

    [Fact]
    public async Task A_reload_logs_the_warnings_it_brings_and_not_those_already_in_force()
    {
        var first = Version(1);
        first["Cors:Methods"] = "GET,PUT";
        var (app, config) = await StartAsync(first, app => app.MapGet("/", () => "hi"));
        await using var _ = app;
        int Warnings(string value) => app.Logs.GetSnapshot().Count(record => record.Id.Id == CorsKit.AspNetCore.Diagnostics.CorsKitEventIds.PolicyWarning && record.Message.Contains(value, StringComparison.Ordinal));
        Assert.Equal(1, Warnings("\"GET\""));

        var second = new Dictionary<string, string?>(first) { ["Cors:MaxAge"] = "300" };
        config.Replace(second);
        Assert.Equal(1, Warnings("\"GET\""));

        second["Cors:Methods"] = "GET,POST,PUT";
        config.Replace(second);
        Assert.Equal(1, Warnings("\"GET\""));
        Assert.Equal(1, Warnings("\"POST\""));
    }

    [Fact]
    public async Task Invalid_change_is_rejected_with_one_error_log_and_the_last_good_policy_stays()
    {
        var (app, config) = await StartAsync();
        await using var _ = app;

        var broken = Version(2);
        broken["Cors:Credentials"] = "true";
        broken["Cors:Origins"] = "*";
        config.Replace(broken);
        config.Replace(broken);
        using var response = await app.Client.SendAsync(CorsRequests.Actual("/", "https://v1.example.com"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("https://v1.example.com", response.Header("Access-Control-Allow-Origin"));
        var rejection = Assert.Single(app.Logs.GetSnapshot(), record => record.Id.Id == 31);
        Assert.Equal(LogLevel.Error, rejection.Level);
        Assert.Contains("Cors:Origins", rejection.Message);
        Assert.Equal(1, app.App.Services.GetRequiredService<CorsPolicyRegistry>().Current.Generation);
    }

    [Theory]
    [InlineData("partners", false)]
    [InlineData("unused", true)]
    public async Task A_change_removing_a_policy_is_rejected_only_when_an_endpoint_names_it(string removed, bool accepted)
    {
        var both = new Dictionary<string, string?>
        {
            ["Cors:Policies:partners:Origins"] = "https://partner.example.com",
            ["Cors:Policies:unused:Origins"] = "https://unused.example.com",
        };
        var (app, config) = await StartAsync(both, app => app.MapGet("/partners", () => "partners").RequireCorsKit("partners"));
        await using var _ = app;

        config.Replace(both.Where(pair => !pair.Key.Contains(removed, StringComparison.Ordinal)).ToDictionary());
        using var response = await app.Client.SendAsync(CorsRequests.Actual("/partners", "https://partner.example.com"));

        Assert.Equal("https://partner.example.com", response.Header("Access-Control-Allow-Origin"));
        var registry = app.App.Services.GetRequiredService<CorsPolicyRegistry>();
        Assert.Equal(accepted ? 2 : 1, registry.Current.Generation);
        Assert.Equal(accepted, !registry.Current.Policies.ContainsKey(removed));
        var rejections = app.Logs.GetSnapshot().Where(record => record.Id.Id == 31).ToList();
        if (accepted)
        {
            Assert.Empty(rejections);
        }
        else
        {
            var rejection = Assert.Single(rejections);
            Assert.Contains("\"partners\"", rejection.Message);
            Assert.Contains("/partners", rejection.Message);
        }
    }

    [Fact]
    public async Task Endpoints_published_after_startup_block_only_the_reloads_that_take_their_policy_away()
    {
        var lateEndpoints = new LateEndpointDataSource();
        var (app, config) = await StartAsync(
            new Dictionary<string, string?> { ["Cors:Policies:late:Origins"] = "https://late.example.com" },
            app => ((IEndpointRouteBuilder)app).DataSources.Add(lateEndpoints));
        await using var _ = app;
        var registry = app.App.Services.GetRequiredService<CorsPolicyRegistry>();
        RequestDelegate answer = context => context.Response.WriteAsync("late");
        lateEndpoints.Publish(
            LateEndpointDataSource.Create("/ghost", ["GET"], answer, new CorsKitPolicyAttribute("ghost")),
            LateEndpointDataSource.Create("/late", ["GET"], answer, new CorsKitPolicyAttribute("late")));

        // "ghost" was never defined, so it does not hold up a reload that keeps "late".
        config.Replace(new Dictionary<string, string?> { ["Cors:Policies:late:Origins"] = "https://late.example.com,https://other.example.com" });
        Assert.Equal(2, registry.Current.Generation);

        // Taking "late" away is refused while an endpoint names it...
        var withoutLate = new Dictionary<string, string?> { ["Cors:Policies:extra:Origins"] = "https://extra.example.com" };
        config.Replace(withoutLate);
        Assert.Equal(2, registry.Current.Generation);
        var rejection = Assert.Single(app.Logs.GetSnapshot(), record => record.Id.Id == 31);
        Assert.Contains("\"late\"", rejection.Message);
        Assert.DoesNotContain("ghost", rejection.Message);

        // ...and the same text is tried again on the next change, once that endpoint is gone.
        lateEndpoints.Publish();
        config.Replace(withoutLate);
        Assert.Equal(3, registry.Current.Generation);
        Assert.True(registry.Current.Policies.ContainsKey("extra"));
    }

    [Fact]
    public async Task Under_concurrent_requests_no_request_fails_and_none_sees_a_mixed_policy()
    {
        var (app, config) = await StartAsync();
        await using var _ = app;
        var seen = new System.Collections.Concurrent.ConcurrentBag<string>();

        var reloader = Task.Run(() =>
        {
            for (var i = 0; i < 60; i++)
            {
                config.Replace(Version(i % 2 == 0 ? 2 : 1));
            }
        });
        var clients = Enumerable.Range(0, 4).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < 100; i++)
            {
                using var response = await app.Client.SendAsync(CorsRequests.Preflight("/", Shared, "GET", "x-one"));
                if (response.StatusCode == HttpStatusCode.NoContent)
                {
                    seen.Add($"{response.Header("Access-Control-Allow-Methods")}|{response.Header("Access-Control-Allow-Headers")}|{response.Header("Access-Control-Max-Age")}");
                }
                else
                {
                    // Version 2 does not allow X-One: a refusal is correct then, and must carry no CORS header at all.
                    Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
                    Assert.Null(response.Header("Access-Control-Allow-Origin"));
                    seen.Add("refused");
                }
            }
        })).ToList();

        await Task.WhenAll([reloader, .. clients]);

        Assert.Equal(400, seen.Count);
        Assert.All(seen, value => Assert.True(value == "refused" || value == "PUT|X-One|100", $"mixed or unexpected policy: {value}"));
        using var last = await app.Client.SendAsync(CorsRequests.Preflight("/", Shared, "GET", "x-one"));
        Assert.Equal("PUT", last.Header("Access-Control-Allow-Methods"));
    }
}
