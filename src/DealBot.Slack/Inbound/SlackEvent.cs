using System.Text.Json;

namespace DealBot.Slack.Inbound;

/// <summary>
/// The inner event: a mention, a DM, or an uninstall; <see cref="RevokedBotIds"/> only for tokens_revoked.
/// <see cref="Edited"/>: Slack re-sends an edited message that mentions the bot as a new app_mention (a new event_id,
/// the same ts) with an <c>edited</c> object and no subtype.
/// </summary>
internal sealed record SlackEvent(
    string Type,
    string? Subtype,
    string? User,
    string? BotId,
    string? Channel,
    string? ChannelType,
    string? Text,
    string? Ts,
    string? ThreadTs,
    bool Edited,
    IReadOnlyList<string> RevokedBotIds)
{
    public static SlackEvent? Parse(JsonElement e)
    {
        if (e.Str("type") is not { Length: > 0 } type)
        {
            return null;
        }

        var revoked = e.Obj("tokens").Items("bot").Where(b => b.ValueKind == JsonValueKind.String).Select(b => b.GetString()!).ToArray();
        return new SlackEvent(
            type, e.Str("subtype"), e.Str("user"), e.Str("bot_id"), e.Str("channel"), e.Str("channel_type"),
            e.Str("text"), e.Str("ts"), e.Str("thread_ts"), e.Obj("edited").ValueKind == JsonValueKind.Object, revoked);
    }
}
