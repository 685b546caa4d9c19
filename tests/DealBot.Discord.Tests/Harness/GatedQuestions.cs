using DealBot.Chat.Pipeline;
using DealBot.Discord.Processing;

namespace DealBot.Discord.Tests.Harness;

/// <summary>
/// A pipeline whose answers wait until the test opens the gate: "slow" however the machine schedules, so a slash
/// command is deferred for certain (a busy machine can delay a timer, never open the gate).
/// </summary>
internal sealed class GatedQuestions(Func<IncomingMessage, ValueTask<ChatReply>> answer, ManualResetEventSlim gate) : IQuestionHandler
{
    public GatedQuestions(MessageHandler handler, ManualResetEventSlim gate)
        : this(message => handler.HandleAsync(message), gate)
    {
    }

    /// <summary>Every question gets <paramref name="reply"/> (a rate-limit notice, say) once the gate opens.</summary>
    public GatedQuestions(ChatReply reply, ManualResetEventSlim gate)
        : this(_ => ValueTask.FromResult(reply), gate)
    {
    }

    public ValueTask<ChatReply> HandleAsync(IncomingMessage message)
    {
        gate.Wait(TimeSpan.FromSeconds(30));
        return answer(message);
    }
}
