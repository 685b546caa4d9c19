using DealBot.Core.Catalog;

namespace DealBot.Charts.Tests;

public sealed class CaptionTest
{
    private static Source Source(string title, int day) => new("s" + day, title, "https://example.com/" + day, new DateOnly(2026, 5, day), FactStatus.Confirmed);

    [Fact]
    public void Sources_Two_NamesBothWithDates()
    {
        var caption = Caption.Sources([Source("SpaceX S-1", 20), Source("Anthropic announcement", 6)]);

        Assert.Equal("Sources: SpaceX S-1 (2026-05-20); Anthropic announcement (2026-05-06)", caption);
    }

    [Fact]
    public void Sources_Many_FitOneLineAndCountTheRest()
    {
        var sources = Enumerable.Range(1, 12).Select(i => Source($"A fairly long source title number {i}", i)).ToList();

        var caption = Caption.Sources(sources);

        Assert.True(caption.Length <= 120 + " (+12 more)".Length, caption);
        Assert.Matches(@"\(\+\d+ more\)$", caption);
    }

    [Fact]
    public void Sources_None_IsEmpty()
    {
        Assert.Equal("", Caption.Sources([]));
    }
}
