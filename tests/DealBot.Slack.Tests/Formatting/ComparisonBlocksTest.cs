using System.Text.Json;
using System.Text.Json.Nodes;
using DealBot.Slack.Formatting;
using DealBot.Slack.Tests.Fakes;

namespace DealBot.Slack.Tests.Formatting;

/// <summary>
/// A comparison on Slack: the one-line headline as the header, one section field a deal (side by side) with its
/// figure and range or its reason, each deal's working in its own section, numbered sources as links; inside every
/// Block Kit limit (<see cref="BlockKitRules"/>).
/// </summary>
public sealed class ComparisonBlocksTest
{
    [Theory]
    [MemberData(nameof(Comparisons.Cases), MemberType = typeof(Comparisons))]
    public void Message_Comparison_MatchesThePayloadSnapshotWithinSlacksLimits(string name)
    {
        var message = SlackAnswerFormat.Message(Comparisons.Named(name));

        Assert.Empty(BlockKitRules.MessageProblems(Element(message)));
        Snapshot.MatchesJson(message, $"slack-{name}.json");
    }

    [Theory]
    [MemberData(nameof(Comparisons.Cases), MemberType = typeof(Comparisons))]
    public void Message_Comparison_OneFieldADealThenEachDealsWorking(string name)
    {
        var answer = Comparisons.Named(name);

        var blocks = Element(SlackAnswerFormat.Message(answer)).GetProperty("blocks").EnumerateArray().ToArray();

        var deals = answer.Comparison!.Deals;
        var fields = blocks[1].GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("text").GetString()!).ToArray();
        Assert.Equal(deals.Select(d => $"*{d.Name}*"), fields.Select(f => f.Split('\n')[0]));
        var working = blocks[2..].Where(b => b.TryGetProperty("text", out _)).Select(b => b.GetProperty("text").GetProperty("text").GetString()!.Split('\n')[0]);
        Assert.Equal(deals.Where(d => d.Steps.Count > 0).Select(d => $"*{d.Name}*"), working.Where(title => title != "*Assumptions*"));
        Assert.StartsWith("1. <https://", blocks[^1].GetProperty("elements")[0].GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Message_EveryDealInTheCatalog_NamesThoseOverTenInTheLastField()
    {
        var answer = Comparisons.AllDeals();

        var message = Element(SlackAnswerFormat.Message(answer));

        Assert.Empty(BlockKitRules.MessageProblems(message));
        var last = message.GetProperty("blocks")[1].GetProperty("fields")[9].GetProperty("text").GetString()!;
        Assert.StartsWith($"*+{answer.Comparison!.Deals.Count - 9} more*\n", last, StringComparison.Ordinal);
    }

    [Fact]
    public void Message_OversizedComparison_IsCutToEveryLimitAtWords()
    {
        var message = Element(SlackAnswerFormat.Message(Comparisons.Oversized()));

        Assert.Empty(BlockKitRules.MessageProblems(message));
        Assert.EndsWith(" basis…", MessageText.Header(message), StringComparison.Ordinal);
        var fields = message.GetProperty("blocks")[1].GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("text").GetString()!);
        Assert.Contains(fields, f => f.EndsWith(" reason…", StringComparison.Ordinal));
        var sources = message.GetProperty("blocks").EnumerateArray().Last().GetProperty("elements")[0].GetProperty("text").GetString()!;
        Assert.Matches(@"^1\. <https://[^\n]+\n(.+\n)+\+\d+ more$", sources);
    }

    private static JsonElement Element(JsonObject message) => JsonSerializer.SerializeToElement(message);
}
