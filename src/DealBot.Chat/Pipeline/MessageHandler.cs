using System.Diagnostics;
using DealBot.Chat.Conversations;
using DealBot.Chat.Safety;

namespace DealBot.Chat.Pipeline;

/// <summary>
/// The rules every platform shares, in order: ignore bots and messages not addressed to the bot, answer each
/// delivery once, rate-limit per user, then answer through the chat engine with the conversation's context. Every
/// shared-state call of one message runs within one <see cref="StateBudget"/>.
/// </summary>
public sealed class MessageHandler(ChatEngine engine, IDeliveryDeduplicator deduplicator, IUserRateLimiter rateLimiter, StateBudget? budget = null)
{
    private readonly StateBudget _budget = budget ?? StateBudget.Default;

    public async ValueTask<ChatReply> HandleAsync(IncomingMessage message)
    {
        if (message.FromBot || !message.Addressed)
        {
            return ChatReply.Ignored;
        }

        using var state = _budget.Start();
        if (!await deduplicator.TryBeginAsync($"{message.Platform}:{message.DeliveryId}", state.Token).ConfigureAwait(false))
        {
            return ChatReply.Duplicate;
        }

        var user = $"{message.Platform}:{message.UserId}";
        if (!await rateLimiter.TryAcquireAsync(user, state.Token).ConfigureAwait(false))
        {
            return await rateLimiter.ShouldWarnAsync(user, state.Token).ConfigureAwait(false)
                ? new ChatReply(ChatReplyKind.RateLimited, RetryAfter: await rateLimiter.RetryAfterAsync(user, state.Token).ConfigureAwait(false))
                : ChatReply.Ignored;
        }

        var started = Stopwatch.GetTimestamp();
        var conversation = new ConversationKey(message.Platform, message.Place, message.UserId);
        var answer = await engine.AskAsync(conversation, message.Text, message.WantsChart, state.Token).ConfigureAwait(false);
        ChatMetrics.Answered(message.Platform, answer.Intent, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return new ChatReply(ChatReplyKind.Answer, answer);
    }
}
