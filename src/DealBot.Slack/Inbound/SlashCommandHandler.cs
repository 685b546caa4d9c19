using System.Text.Json.Nodes;
using DealBot.Chat.Pipeline;
using DealBot.Slack.Bots;
using DealBot.Slack.Formatting;
using DealBot.Slack.WebApi;
using DealBot.Slack.Work;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DealBot.Slack.Inbound;

/// <summary>
/// Slash commands, from HTTP or Socket Mode. Slack wants an acknowledgement within 3 s: an answer ready within
/// <see cref="SlackOptions.InlineReplyBudget"/> rides in the acknowledgement itself; a slower one is acknowledged at
/// once and posted to response_url when it is ready. A chart ("/deal xai total chart") is drawn and uploaded to the
/// channel from the work queue once the answer is out, never while Slack waits for the acknowledgement.
/// </summary>
internal sealed partial class SlashCommandHandler(
    MessageHandler handler,
    SlackApiClient api,
    SlackWorkQueue queue,
    SlackBotDirectory bots,
    SlackCharts charts,
    IOptions<SlackOptions> options,
    TimeProvider clock,
    ILogger<SlashCommandHandler> logger)
{
    /// <summary>Shows the user's command in the channel while the answer is on its way (Slack's documented ack).</summary>
    private static readonly JsonObject Deferred = new() { ["response_type"] = "in_channel" };

    /// <summary>The acknowledgement body; null for an empty acknowledgement.</summary>
    public async Task<JsonObject?> HandleAsync(SlashCommand command, CancellationToken cancellationToken)
    {
        var known = options.Value.Commands;
        if (!known.Contains(command.Command, StringComparer.OrdinalIgnoreCase))
        {
            return SlackReplies.Ephemeral($"DealBot answers {string.Join(", ", known)}.");
        }

        var message = new IncomingMessage(
            SlackPlatform.Name,
            SlackPlatform.Place(command.TeamId, command.ChannelId, null),
            SlackPlatform.User(command.TeamId, command.UserId),
            Question(command),
            "command:" + (command.TriggerId ?? Guid.NewGuid().ToString("N")),
            FromBot: false,
            Addressed: true);

        // Run it off the request so a slow answer cannot hold the ack.
        var answering = Task.Run(() => AnswerAsync(message), CancellationToken.None);
        var budget = options.Value.InlineReplyBudget;
        if (budget > TimeSpan.Zero)
        {
            try
            {
                var (payload, charted) = await answering.WaitAsync(budget, clock, cancellationToken);
                if (charted is not null && !queue.TryEnqueue("chart", message.DeliveryId, ct => PostChartAsync(command, charted, ct)))
                {
                    LogBusy(message.DeliveryId + " (chart)");
                }

                return payload;
            }
            catch (TimeoutException)
            {
                // Fall through: finish through response_url.
            }
        }

        if (command.ResponseUrl is not { } responseUrl)
        {
            LogNoResponseUrl(command.Command);
            return (await answering).Payload;
        }

        if (!queue.TryEnqueue("slash command", message.DeliveryId, ct => CompleteAsync(command, answering, responseUrl, ct)))
        {
            LogBusy(message.DeliveryId);
            return SlackReplies.Ephemeral("DealBot is busy right now; please ask again in a minute.");
        }

        return (JsonObject)Deferred.DeepClone();
    }

    /// <summary>The text the parser reads: /compare and /whatif name the question kind the user meant.</summary>
    internal static string Question(SlashCommand command)
    {
        var text = Mrkdwn.Unescape(command.Text).Trim();
        return command.Command.TrimStart('/').ToLowerInvariant() switch
        {
            "compare" when !text.StartsWith("compare", StringComparison.OrdinalIgnoreCase) => "compare " + text,
            "whatif" when !text.StartsWith("what if", StringComparison.OrdinalIgnoreCase) => "what if " + text,
            _ => text,
        };
    }

    /// <summary>The response body (null: say nothing) and, when the answer has a chart to draw, the answer.</summary>
    private async Task<(JsonObject? Payload, Core.Answers.Answer? Charted)> AnswerAsync(IncomingMessage message)
    {
        using var activity = QuestionActivity.Start(message);
        try
        {
            var reply = await handler.HandleAsync(message);
            return (SlackReplies.ResponsePayload(reply), reply.Answer is { Chart: not null } charted ? charted : null);
        }
        catch (Exception e)
        {
            // The core promises not to throw for a question; if it does, the user still hears back.
            LogFailed(e, message.DeliveryId);
            return (SlackReplies.Ephemeral(SlackReplies.Apology), null);
        }
    }

    private async Task CompleteAsync(
        SlashCommand command, Task<(JsonObject? Payload, Core.Answers.Answer? Charted)> answering, Uri responseUrl, CancellationToken cancellationToken)
    {
        var (payload, charted) = await answering;
        if (payload is not null)
        {
            await api.PostToResponseUrlAsync(responseUrl, payload, cancellationToken);
        }

        if (charted is not null)
        {
            await PostChartAsync(command, charted, cancellationToken);
        }
    }

    /// <summary>A slash command's answer has no message ts to thread under: the chart goes to the channel.</summary>
    private async Task PostChartAsync(SlashCommand command, Core.Answers.Answer answer, CancellationToken cancellationToken)
    {
        if (await bots.FindAsync(command.EnterpriseId, command.TeamId, cancellationToken) is { } bot)
        {
            await charts.PostAsync(bot, command.ChannelId, null, answer, cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Slack slash command {DeliveryId} failed")]
    private partial void LogFailed(Exception exception, string deliveryId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack slash command {Command} has no response_url; answering late in the ack")]
    private partial void LogNoResponseUrl(string command);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack work queue full: slash command {DeliveryId} refused")]
    private partial void LogBusy(string deliveryId);
}
