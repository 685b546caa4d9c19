using DealBot.Chat;

namespace DealBot.Cli;

/// <summary><c>ask "question"</c>: one question, no conversation, one answer in the chosen format.</summary>
public static class AskCommand
{
    public static int Run(ChatEngine engine, string question, OutputFormat format, Stream output)
    {
        using var answers = new AnswerOutput(output, format, indented: format == OutputFormat.Json);
        answers.Write(SafeAnswer.For(engine, question), separate: false);
        return ExitCodes.Ok;
    }
}
