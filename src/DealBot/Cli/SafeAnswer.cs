using DealBot.Chat;
using DealBot.Chat.Conversations;
using DealBot.Core.Answers;

namespace DealBot.Cli;

/// <summary>
/// Asks the engine and turns any exception into a polite "not understood" answer: one bad question must never end
/// a chat or a batch of 100,000.
/// </summary>
public static class SafeAnswer
{
    public static Answer For(ChatEngine engine, string? question, bool chart = false)
    {
        try
        {
            return engine.AskOnce(question, chart);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return AnswerOutput.Fallback;
        }
    }

    public static async ValueTask<Answer> ForAsync(ChatEngine engine, ConversationKey conversation, string? question, bool chart = false)
    {
        try
        {
            return await engine.AskAsync(conversation, question, chart);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            return AnswerOutput.Fallback;
        }
    }
}
