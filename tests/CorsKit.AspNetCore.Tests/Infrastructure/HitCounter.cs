namespace CorsKit.AspNetCore.Tests.Infrastructure;

/// <summary>Counts how often endpoints ran, to prove a preflight never reached one.</summary>
public sealed class HitCounter
{
    private int _hits;

    public int Hits => Volatile.Read(ref _hits);

    public void Hit() => Interlocked.Increment(ref _hits);
}
