using DealBot.Chat.Rendering;

namespace DealBot.Chat.Tests.Rendering;

/// <summary>Text cut to a client's limit reads: at a word or a whole line, marked with "…", never inside an emoji.</summary>
public sealed class TextFitTest
{
    [Theory]
    [InlineData("short", 10, "short")]
    [InlineData("one two three four five", 12, "one two…")]
    [InlineData("$7.78 vs $11.46 — 0.68×", 18, "$7.78 vs $11.46…")]
    [InlineData("abcdefghijklmnop", 8, "abcdefg…")]
    [InlineData("a abcdefghijklmnop", 8, "a abcde…")]
    [InlineData("😀😀😀", 4, "😀…")]
    [InlineData("anything", 1, "…")]
    public void Cut_EndsAtAWordWhenOneIsNearTheLimit(string text, int max, string cut)
    {
        var result = TextFit.Cut(text, max);

        Assert.Equal(cut, result);
        Assert.True(result.Length <= max, "within the limit");
    }

    [Theory]
    [InlineData(new[] { "a", "b", "c" }, 10, "a\nb\nc")]
    [InlineData(new[] { "a", "b", "c" }, 5, "a\nb\nc")]
    [InlineData(new[] { "a", "b", "c" }, 4, "a\n+2")]
    [InlineData(new[] { "a", "b", "a longer line" }, 7, "a\nb\n+1")]
    public void Lines_WholeLinesThenHowManyAreLeftOut(string[] lines, int max, string text)
    {
        Assert.Equal(text, TextFit.Lines(lines, max, n => $"+{n}"));
    }

    [Fact]
    public void Lines_FirstLineLongerThanTheLimit_IsCutAtAWord()
    {
        Assert.Equal("one two…", TextFit.Lines(["one two three four five"], 12, n => $"+{n}"));
    }
}
