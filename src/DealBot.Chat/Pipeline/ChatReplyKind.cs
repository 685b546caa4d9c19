namespace DealBot.Chat.Pipeline;

public enum ChatReplyKind
{
    /// <summary>Answer the question.</summary>
    Answer,

    /// <summary>The user asked too often; send the friendly rate-limit message (once), not an answer.</summary>
    RateLimited,

    /// <summary>Not for the bot (its own or another bot's message, or not addressed to it): say nothing.</summary>
    Ignored,

    /// <summary>A redelivery of a question already handled: say nothing again.</summary>
    Duplicate,
}
