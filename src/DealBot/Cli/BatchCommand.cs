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
        var count = 0L;
        if (conversation is not { } key)
        {
            // Independent questions: what has been read is answered on every core before the reader waits for more.
            var block = new BlockAnswers(engine, buffered, format);
            var questions = new LineReader(text, beforeWaiting: block.Answer);
            while (questions.ReadLine() is { } question)
            {
                block.Add(question);
                count++;
            }

            block.Answer();
        }
        else
        {
            var lines = new LineReader(text, beforeWaiting: answers.Flush);
            while (lines.ReadLine() is { } line)
            {
                // A conversation's context may live in Redis: one line after the other, each awaited.
                answers.Write(await SafeAnswer.ForAsync(engine, key, line), separate: format == OutputFormat.Text);
                count++;
            }

            answers.Flush();
        }

        logger.LogInformation("Batch answered {QuestionCount} questions in {ElapsedMs} ms", count, clock.ElapsedMilliseconds);
        return ExitCodes.Ok;
    }
}
