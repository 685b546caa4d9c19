using System.Buffers.Binary;
using System.Text;
using System.Text.Json;
using DealBot.Cli;
using DealBot.Interactive;
using SkiaSharp;

namespace DealBot.Tests;

/// <summary><c>--chart FILE.png</c>: the console writes the answer's chart to a file; the answer's text is unchanged.</summary>
public sealed class ChartCommandTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("dealbot-chart-").FullName;

    private string ChartPath => Path.Combine(_directory, "deal.png");

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Theory]
    [InlineData(CommandKind.Ask, "ask", "xai total", "--chart", "deal.png")]
    [InlineData(CommandKind.Ask, "ask", "--chart=deal.png", "xai", "total")]
    [InlineData(CommandKind.Chat, "chat", "--chart", "deal.png")]
    public void Parse_Chart_TakesTheFileName(CommandKind kind, params string[] args)
    {
        var command = CommandLine.Parse(args).Command!;

        Assert.Equal(kind, command.Kind);
        Assert.Equal("deal.png", command.ChartPath);
    }

    [Theory]
    [InlineData("--chart needs a file name", "ask", "q", "--chart")]
    [InlineData("--chart needs a file name", "ask", "q", "--chart=")]
    [InlineData("--chart draws one answer", "ask", "--chart", "x.png")]
    [InlineData("--chart belongs to the ask and chat commands", "--chart", "x.png")]
    public void Parse_ChartMisused_GivesOneLineReason(string reason, params string[] args)
    {
        Assert.StartsWith(reason, CommandLine.Parse(args).Error);
    }

    [Fact]
    public void Ask_WithChart_WritesThePngAndPrintsTheSameText()
    {
        var messages = new StringWriter();
        var withChart = new MemoryStream();
        var without = new MemoryStream();

        var exit = AskCommand.Run(TestEngine.Instance, "how much will anthropic pay xai in total?", OutputFormat.Text, withChart, new ChartFile(ChartPath), messages);
        AskCommand.Run(TestEngine.Instance, "how much will anthropic pay xai in total?", OutputFormat.Text, without);

        Assert.Equal(ExitCodes.Ok, exit);
        AssertChart(File.ReadAllBytes(ChartPath));
        Assert.StartsWith($"Chart written to {ChartPath} (800×450 PNG", messages.ToString());
        Assert.Equal(Encoding.UTF8.GetString(without.ToArray()), Encoding.UTF8.GetString(withChart.ToArray()));
        Assert.False(File.Exists(ChartPath + ".tmp"));
    }

    [Fact]
    public void Ask_JsonWithChart_OutputIsStillOneJsonObject()
    {
        var output = new MemoryStream();

        AskCommand.Run(TestEngine.Instance, "compare xai and oracle per MW-year", OutputFormat.Json, output, new ChartFile(ChartPath), new StringWriter());

        Assert.Equal("compare", JsonDocument.Parse(output.ToArray()).RootElement.GetProperty("intent").GetString());
        AssertChart(File.ReadAllBytes(ChartPath));
    }

    [Fact]
    public void Ask_AnswerWithoutChart_LeavesNoFileAndSaysWhy()
    {
        var messages = new StringWriter();
        var output = new MemoryStream();

        var exit = AskCommand.Run(TestEngine.Instance, "10,000 H100s at $2.50/hr for a year", OutputFormat.Text, output, new ChartFile(ChartPath), messages);

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.False(File.Exists(ChartPath));
        Assert.StartsWith("No chart for this answer", messages.ToString());
        Assert.Contains("No chart: charts show", Encoding.UTF8.GetString(output.ToArray()));
    }

    [Fact]
    public void Ask_ChartFileCannotBeWritten_FailsWithAReason()
    {
        var messages = new StringWriter();
        var path = Path.Combine(_directory, "missing-folder", "deal.png");

        var exit = AskCommand.Run(TestEngine.Instance, "xai total", OutputFormat.Text, new MemoryStream(), new ChartFile(path), messages);

        Assert.Equal(ExitCodes.Failure, exit);
        Assert.StartsWith($"Could not write the chart to {path}", messages.ToString());
    }

    [Fact]
    public async Task Chat_WithChart_EachChartReplacesTheFile()
    {
        var output = new StringWriter();

        await new ConsoleChat(TestEngine.Create(), new ChartFile(ChartPath)).RunAsync(new StringReader("what if xai were 500 MW\nand per GPU-hour?\n"), output, interactive: false);

        var text = output.ToString();
        Assert.Equal(2, text.Split("Chart written to").Length - 1);
        Assert.Contains("per GPU-hour", text);
        AssertChart(File.ReadAllBytes(ChartPath));
    }

    private static void AssertChart(byte[] png)
    {
        Assert.Equal((800, 450), (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20))));
        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal((800, 450), (bitmap.Width, bitmap.Height));
    }
}
