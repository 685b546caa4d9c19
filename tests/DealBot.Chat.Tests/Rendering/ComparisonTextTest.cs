using DealBot.Chat.Rendering;
using DealBot.Core.Answers;

namespace DealBot.Chat.Tests.Rendering;

/// <summary>
/// A comparison as text (the console, the JSON <c>text</c>): a one-line headline, an aligned table of the deals,
/// each deal's working under its name (a deal without the figure with its reason), then numbered sources.
/// </summary>
public sealed class ComparisonTextTest
{
    [Theory]
    [MemberData(nameof(Comparisons.Cases), MemberType = typeof(Comparisons))]
    public void Render_Comparison_MatchesTheConsoleSnapshot(string name)
    {
        var text = AnswerRenderer.Render(Comparisons.Named(name), TextStyle.Plain);

        Snapshot.Matches(text, $"console-{name}.txt");
    }

    [Theory]
    [InlineData("two-deals", "Anthropic–xAI vs Google–xAI, per GPU-hour: $7.78 vs $11.46 — 0.68×")]
    [InlineData("three-deals", "3 deals, per GPU-hour: highest Google–xAI $11.46, lowest Anthropic–xAI $7.78 — 1.47× (1 without a figure)")]
    [InlineData("five-deals", "5 deals, per year: highest OpenAI–Oracle $60B, lowest Microsoft–Nebius $3.48B — 17.24×")]
    public void Headline_Comparison_IsOneLine(string name, string headline)
    {
        Assert.Equal(headline, SideBySide.Headline(Comparisons.Named(name)));
    }

    [Fact]
    public void Headline_TwoDealsOneWithoutTheFigure_SaysSoWithoutARatio()
    {
        var comparison = Comparisons.Named("three-deals").Comparison!;

        var headline = SideBySide.Headline(comparison with { Deals = comparison.Deals.Skip(1).ToArray() });

        Assert.Equal("Google–xAI vs OpenAI–Oracle, per GPU-hour: $11.46 vs no figure", headline);
    }

    [Theory]
    [MemberData(nameof(Comparisons.Cases), MemberType = typeof(Comparisons))]
    public void Render_Comparison_TableColumnsStartAtTheSamePlaceInEveryRow(string name)
    {
        var answer = Comparisons.Named(name);

        var rows = AnswerRenderer.Render(answer, TextStyle.Plain).Split('\n')[1..(answer.Comparison!.Deals.Count + 2)];

        var figureColumn = rows[0].IndexOf("Per ", StringComparison.Ordinal);
        Assert.All(answer.Comparison.Deals.Zip(rows[1..]), pair =>
        {
            Assert.StartsWith(pair.First.Name, pair.Second, StringComparison.Ordinal);
            Assert.Equal(pair.First.Figure ?? "no figure (see below)", pair.Second[figureColumn..].Split("  ")[0]);
        });
    }

    [Fact]
    public void Render_DealWithoutTheFigure_NamedWithItsReason()
    {
        var text = AnswerRenderer.Render(Comparisons.Named("three-deals"), TextStyle.Plain);

        Assert.Contains("\nOpenAI–Oracle: No source gives OpenAI–Oracle's GPU count", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_Comparison_KeepsTheMachineUnit()
    {
        var json = AnswerJson.ToJson(Comparisons.Named("two-deals"));

        Assert.Contains("\"unit\":\"USD/GPU/hour\"", json, StringComparison.Ordinal);
        Assert.Contains("per GPU-hour", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_Comparison_HasNoSingleValue_ButEachDealsFigureOrReason()
    {
        using var json = System.Text.Json.JsonDocument.Parse(AnswerJson.ToJson(Comparisons.Named("three-deals")));
        var root = json.RootElement;

        // "how much more does google pay", "how many times bigger": the first deal's figure alone would answer them wrongly.
        Assert.Equal(System.Text.Json.JsonValueKind.Null, root.GetProperty("value").ValueKind);
        var deals = root.GetProperty("compared").EnumerateArray().ToList();
        Assert.Equal(["Anthropic–xAI", "Google–xAI", "OpenAI–Oracle"], deals.Select(d => d.GetProperty("name").GetString()));
        Assert.Equal(7.783312577833126, deals[0].GetProperty("value").GetDouble(), 9); // qalc: 1.25e9/(220000*730)
        Assert.Equal("USD/GPU/hour", deals[1].GetProperty("unit").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, deals[2].GetProperty("value").ValueKind);
        Assert.Contains("GPU count", deals[2].GetProperty("missing").GetString(), StringComparison.Ordinal);
    }
}
