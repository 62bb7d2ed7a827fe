using CorsKit.AspNetCore.Tenants;
using CorsKit.Evaluation;
using CorsKit.Policy;
using Microsoft.Extensions.DependencyInjection;

namespace CorsKit.AspNetCore.Tests.Tenants;

// The store under concurrent updates: a reader sees a tenant's whole old policy or its whole new one, and concurrent
// writers to different tenants lose nothing.
public sealed class TenantPolicyStoreTests
{
    private static TenantPolicyStore NewStore() =>
        new ServiceCollection().AddLogging().AddCorsKit().Services.BuildServiceProvider().GetRequiredService<TenantPolicyStore>();

    private static CorsKitPolicy Policy(bool credentials, params string[] origins)
    {
        var builder = new CorsKitPolicyBuilder().WithOrigins(origins);
        return credentials ? builder.AllowCredentials().Build() : builder.Build();
    }

    private static bool Allows(CorsKitPolicy policy, string origin) =>
        policy.Evaluate(new CorsRequest("GET", origin, null, null, 1)).IsAllowed;

    [Fact]
    public async Task Readers_during_replacements_see_one_whole_policy_or_the_other()
    {
        var store = NewStore();
        var first = Policy(credentials: true, "https://a1.example", "https://a2.example");
        var second = Policy(credentials: false, "https://b1.example", "https://b2.example");
        store.SetPolicy("tenant", first);
        using var stop = new CancellationTokenSource();

        var writer = Task.Run(() =>
        {
            for (var i = 0; i < 20_000; i++)
            {
                store.SetPolicy("tenant", i % 2 == 0 ? second : first);
            }

            stop.Cancel();
        });
        var readers = Enumerable.Range(0, 3).Select(_ => Task.Run(() =>
        {
            var mixes = 0;
            var reads = 0;
            while (!stop.IsCancellationRequested || reads == 0)
            {
                Assert.True(store.TryGetPolicy("TENANT", out var policy));
                var isFirst = Allows(policy, "https://a1.example") && Allows(policy, "https://a2.example") && policy.AllowsCredentials;
                var isSecond = Allows(policy, "https://b1.example") && Allows(policy, "https://b2.example") && !policy.AllowsCredentials;
                mixes += isFirst == isSecond ? 1 : 0;
                reads++;
            }

            return mixes;
        })).ToArray();

        await writer;
        Assert.All(await Task.WhenAll(readers), mixes => Assert.Equal(0, mixes));
    }

    [Fact]
    public async Task Concurrent_writers_to_different_tenants_lose_no_update()
    {
        var store = NewStore();
        var policy = Policy(credentials: false, "https://app.example");

        await Task.WhenAll(Enumerable.Range(0, 8).Select(writer => Task.Run(() =>
        {
            for (var i = 0; i < 1_000; i++)
            {
                store.SetPolicy($"tenant-{writer}-{i}", policy);
            }

            for (var i = 0; i < 1_000; i += 2)
            {
                Assert.True(store.RemovePolicy($"tenant-{writer}-{i}"));
            }
        })));

        Assert.Equal(8 * 500, store.Count);
        Assert.All(Enumerable.Range(0, 8), writer =>
        {
            Assert.True(store.TryGetPolicy($"tenant-{writer}-999", out _));
            Assert.False(store.TryGetPolicy($"tenant-{writer}-998", out _));
        });
    }
}
