using DealBot.Chat;

namespace DealBot.Cli;

/// <summary>
/// <c>ask "question"</c>: one question, no conversation, one answer in the chosen format. With <c>--chart</c> the
/// answer's chart goes to the file and one line about it to <paramref name="messages"/> (stderr), so the output
/// stays the answer alone, in any format.
/// </summary>
public static class AskCommand
{
    public static int Run(ChatEngine engine, string question, OutputFormat format, Stream output, ChartFile? chart = null, TextWriter? messages = null)
    {
        var answer = SafeAnswer.For(engine, question, chart is not null);
        using (var answers = new AnswerOutput(output, format, indented: format == OutputFormat.Json))
        {
            answers.Write(answer, separate: false);
        }

        if (chart is null)
        {
            return ExitCodes.Ok;
        }

        var (message, written) = chart.Write(answer);
        messages?.WriteLine(message);
        return written || answer.Chart is null ? ExitCodes.Ok : ExitCodes.Failure;
    }
}
