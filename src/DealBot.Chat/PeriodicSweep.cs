namespace DealBot.Chat;

/// <summary>
/// Clears expired entries out of an in-memory store every <paramref name="every"/> calls, on the thread pool: the
/// call that happens to trigger it never waits for a scan of the whole store (a spike in that answer's latency), and
/// two sweeps of one store never run at once. Expired entries are harmless until then; the store ignores them.
/// </summary>
internal sealed class PeriodicSweep(Action<DateTimeOffset> sweep, TimeProvider clock, int every = PeriodicSweep.DefaultEvery)
{
    public const int DefaultEvery = 1024;

    private long _calls;
    private int _running;
    private Task _last = Task.CompletedTask;

    /// <summary>The latest sweep started (tests wait for it).</summary>
    internal Task LastSweep => Volatile.Read(ref _last);

    /// <summary>Counts one call; every <c>every</c>-th starts a sweep in the background unless one is running.</summary>
    public void Tick()
    {
        if (Interlocked.Increment(ref _calls) % every == 0 && Interlocked.CompareExchange(ref _running, 1, 0) == 0)
        {
            Volatile.Write(ref _last, Task.Run(Run));
        }
    }

    private void Run()
    {
        try
        {
            sweep(clock.GetUtcNow());
        }
        finally
        {
            Volatile.Write(ref _running, 0);
        }
    }
}
