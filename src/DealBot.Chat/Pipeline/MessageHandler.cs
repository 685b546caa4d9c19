using System.Diagnostics;
using DealBot.Chat.Conversations;
using DealBot.Chat.Safety;

namespace DealBot.Chat.Pipeline;

/// <summary>
/// The rules every platform shares, in order: ignore bots and messages not addressed to the bot, answer each
/// delivery once, rate-limit per user, then answer through the chat engine with the conversation's context.
/// </summary>
public sealed class MessageHandler(ChatEngine engine, IDeliveryDeduplicator deduplicator, IUserRateLimiter rateLimiter)
{
    public ChatReply Handle(IncomingMessage message)
    {
        if (message.FromBot || !message.Addressed)
        {
            return ChatReply.Ignored;
        }

        if (!deduplicator.TryBegin($"{message.Platform}:{message.DeliveryId}"))
        {
            return ChatReply.Duplicate;
        }

        var user = $"{message.Platform}:{message.UserId}";
        if (!rateLimiter.TryAcquire(user))
        {
            return rateLimiter.ShouldWarn(user)
                ? new ChatReply(ChatReplyKind.RateLimited, RetryAfter: rateLimiter.RetryAfter(user))
                : ChatReply.Ignored;
        }

        var started = Stopwatch.GetTimestamp();
        var answer = engine.Ask(new ConversationKey(message.Platform, message.Place, message.UserId), message.Text, message.WantsChart);
        ChatMetrics.Answered(message.Platform, answer.Intent, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return new ChatReply(ChatReplyKind.Answer, answer);
    }
}
