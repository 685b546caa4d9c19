using System.Collections.Concurrent;

namespace DealBot.Chat.Safety;

/// <summary>
/// Answers each delivery once: platforms redeliver (Slack retries, gateway replays after a resume), and a second
/// reply to the same question is a bug users see. Ids are remembered for <paramref name="window"/>.
/// </summary>
public sealed class DeliveryDeduplicator(TimeProvider clock, TimeSpan window) : IDeliveryDeduplicator
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _seen = new(StringComparer.Ordinal);
    private long _calls;

    /// <summary>True the first time an id is seen within the window; false for a repeat.</summary>
    public bool TryBegin(string deliveryId)
    {
        var now = clock.GetUtcNow();
        if ((Interlocked.Increment(ref _calls) & 1023) == 0)
        {
            Sweep(now);
        }

        while (true)
        {
            if (_seen.TryAdd(deliveryId, now))
            {
                return true;
            }

            if (!_seen.TryGetValue(deliveryId, out var at) || now - at <= window)
            {
                return false;
            }

            // Expired: claim it again, but only if no other thread did first.
            if (_seen.TryUpdate(deliveryId, now, at))
            {
                return true;
            }
        }
    }

    private void Sweep(DateTimeOffset now)
    {
        foreach (var (id, at) in _seen)
        {
            if (now - at > window)
            {
                _seen.TryRemove(new KeyValuePair<string, DateTimeOffset>(id, at));
            }
        }
    }
}
