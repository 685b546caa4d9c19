using DealBot.Chat.Rendering;
using DealBot.Core.Catalog;

namespace DealBot.Chat.Tests.Rendering;

/// <summary>Sources that scan: numbered, one a line, short title, date and status, linked where the surface links.</summary>
public sealed class SourceListTest
{
    private static readonly Source Filing = new("s1", "SpaceX S-1 pp. 13, 146 and F-62: $1.25B a month through May 2029 (as quoted by xix.ai)",
        "https://xix.ai/a", new DateOnly(2026, 5, 20), FactStatus.Confirmed);

    [Theory]
    [InlineData("SpaceX S-1 pp. 13, 146 and F-62: $1.25B a month", "SpaceX S-1 pp. 13, 146 and F-62")]
    [InlineData("Amended S-1/A (2026-06-01): termination after three months", "Amended S-1/A (2026-06-01)")]
    [InlineData("WSJ: a name too short to stand alone", "WSJ: a name too short to stand alone")]
    [InlineData("A title without a name part that goes on and on past sixty characters in all",
        "A title without a name part that goes on and on past sixty…")]
    public void ShortTitle_IsTheNameBeforeTheColonAndAtMostSixtyCharacters(string title, string shortTitle)
    {
        var source = Filing with { Title = title };

        Assert.Equal(shortTitle, SourceList.ShortTitle(source));
    }

    [Fact]
    public void Line_Plain_PutsTheUrlOnItsOwnLine()
    {
        Assert.Equal("2. SpaceX S-1 pp. 13, 146 and F-62 — 2026-05-20, confirmed\n   https://xix.ai/a", SourceList.Line(2, Filing, TextStyle.Plain));
    }

    [Fact]
    public void Line_Markdown_LinksTheTitle()
    {
        Assert.Equal("1. [SpaceX S-1 pp. 13, 146 and F-62](<https://xix.ai/a>) — 2026-05-20, confirmed", SourceList.Line(1, Filing, TextStyle.Markdown));
    }

    [Fact]
    public void Lines_AreNumberedFromOne()
    {
        var lines = SourceList.Lines([Filing, Filing with { Id = "s2", Status = FactStatus.Reported }], TextStyle.Markdown);

        Assert.Equal(["1. ", "2. "], lines.Select(l => l[..3]));
        Assert.EndsWith("reported", lines[1], StringComparison.Ordinal);
    }
}
