using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace DealBot.Chat.Pipeline;

/// <summary>
/// What the shared pipeline counts, on the <c>DealBot.Chat</c> meter (exported by the host's /metrics): questions
/// answered by platform and intent, and how long answering took.
/// </summary>
public static class ChatMetrics
{
    public const string MeterName = "DealBot.Chat";

    private static readonly Meter Meter = new(MeterName);

    private static readonly Counter<long> Questions =
        Meter.CreateCounter<long>("dealbot.questions.answered", description: "Questions answered, by platform and intent");

    private static readonly Histogram<double> Latency =
        Meter.CreateHistogram<double>("dealbot.answer.duration", unit: "ms", description: "Time to parse, compute and answer one question");

    public static void Answered(string platform, string intent, double milliseconds)
    {
        var tags = new TagList { { "platform", platform }, { "intent", intent } };
        Questions.Add(1, tags);
        Latency.Record(milliseconds, tags);
    }
}
