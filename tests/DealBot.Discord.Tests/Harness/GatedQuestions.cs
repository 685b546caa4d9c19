using DealBot.Chat.Pipeline;
using DealBot.Discord.Processing;

namespace DealBot.Discord.Tests.Harness;

/// <summary>
/// A pipeline whose answers wait until the test opens the gate: "slow" however the machine schedules, so a slash
/// command is deferred for certain (a busy machine can delay a timer, never open the gate).
/// </summary>
internal sealed class GatedQuestions(MessageHandler handler, ManualResetEventSlim gate) : IQuestionHandler
{
    public ChatReply Handle(IncomingMessage message)
    {
        gate.Wait(TimeSpan.FromSeconds(30));
        return handler.Handle(message);
    }
}
