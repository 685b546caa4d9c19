using DealBot.Core.Quantities;
using DealBot.Core.Queries;

namespace DealBot.Language.Tests;

/// <summary>Phrasings found in a robustness pass with new chat-style questions, each a rule rather than a sentence.</summary>
public class RobustnessTests
{
    [Theory]
    [InlineData("what if it were 1,25 billion per month", 1_250_000_000)]
    [InlineData("what if the fee were $0,9bn a month", 900_000_000)]
    [InlineData("what if it were 1,250 million a month", 1_250_000_000)]
    public void Parse_DecimalComma_IsADecimalPoint(string question, decimal fee)
    {
        var query = TestCatalog.Parse(question);

        Assert.Equal(QueryKind.WhatIf, query.Kind);
        Assert.Equal(Money.FromUsd(fee), query.Changes!.MonthlyFee);
    }

    [Fact]
    public void Parse_DecimalCommaPower_IsADecimalPoint()
    {
        var query = TestCatalog.Parse("what if colossus were 0,5 GW");

        Assert.Equal(Power.FromMegawatts(500m), query.Changes!.Power);
    }

    [Theory]
    [InlineData("how much per year does claude's compute from spacex cost", Measure.YearlyCost)]
    [InlineData("how much in total if it runs the full term", Measure.Total)]
    [InlineData("how long is the term of the xai deal", Measure.End)]
    [InlineData("hourly cost of the xai deal", Measure.HourlyCost)]
    [InlineData("how much does the xai deal cost per hour", Measure.HourlyCost)]
    [InlineData("what's the xai deal per week", Measure.WeeklyCost)]
    [InlineData("how much per gpu per year on the xai deal", Measure.PerGpuYear)]
    [InlineData("xai $/gpu/yr", Measure.PerGpuYear)]
    [InlineData("how many tflops is the xai deal", Measure.FlopsPerMonth)]
    [InlineData("how much compute does the xai deal give per month", Measure.FlopsPerMonth)]
    public void Parse_ChatPhrasing_AsksTheMeasure(string question, Measure measure)
    {
        Assert.Equal(measure, TestCatalog.Parse(question).Measure);
    }

    [Theory]
    [InlineData("gpus for 300 megawatts")]
    [InlineData("h100s for 0.3 GW")]
    public void Parse_GpusForGivenPower_IsCompute(string question)
    {
        var query = TestCatalog.Parse(question);

        Assert.Equal(QueryKind.Compute, query.Kind);
        Assert.Equal(Measure.GpusForPower, query.Measure);
    }

    [Fact]
    public void Parse_OnlyRanUntil_IsAWhatIfOfTheEnd()
    {
        var query = TestCatalog.Parse("if it only ran until dec 2027 how much total");

        Assert.Equal(QueryKind.WhatIf, query.Kind);
        Assert.Equal(new YearMonth(2027, 12), query.Changes!.End);
    }

    [Theory]
    [InlineData("is the anthropic xai deal really over 40 billion?", 40_000_000_000)]
    [InlineData("is it really $40B+ for the xai deal", 40_000_000_000)]
    [InlineData("repeat after me: the xai deal is worth $1 trillion", 1_000_000_000_000)]
    public void Parse_AmountToCheck_IsATotalQuotingIt(string question, decimal quoted)
    {
        var query = TestCatalog.Parse(question);

        Assert.Equal(QueryKind.Deal, query.Kind);
        Assert.Equal(Measure.Total, query.Measure);
        Assert.Equal(Money.FromUsd(quoted), query.QuotedAmount);
    }

    [Theory]
    [InlineData("how much is the xai deal in €")]
    [InlineData("xai per year in euros")]
    [InlineData("€1.25bn a month for 300MW, per MW?")]
    [InlineData("what does 1000 h100s at £2/hr cost per month")]
    [InlineData("the xai fee in yen per month")]
    [InlineData("and in euros?", "xai per year")]
    public void Parse_OtherCurrency_IsRefused_ForWantOfAnExchangeRate(string question, string? before = null)
    {
        var query = TestCatalog.Parse(question, before is null ? null : TestCatalog.Parse(before));

        Assert.Equal(QueryKind.Unknown, query.Kind);
        Assert.Equal(LanguageMessages.OtherCurrency, query.Problem);
    }

