using System.Text.Json.Nodes;
using DealBot.Chat.Pipeline;
using DealBot.Slack.Bots;
using DealBot.Slack.Formatting;
using DealBot.Slack.WebApi;

namespace DealBot.Slack.Inbound;

/// <summary>
/// Turns the shared pipeline's <see cref="ChatReply"/> into Slack messages: answers for everyone in the channel or
/// thread, the rate-limit notice only for the asker, nothing for ignored or duplicate deliveries. An answer's chart is
/// uploaded after it, into the same thread (the answer's own thread when the question had none).
/// </summary>
internal sealed class SlackReplies(SlackApiClient api, ChannelPacer pacer, SlackCharts charts)
{
    public const string Apology = "Sorry, something went wrong on my side. Please try again.";

    /// <summary>Replies with the bot token in the channel (and thread) the question came from.</summary>
    public async Task SendAsync(
        SlackBot bot, string? teamId, string channel, string? threadTs, string user, ChatReply reply, CancellationToken cancellationToken)
    {
        if (reply.Kind is not (ChatReplyKind.Answer or ChatReplyKind.RateLimited))
        {
            return;
        }

        await pacer.WaitTurnAsync($"{teamId}:{channel}", cancellationToken);
        if (reply is { Kind: ChatReplyKind.Answer, Answer: { } answer })
        {
            var ts = await api.PostMessageAsync(bot.Token, channel, threadTs, SlackAnswerFormat.Message(answer), cancellationToken);
            await charts.PostAsync(bot, channel, threadTs ?? ts, answer, cancellationToken);
        }
        else
        {
            await api.PostEphemeralAsync(bot.Token, channel, user, threadTs, SlackAnswerFormat.Notice(reply.RateLimitMessage), cancellationToken);
        }
    }

    /// <summary>
    /// The body for a slash command response or a response_url post: answers in the channel, the rate-limit notice
    /// ephemeral; null means say nothing.
    /// </summary>
    public static JsonObject? ResponsePayload(ChatReply reply) => reply switch
    {
        { Kind: ChatReplyKind.Answer, Answer: { } answer } => WithType(SlackAnswerFormat.Message(answer), "in_channel"),
        { Kind: ChatReplyKind.RateLimited } => Ephemeral(reply.RateLimitMessage),
        _ => null,
    };

    public static JsonObject Ephemeral(string text) => WithType(SlackAnswerFormat.Notice(text), "ephemeral");

    private static JsonObject WithType(JsonObject message, string responseType)
    {
        message["response_type"] = responseType;
        return message;
    }
}
