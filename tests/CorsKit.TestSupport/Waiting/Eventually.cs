namespace CorsKit.Sqlite.Tests;

/// <summary>Waits for a change another component applies on its own schedule (a poll), failing after a generous bound.</summary>
internal static class Eventually
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

    public static async Task<bool> HoldsAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow + Bound;
        while (DateTime.UtcNow < deadline)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(25);
        }

        return await condition();
    }
}