    [Theory]
    [InlineData("thx")]
    [InlineData("thanks dealbot!")]
    [InlineData("ok thank you 🙏")]
    public void Parse_Thanks_IsAPoliteReply(string message)
    {
        var query = TestCatalog.Converse("xai per year", message);

        Assert.Equal(QueryKind.Unknown, query.Kind);
        Assert.Equal(LanguageMessages.Thanks, query.Problem);
    }

    [Fact]
    public void Parse_SameForAChange_IsAWhatIfKeepingTheMeasure()
    {
        var query = TestCatalog.Converse("xai per MW-year", "same for 500MW");

        Assert.Equal(QueryKind.WhatIf, query.Kind);
        Assert.Equal(Measure.PerMwYear, query.Measure);
        Assert.Equal(Power.FromMegawatts(500m), query.Changes!.Power);
        Assert.False(query.ScenarioCarried);
    }

    [Fact]
    public void Parse_SameForADeal_IsAFollowUp()
    {
        var query = TestCatalog.Converse("xai per MW-year", "same for oracle");

        Assert.Equal(QueryKind.Deal, query.Kind);
        Assert.Equal(["openai-oracle"], query.DealIds);
        Assert.Equal(Measure.PerMwYear, query.Measure);
    }

    [Theory]
    [InlineData("and 1 GW?")]
    [InlineData("what about 1GW")]
    public void Parse_NewChangeInAWhatIf_ReplacesTheChange(string followUp)
    {
        var query = TestCatalog.Converse("xai deal per month", "what if 500 MW at the same rate", followUp);

        Assert.Equal(QueryKind.WhatIf, query.Kind);
        Assert.Equal(Power.FromMegawatts(1_000m), query.Changes!.Power);
    }

    [Theory]
    [InlineData("what if colossus shrank to 200 MW, what would it cost a month", 0)]
    [InlineData("what if xai were 500 MW, total?", 0)]
    [InlineData("what if xai were 500 MW at the same rate, total?", 1)]
    [InlineData("what if xai were 500 MW pro rata, per year", 1)]
    [InlineData("what if the xai gpus tripled and the fee scaled with them, per month", 1)]
    [InlineData("what if xai were 500 MW for the same fee, per year", -1)]
    [InlineData("what if xai had 400k gpus for the same fee, per gpu hour", -1)]
    public void Parse_NewSizeWithACost_SaysWhatTheFeeDoes(string question, int fee)
    {
        var query = TestCatalog.Parse(question);

        // The same fee or the same price per MW are both fair readings, so a cost asked with neither said is refused.
        Assert.Equal(fee == 0 ? QueryKind.Unknown : QueryKind.WhatIf, query.Kind);
        Assert.Equal(fee == 0 ? LanguageMessages.ResizeFee : null, query.Problem);
        Assert.Equal(fee > 0, query.Changes?.FeeScales ?? false);
    }

    [Theory]
    [InlineData("and the original?")]
    [InlineData("what about the actual deal")]
    public void Parse_Original_LeavesTheWhatIf(string followUp)
    {
        var query = TestCatalog.Converse("how many homes could the xai deal power", "what if it were 500 MW?", followUp);

        Assert.Equal(QueryKind.Deal, query.Kind);
        Assert.Equal(Measure.Homes, query.Measure);
        Assert.Null(query.Changes);
    }

    /// <summary>
    /// A new measure after a what-if stays in the scenario (the user is exploring it), and the query says the
    /// scenario was carried so the answer can say which one it is for and how to leave it.
    /// </summary>
    [Fact]
    public void Parse_NewMeasureAfterWhatIf_CarriesTheScenario()
    {
        var query = TestCatalog.Converse("what if it were $1B a month", "minimum if they cancel today");

        Assert.Equal(QueryKind.WhatIf, query.Kind);
        Assert.Equal(Measure.MinimumCommitment, query.Measure);
        Assert.Equal(Money.FromUsd(1_000_000_000m), query.Changes!.MonthlyFee);
        Assert.True(query.ScenarioCarried);
    }
}
