using System.Text.Json;
using DealBot.Chat.Pipeline;
using DealBot.Slack.Bots;
using DealBot.Slack.Formatting;
using DealBot.Slack.WebApi;
using DealBot.Slack.Work;
using Microsoft.Extensions.Logging;

namespace DealBot.Slack.Inbound;

/// <summary>
/// Interactivity payloads. DealBot's only interactive element is a suggestion button under an answer: a click asks
/// the button's question as the clicking user, answered through the payload's response_url (or in the channel).
/// Everything else is acknowledged and ignored.
/// </summary>
internal sealed partial class InteractionHandler(
    MessageHandler handler,
    SlackApiClient api,
    SlackBotDirectory bots,
    SlackReplies replies,
    SlackWorkQueue queue,
    ILogger<InteractionHandler> logger)
{
    /// <summary>Queues a click; with <paramref name="patience"/> zero a full queue answers Busy at once.</summary>
    public async ValueTask<Acceptance> AcceptAsync(JsonElement payload, TimeSpan patience, CancellationToken cancellationToken)
    {
        if (payload.ValueKind != JsonValueKind.Object || payload.Str("type") is not { } type)
        {
            return Acceptance.Malformed;
        }

        if (type != "block_actions" || Click.Read(payload) is not { } click)
        {
            return Acceptance.Accepted;
        }

        return await queue.EnqueueAsync("button", click.DeliveryId, ct => AnswerAsync(click, ct), patience, cancellationToken) ? Acceptance.Accepted : Acceptance.Busy;
    }

    private async Task AnswerAsync(Click click, CancellationToken cancellationToken)
    {
        var message = new IncomingMessage(
            SlackPlatform.Name,
            SlackPlatform.Place(click.TeamId, click.ChannelId ?? "", click.ThreadTs),
            SlackPlatform.User(click.TeamId, click.UserId),
            click.Question,
            click.DeliveryId,
            FromBot: false,
            Addressed: true);
        using var activity = QuestionActivity.Start(message);
        var reply = await handler.HandleAsync(message);
        LogClicked(click.DeliveryId, reply.Kind);

        if (click.ResponseUrl is { } responseUrl)
        {
            if (SlackReplies.ResponsePayload(reply) is { } payload)
            {
                payload["replace_original"] = false;
                await api.PostToResponseUrlAsync(responseUrl, payload, cancellationToken);
            }
        }
        else if (click.ChannelId is { } channel && await bots.FindAsync(click.EnterpriseId, click.TeamId, cancellationToken) is { } bot)
        {
            await replies.SendAsync(bot, click.TeamId, channel, click.ThreadTs, click.UserId, reply, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Slack suggestion button {DeliveryId}: {ReplyKind}")]
    private partial void LogClicked(string deliveryId, ChatReplyKind replyKind);

    private sealed record Click(
        string Question, string UserId, string? TeamId, string? EnterpriseId, string? ChannelId, string? ThreadTs, Uri? ResponseUrl, string DeliveryId)
    {
        public static Click? Read(JsonElement payload)
        {
            var action = payload.Items("actions")
                .FirstOrDefault(a => a.Str("action_id")?.StartsWith(SlackAnswerFormat.AskActionPrefix, StringComparison.Ordinal) == true);
            if (action.Str("value") is not { Length: > 0 } question || payload.Obj("user").Str("id") is not { } user)
            {
                return null;
            }

            var container = payload.Obj("container");
            var responseUrl = Uri.TryCreate(payload.Str("response_url"), UriKind.Absolute, out var url) ? url : null;
            var id = payload.Str("trigger_id") ?? action.Str("action_ts") ?? Guid.NewGuid().ToString("N");
            return new Click(
                question,
                user,
                payload.Obj("team").Str("id") ?? payload.Obj("user").Str("team_id"),
                payload.Obj("enterprise").Str("id"),
                payload.Obj("channel").Str("id") ?? container.Str("channel_id"),
                container.Str("thread_ts") ?? container.Str("message_ts"),
                responseUrl,
                "button:" + id);
        }
    }
}
