using DealBot.Chat.Safety;

namespace DealBot.Hosting.Metrics;

/// <summary>Counts first deliveries and redeliveries around whichever deduplicator is registered (in memory or Redis).</summary>
public sealed class MeteredDeduplicator(IDeliveryDeduplicator inner, DealBotMetrics metrics) : IDeliveryDeduplicator
{
    public bool TryBegin(string deliveryId)
    {
        var first = inner.TryBegin(deliveryId);
        (first ? metrics.Deliveries : metrics.Duplicates).Add(1, DealBotMetrics.Platform(deliveryId));
        return first;
    }
}
