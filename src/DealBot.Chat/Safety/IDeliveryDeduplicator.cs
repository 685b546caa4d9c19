namespace DealBot.Chat.Safety;

/// <summary>
/// Remembers which deliveries were already taken, so each question is answered once. Replicas that share an
/// implementation (e.g. Redis) answer each delivery once between them.
/// </summary>
public interface IDeliveryDeduplicator
{
    /// <summary>True the first time an id is seen within the window; false for a repeat.</summary>
    bool TryBegin(string deliveryId);
}
