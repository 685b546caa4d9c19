namespace DealBot.Slack.WebApi;

/// <summary>
/// Spaces messages in one channel by an interval (Slack allows about one message per second per channel, with short
/// bursts). Each caller reserves the next free slot and waits for it, so messages to one channel leave in arrival order
/// while other channels are not held up.
/// </summary>
internal sealed class ChannelPacer(TimeProvider clock, TimeSpan interval)
{
    // A channel's slot matters for one interval only. The map is swept once an interval, or sooner when it has doubled
    // since the last sweep, so it stays near the number of channels active lately, at O(1) a call on average.
    private const int SmallestSweep = 256;

    private readonly Dictionary<string, DateTimeOffset> _next = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private int _sweepAbove = SmallestSweep;
    private DateTimeOffset _sweepAfter = DateTimeOffset.MinValue;

    /// <summary>Channels whose slot is remembered, quiet ones included until the next sweep.</summary>
    internal int Count
    {
        get
        {
            lock (_gate)
            {
                return _next.Count;
            }
        }
    }

    public Task WaitTurnAsync(string channelKey, CancellationToken cancellationToken)
    {
        if (interval <= TimeSpan.Zero)
        {
            return Task.CompletedTask;
        }

        var now = clock.GetUtcNow();
        DateTimeOffset slot;
        lock (_gate)
        {
            if (_next.Count > _sweepAbove || (_next.Count > SmallestSweep && now >= _sweepAfter))
            {
                Sweep(now);
            }

            slot = _next.TryGetValue(channelKey, out var next) && next > now ? next : now;
            _next[channelKey] = slot + interval;
        }

        var wait = slot - now;
        return wait <= TimeSpan.Zero ? Task.CompletedTask : Task.Delay(wait, clock, cancellationToken);
    }

    private void Sweep(DateTimeOffset now)
    {
        foreach (var (channel, next) in _next)
        {
            if (next <= now)
            {
                _next.Remove(channel);
            }
        }

        // After a burst the table's capacity would stay at its peak: give it back.
        if (_next.EnsureCapacity(0) > 4 * _next.Count)
        {
            _next.TrimExcess();
        }

        _sweepAbove = Math.Max(SmallestSweep, 2 * _next.Count);
        _sweepAfter = now + interval;
    }
}
