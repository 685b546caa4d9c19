using DealBot.Core.Answers;
using DealBot.Core.Catalog;
using DealBot.Core.Queries;
using DealBot.Core.Quantities;

namespace DealBot.Core.Tests.Calculations;

/// <summary>Answers for a pair with no deal between them, and for the electricity bill of the user's own power.</summary>
public class NoSuchDealAndElectricityTest
{
    private static readonly DealCatalog Catalog = CatalogLoader.LoadDefault();
    private static readonly Answerer Answerer = new(Catalog, TimeProvider.System);

    [Fact]
    public void NoSuchDeal_SaysSoPlainly_ListsEachPartysDeals_AndSuggestsQuestionsAboutThem()
    {
        var answer = Answerer.Answer(new DealQuery
        {
            Kind = QueryKind.NoSuchDeal,
            Parties = [new Party("anthropic", "Anthropic"), new Party("nvidia", "Nvidia")],
        });

        Assert.False(answer.Understood);
        Assert.Null(answer.Value);
        Assert.Equal("I have no Anthropic–Nvidia deal in my catalog.", answer.Headline);
        Assert.Contains(answer.Steps, s => s.StartsWith("Anthropic's deals I know: Anthropic–xAI", StringComparison.Ordinal));
        Assert.Contains(answer.Steps, s => s.StartsWith("Nvidia's deals I know: OpenAI–Nvidia", StringComparison.Ordinal));
        Assert.Contains("How much will Anthropic pay xAI (SpaceX) in total?", answer.Suggestions);
        Assert.Empty(answer.DealIds);
    }

    [Fact]
    public void NoSuchDeal_WithAnUnknownParty_SaysItIsNotInTheCatalog()
    {
        var answer = Answerer.Answer(new DealQuery
        {
            Kind = QueryKind.NoSuchDeal,
            Parties = [new Party("openai", "OpenAI"), new Party(null, "Disney")],
        });

        Assert.Equal("I have no OpenAI–Disney deal in my catalog.", answer.Headline);
        Assert.Contains(answer.Steps, s => s.StartsWith("Disney isn't a company in my catalog", StringComparison.Ordinal));
        Assert.Contains(answer.Steps, s => s.StartsWith("OpenAI's deals I know: OpenAI–Oracle", StringComparison.Ordinal));
        Assert.NotEmpty(answer.Suggestions);
    }

    [Theory]
    [InlineData(730, "730", 19_710_000, AnswerUnit.UsdPerMonth)]
    [InlineData(8_760, "8,760", 236_520_000, AnswerUnit.UsdPerYear)]
    [InlineData(24, "24", 648_000, AnswerUnit.UsdPerDay)]
    [InlineData(2_190, "2,190", 59_130_000, AnswerUnit.Usd)]
    public void ElectricityCost_IsMegawattsTimesHoursTimesPrice(int hours, string shown, double expected, AnswerUnit unit)
    {
        var answer = Answerer.Answer(new DealQuery
        {
            Kind = QueryKind.Compute,
            Measure = Measure.ElectricityCost,
            Power = Power.FromMegawatts(300m),
            ElectricityPricePerKwh = Money.FromUsd(0.09m),
            Duration = Duration.FromHours(hours),
        });

        Assert.Equal(expected, answer.Value);
        Assert.Equal(unit, answer.Unit);
        Assert.Equal(Intents.Compute, answer.Intent);
        Assert.Contains(answer.Steps, s => s.StartsWith($"300 MW × {shown} h =", StringComparison.Ordinal));
    }

    [Fact]
    public void ElectricityCost_WithNoDuration_IsPerMonth_AndSaysSo()
    {
        var answer = Answerer.Answer(new DealQuery
        {
            Kind = QueryKind.Compute,
            Measure = Measure.ElectricityCost,
            Power = Power.FromMegawatts(300m),
            ElectricityPricePerKwh = Money.FromUsd(0.09m),
        });

        Assert.Equal(19_710_000, answer.Value);
        Assert.Equal(AnswerUnit.UsdPerMonth, answer.Unit);
        Assert.Contains(answer.Assumptions, a => a.StartsWith("No duration given", StringComparison.Ordinal));
    }
}
