using DealBot.Cli;

namespace DealBot.Tests;

public sealed class LineReaderTests
{
    [Theory]
    [InlineData("", new string[0])]
    [InlineData("\n", new[] { "" })]
    [InlineData("a", new[] { "a" })]
    [InlineData("a\n", new[] { "a" })]
    [InlineData("a\n\nb", new[] { "a", "", "b" })]
    [InlineData("a\r\nb\r\n", new[] { "a", "b" })]
    [InlineData("a\rb\n", new[] { "a\rb" })]
    [InlineData("\uFEFFa\n\uFEFFb", new[] { "a", "\uFEFFb" })]
    [InlineData("\uFEFF", new string[0])]
    public void Lines_SplitOnNewlineOnly(string input, string[] expected)
    {
        Assert.Equal(expected, ReadAll(input));
    }

    [Fact]
    public void LineLongerThanTheBuffer_IsReadWhole()
    {
        var line = new string('x', 20_000) + new string('y', 10_000);

        Assert.Equal([line, "next"], ReadAll(line + "\r\nnext\n"));
    }

    [Fact]
    public void OverlongLine_IsCutAtTheLimit_AndTheNextLineIsIntact()
    {
        var line = new string('x', LineReader.MaxLineLength * 3);

        var lines = ReadAll(line + "\nnext");

        Assert.Equal(2, lines.Length);
        Assert.Equal(LineReader.MaxLineLength, lines[0].Length);
        Assert.Equal("next", lines[1]);
    }

    [Fact]
    public void BeforeWaiting_IsCalledEachTimeMoreInputIsNeeded()
    {
        var waits = 0;
        var reader = new LineReader(new StringReader("a\nb\n"), () => waits++);

        reader.ReadLine();
        Assert.Equal(1, waits);
        reader.ReadLine();
        Assert.Equal(1, waits);
        Assert.Null(reader.ReadLine());
        Assert.Equal(2, waits);
    }

    private static string[] ReadAll(string input)
    {
        var reader = new LineReader(new StringReader(input));
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return lines.ToArray();
    }
}
