namespace DealBot.Discord;

/// <summary>Waiting on a <see cref="TimeProvider"/> until an instant, never returning early.</summary>
internal static class ClockWait
{
    private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(1);

    /// <summary>
    /// Returns once the clock reads <paramref name="until"/> or later. Timers round to whole milliseconds and may fire
    /// a fraction early, so the clock is read again after each wait: a rate limit is never undercut, not even by 1 ms.
    /// </summary>
    public static async ValueTask UntilAsync(TimeProvider clock, DateTimeOffset until, CancellationToken cancellationToken)
    {
        while (true)
        {
            var left = until - clock.GetUtcNow();
            if (left <= TimeSpan.Zero)
            {
                return;
            }

            await Task.Delay(left < Tick ? Tick : left, clock, cancellationToken).ConfigureAwait(false);
        }
    }
}
