using DealBot.Chat.Pipeline;
using DealBot.Discord.Json;
using DealBot.Discord.Rendering;
using DealBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace DealBot.Discord.Processing;

/// <summary>
/// Answers one MESSAGE_CREATE through the shared pipeline (which ignores bots and unaddressed messages, answers each
/// message id once and rate-limits per user) and posts the reply, referencing the question and pinging nobody.
/// </summary>
internal sealed partial class MessageResponder(
    IQuestionHandler questions,
    DiscordRestClient rest,
    BotIdentity identity,
    DiscordOptions options,
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

        DiscordReply? reply;
        try
        {
            var answer = questions.Handle(incoming);
            reply = answer.Kind switch
            {
                ChatReplyKind.Answer => EmbedRenderer.Render(answer.Answer!),
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
            await rest.CreateMessageAsync(message.ChannelId, reply.ToMessage(message.Id, options.PingAsker), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is DiscordRestException or HttpRequestException)
        {
            LogReplyFailed(message.Id, message.ChannelId, e.Message);
        }
    }

    [LoggerMessage(LogLevel.Error, "Discord: answering message {MessageId} failed")]
    private partial void LogAnswerFailed(Exception exception, string messageId);

    [LoggerMessage(LogLevel.Warning, "Discord: could not post the answer to message {MessageId} in channel {ChannelId}: {Error}")]
    private partial void LogReplyFailed(string messageId, string channelId, string error);
}
