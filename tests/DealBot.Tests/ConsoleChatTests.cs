using DealBot.Interactive;

namespace DealBot.Tests;

public sealed class ConsoleChatTests
{
    [Fact]
    public void Interactive_PromptsGreetsAndEndsOnQuit()
    {
        var output = new StringWriter();

        var exit = new ConsoleChat(TestEngine.Create()).Run(new StringReader("xai per year\nquit\nxai per month\n"), output, interactive: true);

        Assert.Equal(0, exit);
        var text = output.ToString();
        Assert.StartsWith(ConsoleChat.Greeting, text);
        Assert.Equal(2, text.Split(ConsoleChat.Prompt).Length - 1);
        Assert.Contains("$15B", text);
        Assert.DoesNotContain("$1.25B/month —", text);
    }

    [Fact]
    public void Interactive_EndOfInput_EndsTheChat()
    {
        var output = new StringWriter();

        var exit = new ConsoleChat(TestEngine.Create()).Run(new StringReader(""), output, interactive: true);

        Assert.Equal(0, exit);
        Assert.EndsWith(ConsoleChat.Prompt + Environment.NewLine, output.ToString());
    }

    [Fact]
    public void Piped_NoPromptNoGreeting_BlankLinesSkipped()
    {
        var output = new StringWriter();

        new ConsoleChat(TestEngine.Create()).Run(new StringReader("\n\nxai per year\n\n"), output, interactive: false);

        var text = output.ToString();
        Assert.DoesNotContain(ConsoleChat.Prompt, text);
        Assert.StartsWith("$15B", text);
        Assert.Single(text.TrimEnd().Split(Environment.NewLine + Environment.NewLine));
    }

    [Fact]
    public void FollowUp_KeepsTheDealOfThePreviousQuestion()
    {
        var output = new StringWriter();

        new ConsoleChat(TestEngine.Create()).Run(new StringReader("openai oracle per year\nand per month?\n"), output, interactive: false);

        var answers = output.ToString().TrimEnd().Split(Environment.NewLine + Environment.NewLine);
        Assert.Equal(2, answers.Length);
        Assert.Contains("Oracle", answers[1].Split('\n')[0]);
    }
}
