using DealBot.Chat.Safety;

namespace DealBot.Hosting.Metrics;

/// <summary>Counts first deliveries and redeliveries around whichever deduplicator is registered (in memory or Redis).</summary>
public sealed class MeteredDeduplicator(IDeliveryDeduplicator inner, DealBotMetrics metrics) : IDeliveryDeduplicator
{
    public async ValueTask<bool> TryBeginAsync(string deliveryId, CancellationToken cancellationToken = default)
    {
        var first = await inner.TryBeginAsync(deliveryId, cancellationToken).ConfigureAwait(false);
        (first ? metrics.Deliveries : metrics.Duplicates).Add(1, DealBotMetrics.Platform(deliveryId));
        return first;
    }
}
