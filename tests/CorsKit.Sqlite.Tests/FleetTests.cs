using CorsKit.TestSupport.Waiting;

namespace CorsKit.Sqlite.Tests;

// A fleet: two instances of the tenants sample, as separate processes on one SQLite file, each picking up a change
// written by a third party (this test) and, in turn, the removal.
public sealed class FleetTests : IDisposable
{
    private readonly TenantDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Every_instance_on_the_file_applies_each_change_another_process_writes()
    {
        _database.AddTenant("tenant1.localhost", credentials: true, "https://app.tenant1.com");
        await using var first = await SampleProcess.StartAsync(_database.Path);
        await using var second = await SampleProcess.StartAsync(_database.Path);
        SampleProcess[] fleet = [first, second];

        foreach (var instance in fleet)
        {
            Assert.Equal("https://app.tenant1.com", await instance.AllowedOriginAsync("tenant1.localhost", "https://app.tenant1.com"));
            Assert.Null(await instance.AllowedOriginAsync("tenant1.localhost", "https://admin.tenant1.com"));
        }

        _database.AddOrigin("tenant1.localhost", "https://admin.tenant1.com");
        foreach (var instance in fleet)
        {
            Assert.True(await Eventually.HoldsAsync(async () => await instance.AllowedOriginAsync("tenant1.localhost", "https://admin.tenant1.com") is not null), instance.Output);
        }

        _database.RemoveTenant("tenant1.localhost");
        foreach (var instance in fleet)
        {
            Assert.True(await Eventually.HoldsAsync(async () => await instance.AllowedOriginAsync("tenant1.localhost", "https://app.tenant1.com") is null), instance.Output);
        }
    }
}
