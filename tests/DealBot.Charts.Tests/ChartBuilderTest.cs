using DealBot.Chat.Rendering;
using DealBot.Core.Charts;
using DealBot.Core.Quantities;

namespace DealBot.Charts.Tests;

/// <summary>The chart's numbers are the answer's numbers: same models, same billing arithmetic, same clock.</summary>
public sealed class ChartBuilderTest
{
    [Fact]
    public void Spend_DealTotal_EndsAtTheAnswersRange()
    {
        var answer = Charts.Ask("how much will anthropic pay xai in total?");

        var chart = Assert.IsType<SpendChart>(answer.Chart);
        var series = Assert.Single(chart.Series);
        Assert.Equal(new YearMonth(2026, 5), series.First);
        Assert.Equal(new YearMonth(2029, 5), series.Last);
        Assert.Equal(37, series.Cumulative.Count);
        Assert.Equal((answer.Low, answer.Value, answer.High), ((double)series.Total.Low, (double)series.Total.Value, (double)series.Total.High));
    }

    [Fact]
    public void Spend_RampMonths_AreABandFromZeroToTheFullFee()
    {
        var series = Charts.Chart<SpendChart>("anthropic xai total").Series[0];

        Assert.Equal(new Estimate<decimal>(0m, 0.625e9m, 1.25e9m), series.Cumulative[0]);
        Assert.Equal(new Estimate<decimal>(0m, 1.25e9m, 2.5e9m), series.Cumulative[1]);
        Assert.Equal(new Estimate<decimal>(1.25e9m, 2.5e9m, 3.75e9m), series.Cumulative[2]);
        Assert.Equal(new YearMonth(2026, 7), series.FullRateStart);
    }

    [Fact]
    public void Spend_Today_IsTheClocksMonth()
    {
        var chart = Charts.Chart<SpendChart>("anthropic xai total");

        Assert.Equal(new YearMonth(2026, 11), chart.Today);
        Assert.Contains("Today: Nov 2026", chart.Description);
    }

    [Fact]
    public void Spend_Sources_AreTheAnswers()
    {
        var answer = Charts.Ask("anthropic xai total");

        Assert.Equal(answer.Sources, answer.Chart!.Sources);
        Assert.NotEmpty(answer.Chart.Sources);
    }

    [Fact]
    public void Compare_Bars_MatchEachDealsFigure()
    {
        var chart = Charts.Chart<BarChart>("compare xai and oracle per MW-year");

        Assert.Equal(["Anthropic–xAI", "OpenAI–Oracle"], chart.Bars.Select(b => b.Label));
        Assert.Equal(50_000_000m, chart.Bars[0].Value.Value);
        Assert.Equal("per MW-year", chart.Basis);
        Assert.Equal(Core.Answers.AnswerUnit.UsdPerMwPerYear, chart.Unit);
        Assert.Equal("Anthropic–xAI vs OpenAI–Oracle: per MW-year", chart.Title);
    }

    [Fact]
    public void WhatIf_FeeChange_DrawsBothTimelines()
    {
        var answer = Charts.Ask("what if xai were 1B a month");

        var chart = Assert.IsType<SpendChart>(answer.Chart);
        Assert.Equal(2, chart.Series.Count);
        Assert.Equal(45e9m, chart.Series[0].Total.Value);
        Assert.Equal((decimal)answer.Value!.Value, chart.Series[1].Total.Value);
    }

    [Fact]
    public void WhatIf_EarlierEnd_EndsTheWhatIfSeriesThere()
    {
        var chart = Charts.Chart<SpendChart>("what if xai ended in May 2028");

        Assert.Equal(new YearMonth(2028, 5), chart.Series[1].Last);
        Assert.Equal(new YearMonth(2029, 5), chart.Series[0].Last);
    }

    [Fact]
    public void WhatIf_PowerChange_ComparesTheUnitCost()
    {
        var chart = Charts.Chart<BarChart>("what if xai were 500 MW");

        Assert.Equal(["Original", "What-if"], chart.Bars.Select(b => b.Label));
        Assert.Equal(50_000_000m, chart.Bars[0].Value.Value);
        Assert.Equal(30_000_000m, chart.Bars[1].Value.Value);
    }

    [Theory]
    [InlineData("10,000 H100s at $2.50/hr for a year", ChartMessages.NoDeal)]
    [InlineData("openai oracle total", "No chart: OpenAI–Oracle's")]
    public void NoChart_SaysWhyInTheAnswer(string question, string reason)
    {
        var answer = Charts.Ask(question);

        Assert.Null(answer.Chart);
        Assert.Contains(answer.Assumptions, a => a.StartsWith(reason, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("anthropic xai total")]
    [InlineData("compare xai and oracle per MW-year")]
    [InlineData("what if xai were 1B a month")]
    public void Chart_LeavesTheTextAnswerAsItWas(string question)
    {
        var with = Charts.Ask(question);
        var without = Charts.AskWithoutChart(question);

        Assert.Null(without.Chart);
        Assert.Equal(Text(without), Text(with));
        Assert.Equal((without.Value, without.Low, without.High, without.Unit), (with.Value, with.Low, with.High, with.Unit));
    }

    [Theory]
    [InlineData("help")]
    [InlineData("how much is the thing")]
    public void Chart_HelpOrNotUnderstood_AddsNothing(string question)
    {
        var answer = Charts.Ask(question);

        Assert.Null(answer.Chart);
        Assert.Equal(Text(Charts.AskWithoutChart(question)), Text(answer));
    }

    private static string Text(Core.Answers.Answer answer) => AnswerRenderer.Render(answer, TextStyle.Plain);
}
