using System.Diagnostics;
using System.Text;
using DealBot.Chat;
using DealBot.Chat.Conversations;
using Microsoft.Extensions.Logging;

namespace DealBot.Cli;

/// <summary>
/// <c>ask --format jsonl</c> (and <c>ask</c> with no question): one question per input line, independent of each
/// other, exactly one answer per line — also for an empty or unreadable line. <c>chat --format jsonl</c> is the same
/// with one <paramref name="conversation"/> for every line, so follow-ups ("and per year?") can be scripted. Streams both ways with large
/// buffers and flushes only when it is about to wait for more input, so 100,000 questions take seconds.
/// </summary>
public static class BatchCommand
{
    public static async Task<int> RunAsync(ChatEngine engine, Stream input, Stream output, OutputFormat format, ILogger logger, ConversationKey? conversation = null)
    {
        var clock = Stopwatch.StartNew();
        using var buffered = new BufferedStream(output, 64 * 1024);
        using var answers = new AnswerOutput(buffered, format);
        using var text = new StreamReader(input, new UTF8Encoding(false, throwOnInvalidBytes: false), detectEncodingFromByteOrderMarks: false, bufferSize: 64 * 1024);
        var lines = new LineReader(text, beforeWaiting: answers.Flush);
        var count = 0L;
        while (lines.ReadLine() is { } line)
        {
            // One question alone answers synchronously (no state to wait for); a conversation's context may live in Redis.
            var answer = conversation is { } key ? await SafeAnswer.ForAsync(engine, key, line) : SafeAnswer.For(engine, line);
            answers.Write(answer, separate: format == OutputFormat.Text);
            count++;
        }

        answers.Flush();
        logger.LogInformation("Batch answered {QuestionCount} questions in {ElapsedMs} ms", count, clock.ElapsedMilliseconds);
        return ExitCodes.Ok;
    }
}
