namespace DealBot.Slack.WebApi;

/// <summary>
/// Spaces messages in one channel by an interval (Slack allows about one message per second per channel, with short
/// bursts). Each caller reserves the next free slot and waits for it, so messages to one channel leave in arrival order
/// while other channels are not held up.
/// </summary>
internal sealed class ChannelPacer(TimeProvider clock, TimeSpan interval)
{
    private const int SweepThreshold = 10_000;

    private readonly Dictionary<string, DateTimeOffset> _next = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

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
            if (_next.Count > SweepThreshold)
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
        foreach (var key in _next.Where(e => e.Value <= now).Select(e => e.Key).ToList())
        {
            _next.Remove(key);
        }
    }
}
