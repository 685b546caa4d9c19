using System.Text.Json;
using DealBot.Chat.Pipeline;
using DealBot.Slack.Bots;
using DealBot.Slack.Formatting;
using DealBot.Slack.Installations;
using DealBot.Slack.Work;
using Microsoft.Extensions.Logging;

namespace DealBot.Slack.Inbound;

/// <summary>
/// Events API deliveries, from HTTP or Socket Mode alike: <see cref="Accept"/> queues them (so the transport can ack at
/// once) and <see cref="ProcessAsync"/> answers mentions and DMs through the shared <see cref="MessageHandler"/>, which
/// answers each event_id once. Uninstall events remove the workspace's token.
/// </summary>
internal sealed partial class SlackEventProcessor(
    MessageHandler handler,
    SlackBotDirectory bots,
    ISlackInstallationStore installations,
    SlackReplies replies,
    SlackWorkQueue queue,
    ILogger<SlackEventProcessor> logger)
{
    /// <summary>Queues the event; with <paramref name="patience"/> zero a full queue answers Busy at once.</summary>
    public async ValueTask<Acceptance> AcceptAsync(JsonElement body, TimeSpan patience, CancellationToken cancellationToken)
    {
        if (SlackEventCallback.Parse(body) is not { } callback)
        {
            return Acceptance.Malformed;
        }

        return await queue.EnqueueAsync("event", callback.EventId, ct => ProcessAsync(callback, ct), patience, cancellationToken) ? Acceptance.Accepted : Acceptance.Busy;
    }

    public async Task ProcessAsync(SlackEventCallback callback, CancellationToken cancellationToken)
    {
        var e = callback.Event;
        switch (e.Type)
        {
            case "app_uninstalled":
            case "tokens_revoked" when e.RevokedBotIds.Count > 0:
                await installations.DeleteAsync(callback.EnterpriseId, callback.TeamId, cancellationToken);
                LogUninstalled(e.Type, callback.EnterpriseId, callback.TeamId);
                return;
            case "app_mention":
            case "message" when e.ChannelType == "im":
                break;
            default:
                return;
        }

        // Edits (message_changed, or a mention re-sent with `edited`), deletions, joins and other subtypes are not
        // questions; nor is anything without a channel and author.
        if (!AsksSomething(e) || e.Edited || e.Channel is not { } channel || (e.User ?? e.BotId) is not { } author)
        {
            return;
        }

        // The workspace's installation counts against the message's shared-state budget, like dedupe and context.
        using var stateBudget = handler.StartStateBudget();
        if (await bots.FindAsync(callback.EnterpriseId, callback.TeamId, cancellationToken, stateBudget.Token) is not { } bot)
        {
            LogNoBot(callback.EnterpriseId, callback.TeamId, callback.EventId);
            return;
        }

        // A mention is answered in its thread (starting one under the question); a DM in place, or in its thread.
        var threadTs = e.Type == "app_mention" ? e.ThreadTs ?? e.Ts : e.ThreadTs;
        var fromBot = e.BotId is not null || (bot.UserId is not null && e.User == bot.UserId);
        var message = new IncomingMessage(
            SlackPlatform.Name,
            SlackPlatform.Place(callback.TeamId, channel, threadTs),
            SlackPlatform.User(callback.TeamId, author),
            Mrkdwn.Unescape(e.Text ?? ""),
            callback.EventId,
            fromBot,
            Addressed: true);

        using var activity = QuestionActivity.Start(message);
        var reply = await handler.HandleAsync(message, stateBudget.Token);
        LogHandled(callback.EventId, e.Type, channel, reply.Kind);
        await replies.SendAsync(bot, callback.TeamId, channel, threadTs, author, reply, cancellationToken);
    }

    /// <summary>A plain message, or a file shared with text typed beside it: users attach a file and ask about it.</summary>
    private static bool AsksSomething(SlackEvent e) => e.Subtype switch
    {
        null => true,
        "file_share" => !string.IsNullOrWhiteSpace(e.Text),
        _ => false,
    };

    [LoggerMessage(Level = LogLevel.Debug, Message = "Slack event {EventId} ({EventType}) in {ChannelId}: {ReplyKind}")]
    private partial void LogHandled(string eventId, string eventType, string channelId, ChatReplyKind replyKind);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack event {EventId}: no installation or bot token for enterprise {EnterpriseId}, team {TeamId}")]
    private partial void LogNoBot(string? enterpriseId, string? teamId, string eventId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack {EventType}: forgetting enterprise {EnterpriseId}, team {TeamId}")]
    private partial void LogUninstalled(string eventType, string? enterpriseId, string? teamId);
}
