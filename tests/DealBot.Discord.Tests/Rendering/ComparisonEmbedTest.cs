using System.Text.Json;
using System.Text.Json.Nodes;
using DealBot.Discord.Json;
using DealBot.Discord.Rendering;
using DealBot.Discord.Tests.Fakes;

namespace DealBot.Discord.Tests.Rendering;

/// <summary>
/// A comparison on Discord: the one-line headline as content and title, one inline field a deal (side by side) with
/// its figure and range or its reason, then each deal's working in a field under its name, numbered sources as links;
/// inside every limit Discord validates (<see cref="DiscordRules"/>).
/// </summary>
public sealed class ComparisonEmbedTest
{
    [Theory]
    [MemberData(nameof(Comparisons.Cases), MemberType = typeof(Comparisons))]
    public void Render_Comparison_MatchesThePayloadSnapshotWithinDiscordsLimits(string name)
    {
        var message = Message(Comparisons.Named(name));

        Assert.Empty(DiscordRules.MessageProblems(message));
        Snapshot.MatchesJson(message, $"discord-{name}.json");
    }

    [Theory]
    [MemberData(nameof(Comparisons.Cases), MemberType = typeof(Comparisons))]
    public void Render_Comparison_OneInlineFieldADealThenEachDealsWorkingUnderItsName(string name)
    {
        var answer = Comparisons.Named(name);

        var embed = EmbedRenderer.Render(answer).Embed!;

        var deals = answer.Comparison!.Deals;
        Assert.Equal(deals.Select(d => d.Name), embed.Fields!.Where(f => f.Inline == true).Select(f => f.Name));
        var working = embed.Fields!.Where(f => f.Inline != true).TakeWhile(f => f.Name != "Assumptions");
        Assert.Equal(deals.Where(d => d.Steps.Count > 0).Select(d => d.Name), working.Select(f => f.Name));
        Assert.All(working, f => Assert.StartsWith("- ", f.Value, StringComparison.Ordinal));
        Assert.All(deals.Where(d => d.Missing is not null), deal => Assert.Equal(deal.Missing, embed.Fields!.Single(f => f.Name == deal.Name).Value));
        Assert.StartsWith("1. [", embed.Fields!.Single(f => f.Name == "Sources").Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_EveryDealInTheCatalog_NamesThoseOverTheFieldLimitInOneField()
    {
        var answer = Comparisons.AllDeals();

        var reply = EmbedRenderer.Render(answer);

        Assert.Empty(DiscordRules.MessageProblems(Message(answer)));
        var inline = reply.Embed!.Fields!.Where(f => f.Inline == true).ToList();
        Assert.Equal($"+{answer.Comparison!.Deals.Count - inline.Count + 1} more", inline[^1].Name);
        Assert.Contains(answer.Comparison.Deals[^1].Name, inline[^1].Value, StringComparison.Ordinal);
    }

    [Fact]
    public void Render_OversizedComparison_IsCutToEveryLimitAtWords()
    {
        var answer = Comparisons.Oversized();

        var reply = EmbedRenderer.Render(answer);

        Assert.Empty(DiscordRules.MessageProblems(Message(answer)));
        var embed = reply.Embed!;
        Assert.EndsWith(" name…", embed.Title, StringComparison.Ordinal);
        Assert.EndsWith("(3 without a figure)", reply.Content, StringComparison.Ordinal);
        Assert.All(embed.Fields!.Where(f => f.Inline == true), f => Assert.EndsWith(" name…", f.Name, StringComparison.Ordinal));
        Assert.Contains(embed.Fields!, f => f.Value.EndsWith(" reason…", StringComparison.Ordinal));
        Assert.Null(embed.Description);
    }

    private static JsonNode Message(Core.Answers.Answer answer) =>
        JsonNode.Parse(JsonSerializer.SerializeToUtf8Bytes(EmbedRenderer.Render(answer).ToMessage("600000000000000001", pingAsker: false), DiscordJsonContext.Default.JsonCreateMessage))!;
}
