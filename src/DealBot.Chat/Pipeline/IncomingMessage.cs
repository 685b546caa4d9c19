namespace DealBot.Chat.Pipeline;

/// <summary>
/// A question as any platform delivers it, translated by the adapter.
/// <paramref name="DeliveryId"/> is the platform's id for this delivery (Slack event_id, Discord message or
/// interaction id): a redelivery carries the same id and is answered once.
/// <paramref name="Addressed"/> is true when the bot was asked directly (DM, mention, slash command).
/// <paramref name="WantsChart"/> is the platform's explicit request for a chart (a slash command option); the words
/// "chart", "graph" or "plot" in <paramref name="Text"/> ask for one too.
/// </summary>
public sealed record IncomingMessage(
    string Platform,
    string Place,
    string UserId,
    string Text,
    string DeliveryId,
    bool FromBot,
    bool Addressed,
    bool WantsChart = false);
