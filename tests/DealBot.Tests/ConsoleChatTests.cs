using DealBot.Interactive;

namespace DealBot.Tests;

public sealed class ConsoleChatTests
{
    [Fact]
    public async Task Interactive_PromptsGreetsAndEndsOnQuit()
    {
        var output = new StringWriter();

        var exit = await new ConsoleChat(TestEngine.Create()).RunAsync(new StringReader("xai per year\nquit\nxai per month\n"), output, interactive: true);

        Assert.Equal(0, exit);
        var text = output.ToString();
        Assert.StartsWith(ConsoleChat.Greeting, text);
        Assert.Equal(2, text.Split(ConsoleChat.Prompt).Length - 1);
        Assert.Contains("$15B", text);
        Assert.DoesNotContain("$1.25B/month —", text);
    }

    [Fact]
    public async Task Interactive_EndOfInput_EndsTheChat()
    {
        var output = new StringWriter();

        var exit = await new ConsoleChat(TestEngine.Create()).RunAsync(new StringReader(""), output, interactive: true);

        Assert.Equal(0, exit);
        Assert.EndsWith(ConsoleChat.Prompt + Environment.NewLine, output.ToString());
    }

    [Fact]
    public async Task Piped_NoPromptNoGreeting_BlankLinesSkipped()
    {
        var output = new StringWriter();

        await new ConsoleChat(TestEngine.Create()).RunAsync(new StringReader("\n\nxai per year\n\n"), output, interactive: false);

        var text = output.ToString();
        Assert.DoesNotContain(ConsoleChat.Prompt, text);
        Assert.StartsWith("$15B", text);
        Assert.Single(text.TrimEnd().Split(Environment.NewLine + Environment.NewLine));
    }

    [Fact]
    public async Task FollowUp_KeepsTheDealOfThePreviousQuestion()
    {
        var output = new StringWriter();

        await new ConsoleChat(TestEngine.Create()).RunAsync(new StringReader("openai oracle per year\nand per month?\n"), output, interactive: false);

        var answers = output.ToString().TrimEnd().Split(Environment.NewLine + Environment.NewLine);
        Assert.Equal(2, answers.Length);
        Assert.Contains("Oracle", answers[1].Split('\n')[0]);
    }
}
