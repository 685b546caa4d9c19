using DealBot.Chat.Pipeline;

namespace DealBot.Discord.Processing;

/// <summary>The shared chat pipeline as the Discord adapter sees it; a seam so tests can make answering slow.</summary>
internal interface IQuestionHandler
{
    ValueTask<ChatReply> HandleAsync(IncomingMessage message);
}

internal sealed class PipelineQuestionHandler(MessageHandler handler) : IQuestionHandler
{
    public ValueTask<ChatReply> HandleAsync(IncomingMessage message) => handler.HandleAsync(message);
}
