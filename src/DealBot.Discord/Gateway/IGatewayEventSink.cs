using DealBot.Discord.Json;

namespace DealBot.Discord.Gateway;

/// <summary>Where a shard hands the events DealBot answers; the handling happens off the receive loop.</summary>
internal interface IGatewayEventSink
{
    ValueTask OnMessageCreatedAsync(JsonMessage message, DateTimeOffset receivedAt, CancellationToken cancellationToken);

    ValueTask OnInteractionCreatedAsync(JsonInteraction interaction, DateTimeOffset receivedAt, CancellationToken cancellationToken);
}
