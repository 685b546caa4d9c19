using DealBot.Chat.Pipeline;

namespace DealBot.Discord.Processing;

/// <summary>The shared chat pipeline as the Discord adapter sees it; a seam so tests can make answering slow.</summary>
internal interface IQuestionHandler
{
    ChatReply Handle(IncomingMessage message);
}

internal sealed class PipelineQuestionHandler(MessageHandler handler) : IQuestionHandler
{
    public ChatReply Handle(IncomingMessage message) => handler.Handle(message);
}
