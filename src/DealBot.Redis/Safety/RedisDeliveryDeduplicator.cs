using DealBot.Chat.Safety;
using StackExchange.Redis;

namespace DealBot.Redis.Safety;

/// <summary>
/// Answers each delivery once across every replica: the first <c>SET key 1 NX PX window</c> for a delivery id wins,
/// atomically in Redis, and every later one (a retry, a replay, the same event at another replica) loses. The key
/// expires after <paramref name="window"/>. While Redis cannot be reached (<see cref="RedisFallback"/>) each replica
/// dedupes on its own, in memory: a redelivery to the same replica is still answered once, one to
/// another replica may be answered twice, which is better than answering nothing.
/// </summary>
public sealed class RedisDeliveryDeduplicator(IDatabase database, RedisKeys keys, TimeSpan window, RedisFallback fallback) : IDeliveryDeduplicator
{
    private readonly DeliveryDeduplicator _alone = new(fallback.Clock, window);

    public ValueTask<bool> TryBeginAsync(string deliveryId, CancellationToken cancellationToken = default) => fallback.RunAsync(
        "delivery.begin",
        () => database.StringSetAsync(keys.Delivery(deliveryId), 1, window, When.NotExists),
        () => _alone.TryBegin(deliveryId),
        cancellationToken);
}
