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

    /// <summary>
    /// A new <see cref="StateBudget"/> for one message, for a platform that makes shared-state calls of its own for the
    /// message before handing it over (a Slack workspace's installation): pass its token to <see cref="HandleAsync"/>.
    /// </summary>
    public CancellationTokenSource StartStateBudget() => _budget.Start();

    /// <param name="message">The message.</param>
    /// <param name="stateBudget">The message's budget when the platform started it (<see cref="StartStateBudget"/>);
    /// by default a new one.</param>
    public async ValueTask<ChatReply> HandleAsync(IncomingMessage message, CancellationToken stateBudget = default)
    {
        if (message.FromBot || !message.Addressed)
        {
            return ChatReply.Ignored;
        }

        using var own = stateBudget.CanBeCanceled ? null : _budget.Start();
        var state = own?.Token ?? stateBudget;
        if (!await deduplicator.TryBeginAsync($"{message.Platform}:{message.DeliveryId}", state).ConfigureAwait(false))
        {
            return ChatReply.Duplicate;
        }

        var user = $"{message.Platform}:{message.UserId}";
        if (!await rateLimiter.TryAcquireAsync(user, state).ConfigureAwait(false))
        {
            return await rateLimiter.ShouldWarnAsync(user, state).ConfigureAwait(false)
                ? new ChatReply(ChatReplyKind.RateLimited, RetryAfter: await rateLimiter.RetryAfterAsync(user, state).ConfigureAwait(false))
                : ChatReply.Ignored;
        }

        var started = Stopwatch.GetTimestamp();
        var conversation = new ConversationKey(message.Platform, message.Place, message.UserId);
        var answer = await engine.AskAsync(conversation, message.Text, message.WantsChart, state).ConfigureAwait(false);
        ChatMetrics.Answered(message.Platform, answer.Intent, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return new ChatReply(ChatReplyKind.Answer, answer);
    }
}
