namespace CorsKit.TestSupport.Waiting;

/// <summary>
/// Waits for a change another component applies on its own schedule (a file watcher, a poll), failing after a
/// generous bound: a wait, not a timing assertion.
/// </summary>
public static class Eventually
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(20);

    public static async Task<bool> HoldsAsync(Func<Task<bool>> condition)
    {
        ArgumentNullException.ThrowIfNull(condition);
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
