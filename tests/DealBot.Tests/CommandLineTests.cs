using DealBot.Cli;

namespace DealBot.Tests;

public sealed class CommandLineTests
{
    [Fact]
    public void NoArguments_RunsTheDefault()
    {
        var command = Parse();

        Assert.Equal(CommandKind.Default, command.Kind);
        Assert.Null(command.Question);
    }

    [Fact]
    public void Ask_JoinsTheWordsOfTheQuestion()
    {
        var command = Parse("ask", "xai", "per", "year");

        Assert.Equal(CommandKind.Ask, command.Kind);
        Assert.Equal(OutputFormat.Text, command.Format);
        Assert.Equal("xai per year", command.Question);
    }

    [Theory]
    [InlineData(OutputFormat.Json, "ask", "--format", "json", "q")]
    [InlineData(OutputFormat.Json, "ask", "--format=json", "q")]
    [InlineData(OutputFormat.Jsonl, "ask", "-f", "jsonl")]
    [InlineData(OutputFormat.Jsonl, "ask", "--format", "JSONL")]
    [InlineData(OutputFormat.Text, "ask", "--format", "text", "q")]
    public void Ask_Format_IsReadInEitherSpelling(OutputFormat expected, params string[] args)
    {
        Assert.Equal(expected, Parse(args).Format);
    }

    [Fact]
    public void Ask_WithoutAQuestion_ReadsStdin()
    {
        Assert.Null(Parse("ask", "--format", "jsonl").Question);
    }

    [Fact]
    public void DoubleDash_EndsTheOptions_SoAQuestionMayStartWithAMinus()
    {
        var command = Parse("ask", "--", "-5", "GPUs", "--format");

        Assert.Equal("-5 GPUs --format", command.Question);
        Assert.Equal(OutputFormat.Text, command.Format);
    }

    [Fact]
    public void ConfigurationOverrides_GoToTheHostWhereverTheyStand()
    {
        var command = Parse("--DealBot:CatalogPath=/tmp/c.json", "ask", "--Logging:LogLevel:Default=Debug", "q");

        Assert.Equal(["--DealBot:CatalogPath=/tmp/c.json", "--Logging:LogLevel:Default=Debug"], command.ConfigurationArgs);
        Assert.Equal("q", command.Question);
    }

    [Fact]
    public void Urls_IsTheOneTopLevelKeyAccepted_AsAspNetCoreHostsDo()
    {
        var command = Parse("--Urls=http://0.0.0.0:9000");

        Assert.Equal(CommandKind.Default, command.Kind);
        Assert.Equal(["--Urls=http://0.0.0.0:9000"], command.ConfigurationArgs);
    }

    [Fact]
    public void ConfigurationOverride_AfterDoubleDash_IsPartOfTheQuestion()
    {
        var command = Parse("ask", "--", "--DealBot:X=1");

        Assert.Empty(command.ConfigurationArgs);
        Assert.Equal("--DealBot:X=1", command.Question);
    }

    [Theory]
    [InlineData("--help")]
    [InlineData("-h")]
    [InlineData("help")]
    [InlineData("ask", "--help")]
    public void Help_IsRecognised(params string[] args)
    {
        Assert.Equal(CommandKind.Help, Parse(args).Kind);
    }

    [Fact]
    public void Chat_IsACommand()
    {
        Assert.Equal(CommandKind.Chat, Parse("chat").Kind);
    }

    [Fact]
    public void Chat_TakesAMachineFormat_ForScriptedConversations()
    {
        var command = Parse("chat", "--format", "jsonl");

        Assert.Equal((CommandKind.Chat, OutputFormat.Jsonl), (command.Kind, command.Format));
    }

    [Theory]
    [InlineData("unknown command 'frobnicate'", "frobnicate")]
    [InlineData("unknown option '--colour'", "ask", "--colour", "q")]
    [InlineData("unknown option '--Urlz=x'", "--Urlz=x")]
    [InlineData("unknown option '-5'", "ask", "-5", "GPUs")]
    [InlineData("unknown format 'yaml'", "ask", "--format", "yaml")]
    [InlineData("--format needs a value", "ask", "--format")]
    [InlineData("--format belongs to the ask and chat commands", "--format", "json")]
    [InlineData("--chart draws into a file for people", "chat", "--format", "jsonl", "--chart", "x.png")]
    [InlineData("unexpected argument 'hello'", "chat", "hello")]
    [InlineData("a question needs the ask command", "--", "xai")]
    public void BadArguments_GiveOneLineReason(string reason, params string[] args)
    {
        var result = CommandLine.Parse(args);

        Assert.Null(result.Command);
        Assert.StartsWith(reason, result.Error);
        Assert.DoesNotContain('\n', result.Error!);
    }

    [Fact]
    public void BadArgument_WithControlCharactersOrGreatLength_IsShortenedInTheMessage()
    {
        var result = CommandLine.Parse([new string('x', 500) + "\n\u0007"]);

        Assert.True(result.Error!.Length < 100);
        Assert.DoesNotContain('\n', result.Error);
    }

    private static CliCommand Parse(params string[] args)
    {
        var result = CommandLine.Parse(args);
        Assert.Null(result.Error);
        return result.Command!;
    }
}
