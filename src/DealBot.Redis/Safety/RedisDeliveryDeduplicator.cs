using DealBot.Chat.Safety;
using StackExchange.Redis;

namespace DealBot.Redis.Safety;

/// <summary>
/// Answers each delivery once across every replica: the first <c>SET key 1 NX PX window</c> for a delivery id wins,
/// atomically in Redis, and every later one (a retry, a replay, the same event at another replica) loses. The key
/// expires after <paramref name="window"/>. While Redis cannot be reached (<see cref="RedisFallback"/>) each replica
/// dedupes on its own, in memory: a redelivery to the same replica is still answered once, one to
/// another replica during the outage may be answered twice, which is better than answering nothing; what it took is
/// written to Redis once it is back.
/// </summary>
public sealed class RedisDeliveryDeduplicator(IDatabase database, RedisKeys keys, TimeSpan window, RedisFallback fallback) : IDeliveryDeduplicator
{
    private readonly DeliveryDeduplicator _alone = new(fallback.Clock, window);

    public ValueTask<bool> TryBeginAsync(string deliveryId, CancellationToken cancellationToken = default)
    {
        var key = keys.Delivery(deliveryId);
        return fallback.RunAsync("delivery.begin", () => Take(key), () => TakeAlone(deliveryId, key), cancellationToken);
    }

    private Task<bool> Take(string key) => database.StringSetAsync(key, 1, window, When.NotExists);

    /// <summary>
    /// Taken here: Redis learns it once it is back, so a redelivery to another replica then is not answered again. The
    /// write is SET NX, so sent late it never replaces what another replica took meanwhile.
    /// </summary>
    private bool TakeAlone(string deliveryId, string key)
    {
        if (!_alone.TryBegin(deliveryId))
        {
            return false;
        }

        fallback.DeferWrite(key, () => Take(key));
        return true;
    }
}
