using DealBot.Chat.Pipeline;
using DealBot.Discord.Json;
using DealBot.Discord.Rendering;
using DealBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace DealBot.Discord.Processing;

/// <summary>
/// Answers one MESSAGE_CREATE through the shared pipeline (which ignores bots and unaddressed messages, answers each
/// message id once and rate-limits per user) and posts the reply, referencing the question and pinging nobody. An
/// answer with a chart goes as one multipart message (the embed shows the attached PNG); should Discord refuse the
/// file, the answer is posted again without it.
/// </summary>
internal sealed partial class MessageResponder(
    IQuestionHandler questions,
    DiscordRestClient rest,
    BotIdentity identity,
    DiscordOptions options,
    ChartDrawing charts,
    ILogger<MessageResponder> logger)
{
    public const string Platform = "discord";
    public const string Apology = "Sorry — something went wrong while answering that. Please try again.";

    public async Task RespondAsync(JsonMessage message, CancellationToken cancellationToken)
    {
        // 0 default, 19 reply; joins, pins, boosts… are not questions.
        if (message.Type is not (0 or 19))
        {
            return;
        }

        var botUserId = identity.UserId;
        var fromBot = message.Author.Bot == true || message.WebhookId is not null || message.Author.Id == botUserId;
        var addressing = MessageAddressing.Of(message, botUserId);
        var incoming = new IncomingMessage(Platform, message.ChannelId, message.Author.Id, addressing.Question, message.Id, fromBot, addressing.Addressed);
        using var activity = QuestionActivity.Start(incoming);

        DiscordReply? reply;
        try
        {
            var answer = await questions.HandleAsync(incoming).ConfigureAwait(false);
            reply = answer.Kind switch
            {
                ChatReplyKind.Answer => EmbedRenderer.Render(answer.Answer!, charts.Draw(answer.Answer!)),
                ChatReplyKind.RateLimited => EmbedRenderer.Text(answer.RateLimitMessage),
                _ => null,
            };
        }
        catch (Exception e)
        {
            LogAnswerFailed(e, message.Id);
            reply = EmbedRenderer.Text(Apology);
        }

        if (reply is null)
        {
            return;
        }

        try
        {
            await rest.CreateMessageAsync(message.ChannelId, reply.ToMessage(message.Id, options.PingAsker), reply.Files, cancellationToken).ConfigureAwait(false);
        }
        catch (DiscordRestException e) when (reply.Chart is not null && (int)e.StatusCode is >= 400 and < 500 and not 401 and not 429)
        {
            // E.g. no Attach Files permission (50013) or the file refused: the answer still stands on its own.
            LogChartRefused(message.Id, message.ChannelId, e.Message);
            await SendTextOnlyAsync(message, reply with { Chart = null, Embed = WithoutImage(reply.Embed) }, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is DiscordRestException or HttpRequestException)
        {
            LogReplyFailed(message.Id, message.ChannelId, e.Message);
        }
    }

    private async Task SendTextOnlyAsync(JsonMessage message, DiscordReply reply, CancellationToken cancellationToken)
    {
        try
        {
            await rest.CreateMessageAsync(message.ChannelId, reply.ToMessage(message.Id, options.PingAsker), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is DiscordRestException or HttpRequestException)
        {
            LogReplyFailed(message.Id, message.ChannelId, e.Message);
        }
    }

    private static JsonEmbed? WithoutImage(JsonEmbed? embed)
    {
        if (embed is not null)
        {
            embed.Image = null;
        }

        return embed;
    }

    [LoggerMessage(LogLevel.Error, "Discord: answering message {MessageId} failed")]
    private partial void LogAnswerFailed(Exception exception, string messageId);

    [LoggerMessage(LogLevel.Warning, "Discord: the chart for message {MessageId} in channel {ChannelId} was refused ({Error}); posting the answer without it")]
    private partial void LogChartRefused(string messageId, string channelId, string error);

    [LoggerMessage(LogLevel.Warning, "Discord: could not post the answer to message {MessageId} in channel {ChannelId}: {Error}")]
    private partial void LogReplyFailed(string messageId, string channelId, string error);
}
