namespace DealBot.Chat.Pipeline;

/// <summary>
/// A question as any platform delivers it, translated by the adapter.
/// <paramref name="DeliveryId"/> is the platform's id for this delivery (Slack event_id, Discord message or
/// interaction id): a redelivery carries the same id and is answered once.
/// <paramref name="Addressed"/> is true when the bot was asked directly (DM, mention, slash command).
/// </summary>
public sealed record IncomingMessage(
    string Platform,
    string Place,
    string UserId,
    string Text,
    string DeliveryId,
    bool FromBot,
    bool Addressed);
