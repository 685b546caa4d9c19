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

    [Fact]
    public async Task Comparison_IsAnAlignedTableThenNumberedSourcesWithTheirUrlsOnTheirOwnLines()
    {
        var output = new StringWriter();

        await new ConsoleChat(TestEngine.Create()).RunAsync(new StringReader("compare xai and google per gpu hour\n"), output, interactive: false);

        var lines = output.ToString().TrimEnd().Split('\n');
        Assert.Equal("Anthropic–xAI vs Google–xAI, per GPU-hour: $7.78 vs $11.46 — 0.68×", lines[0]);
        Assert.Equal(["Deal           Per GPU-hour         Range", "Anthropic–xAI  $7.78 per GPU-hour   $5.27–$7.78", "Google–xAI     $11.46 per GPU-hour"], lines[1..4]);
        var sources = lines.SkipWhile(l => l != "Sources:").Skip(1).ToArray();
        Assert.Equal(["1. ", "   https://"], [sources[0][..3], sources[1][..11]]);
    }
}
