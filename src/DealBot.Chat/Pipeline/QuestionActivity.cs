using System.Diagnostics;

namespace DealBot.Chat.Pipeline;

/// <summary>
/// The correlation id of one question: an <see cref="Activity"/> that each platform adapter starts when a question
/// arrives and keeps while it answers, tagged <c>correlation_id</c> = <c>{platform}:{delivery id}</c>. Every log line
/// written meanwhile, in any layer, carries it (the host logs activity tags in its scopes), so one question's trail
/// can be followed from receipt to reply.
/// </summary>
public static class QuestionActivity
{
    public const string Name = "dealbot.question";
    public const string CorrelationTag = "correlation_id";

    public static Activity Start(IncomingMessage message) =>
        new Activity(Name).SetTag(CorrelationTag, $"{message.Platform}:{message.DeliveryId}").Start();
}
