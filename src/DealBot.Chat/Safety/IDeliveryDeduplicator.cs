namespace DealBot.Chat.Safety;

/// <summary>
/// Remembers which deliveries were already taken, so each question is answered once. Replicas that share an
/// implementation (e.g. Redis) answer each delivery once between them. Asynchronous, so a store that waits on I/O
/// holds no thread; <paramref name="cancellationToken"/> in each call is the message's time budget for shared state.
/// </summary>
public interface IDeliveryDeduplicator
{
    /// <summary>True the first time an id is seen within the window; false for a repeat.</summary>
    ValueTask<bool> TryBeginAsync(string deliveryId, CancellationToken cancellationToken = default);
}
