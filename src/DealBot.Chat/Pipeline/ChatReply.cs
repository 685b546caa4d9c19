using DealBot.Core.Answers;

namespace DealBot.Chat.Pipeline;

/// <summary>What to do with an incoming message: answer it, tell the user to slow down, or stay silent.</summary>
public sealed record ChatReply(ChatReplyKind Kind, Answer? Answer = null, TimeSpan RetryAfter = default)
{
    public static ChatReply Ignored { get; } = new(ChatReplyKind.Ignored);

    public static ChatReply Duplicate { get; } = new(ChatReplyKind.Duplicate);

    /// <summary>The text to send when <see cref="Kind"/> is <see cref="ChatReplyKind.RateLimited"/>.</summary>
    public string RateLimitMessage =>
        $"You're asking quickly — give me {Math.Max(1, (int)Math.Ceiling(RetryAfter.TotalSeconds))} s and ask again.";
}
