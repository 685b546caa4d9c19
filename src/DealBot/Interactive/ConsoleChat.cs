using DealBot.Chat;
using DealBot.Chat.Conversations;
using DealBot.Chat.Rendering;
using DealBot.Cli;

namespace DealBot.Interactive;

/// <summary>
/// The console chat, the embedded default when no chat platform is configured. One conversation, so follow-ups
/// ("and per year?") work. At a terminal it prompts with "you> "; with piped input it answers each line and ends
/// at the end of input. <c>quit</c>, <c>exit</c> or end of input (Ctrl-D) ends it. With <c>--chart FILE.png</c> every
/// answer that can be drawn is, into that file (each replacing the last), with a line saying so after the answer.
/// </summary>
public sealed class ConsoleChat(ChatEngine engine, ChartFile? chart = null)
{
    public const string Prompt = "you> ";

    public const string Greeting =
        "DealBot: ask me about AI compute deals, e.g. \"how much will anthropic pay xai in total?\". Type help for more, quit to leave.";

    /// <summary>The one conversation of a console session.</summary>
    public static ConversationKey Conversation { get; } = new("console", "console", "you");

    public async Task<int> RunAsync(TextReader input, TextWriter output, bool interactive)
    {
        if (interactive)
        {
            output.WriteLine(Greeting);
            output.WriteLine();
        }

        // A terminal gives whole lines; piped input may hold anything, so it is read with a bounded line length.
        var lines = new LineReader(input);
        Func<string?> readLine = interactive ? input.ReadLine : lines.ReadLine;
        while (true)
        {
            if (interactive)
            {
                output.Write(Prompt);
                output.Flush();
            }

            if (readLine() is not { } line)
            {
                if (interactive)
                {
                    output.WriteLine();
                }

                break;
            }

            var question = line.Trim();
            if (question.Length == 0)
            {
                continue;
            }

            if (IsQuit(question))
            {
                break;
            }

            var answer = await SafeAnswer.ForAsync(engine, Conversation, question, chart is not null);
            output.WriteLine(AnswerRenderer.Render(answer, TextStyle.Plain));
            if (chart is not null && answer.Understood && answer.Chart is not null)
            {
                output.WriteLine(chart.Write(answer).Message);
            }

            output.WriteLine();
            output.Flush();
        }

        output.Flush();
        return ExitCodes.Ok;
    }

    private static bool IsQuit(string text) =>
        text.TrimStart('/').ToLowerInvariant() is "quit" or "exit" or "bye" or "q";
}
