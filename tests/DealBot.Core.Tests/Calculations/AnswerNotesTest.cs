using DealBot.Core.Answers;
using DealBot.Core.Catalog;
using DealBot.Core.Queries;
using DealBot.Core.Quantities;

namespace DealBot.Core.Tests.Calculations;

/// <summary>
/// Fee periods and unit costs added in the robustness pass, and what an answer says about the user's own input
/// (a figure to check, another currency, a carried what-if). Expected values are worked by hand from the catalog.
/// </summary>
public class AnswerNotesTest
{
    private static readonly DealCatalog Catalog = CatalogLoader.LoadDefault();
    private static readonly Answerer Answerer = new(Catalog, new FakeTimeProviderAt2026());

    [Theory]
    [InlineData(Measure.HourlyCost, 1_712_328.77, AnswerUnit.UsdPerHour)] // 1.25e9 ÷ 730 h
    [InlineData(Measure.WeeklyCost, 287_671_232.88, AnswerUnit.UsdPerWeek)] // 1.25e9 × 12 ÷ 365 × 7
    [InlineData(Measure.PerGpuYear, 68_181.82, AnswerUnit.UsdPerGpuPerYear)] // 1.25e9 × 12 ÷ 220,000
    public void FeePeriods_AreTheMonthlyFeeRescaled(Measure measure, double expected, AnswerUnit unit)
    {
        var answer = Answerer.Answer(new DealQuery { Kind = QueryKind.Deal, Measure = measure });

        Assert.Equal(expected, answer.Value!.Value, 0.01);
        Assert.Equal(unit, answer.Unit);
        Assert.NotEmpty(answer.Steps);
    }

    [Fact]
    public void PerGpuYear_RangesOverTheGpuCounts() // 1.25e9 × 12 ÷ 325,000 = 46,153.85
    {
        var answer = Answerer.Answer(new DealQuery { Kind = QueryKind.Deal, Measure = Measure.PerGpuYear });

        Assert.Equal(46_153.85, answer.Low!.Value, 0.01);
        Assert.Equal(68_181.82, answer.High!.Value, 0.01);
    }

    [Theory]
    [InlineData(40_000_000_000, "more than that")]
    [InlineData(45_000_000_000, "matches")]
    [InlineData(1_000_000_000_000, "less than that")]
    public void QuotedAmount_IsCheckedAgainstTheTotal(decimal quoted, string verdict)
    {
        var answer = Answerer.Answer(new DealQuery { Kind = QueryKind.Deal, Measure = Measure.Total, QuotedAmount = Money.FromUsd(quoted) });

        Assert.Equal(45e9, answer.Value);
        Assert.Contains(answer.Assumptions, a => a.StartsWith("You mentioned") && a.Contains(verdict));
    }

    [Fact]
    public void CarriedScenario_SaysWhichScenarioAndHowToLeave()
    {
        var answer = Answerer.Answer(new DealQuery
        {
            Kind = QueryKind.WhatIf,
            Measure = Measure.MinimumCommitment,
            Changes = new DealChanges { MonthlyFee = Money.FromUsd(1_000_000_000m) },
            ScenarioCarried = true,
        });

        Assert.Contains("if the fee were $1B/month", answer.Headline);
        Assert.Contains(AnswerMessages.ScenarioCarried, answer.Steps);
    }

    private sealed class FakeTimeProviderAt2026 : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);
    }
}
