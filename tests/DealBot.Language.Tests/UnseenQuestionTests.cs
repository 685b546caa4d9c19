using DealBot.Core.Quantities;
using DealBot.Core.Queries;

namespace DealBot.Language.Tests;

/// <summary>Readings fixed after a round of questions the parser had never seen (2026-11-27).</summary>
public class UnseenQuestionTests
{
    [Theory]
    [InlineData("how much does the xai deal cost per quarter", 3)]
    [InlineData("xai quarterly", 3)]
    [InlineData("xai total for 2 quarters", 6)]
    [InlineData("google xai for two quarters", 6)]
    public void Parse_Quarters_AreSpendOverThreeMonthsEach(string question, int months)
    {
        var query = TestCatalog.Parse(question);

        Assert.Equal(Measure.Total, query.Measure);
        Assert.Equal(WindowKind.ForDuration, query.Window!.Kind);
        Assert.Equal(months, query.Window.Months);
    }

    [Fact]
    public void Parse_PerQuarterAfterAFee_AsksForTheSpend()
    {
        var query = TestCatalog.Converse("xai per month", "per quarter?");

        Assert.Equal(Measure.Total, query.Measure);
        Assert.Equal(3, query.Window!.Months);
        Assert.Equal(["anthropic-xai"], query.DealIds);
    }

    [Theory]
    [InlineData("how many gpu hours for 15bn at 2.35")]
    [InlineData("how many gpu hours does $15B buy at 2.35")]
    public void Parse_BareNumberAfterAt_IsAPrice(string question)
    {
        var query = TestCatalog.Parse(question);

        Assert.Equal(QueryKind.Compute, query.Kind);
        Assert.Equal(Measure.GpuHoursForBudget, query.Measure);
        Assert.Equal(Money.FromUsd(2.35m), query.PricePerGpuHour);
        Assert.Equal(Money.FromBillions(15m), query.Budget);
    }

    [Theory]
    [InlineData("xai total from 1 march 2027 to may 2028")]
    [InlineData("minimum if anthropic cancels at 1 march 2027")]
    public void Parse_NumberAfterAtBeforeAMonth_IsADay(string question)
    {
        var query = TestCatalog.Parse(question);

        Assert.Null(query.PricePerGpuHour);
        Assert.Null(query.Budget);
    }

    [Theory]
    [InlineData("what if it ended after 180 days", null, 180)]
    [InlineData("what if the xai lease ends after 6 months", 6, null)]
    public void Parse_EndedAfterALength_IsTheFirstMonthsOfTheDeal(string question, int? months, int? days)
    {
        var query = TestCatalog.Parse(question);

        Assert.Equal(Measure.Total, query.Measure);
        Assert.Equal(WindowKind.First, query.Window!.Kind);
        Assert.Equal(months, query.Window.Months);
        Assert.Equal(days, query.Window.Days);
    }

    [Theory]
    [InlineData("how many months is the anthropic xai deal")]
    [InlineData("how many years left on the xai deal")]
    [InlineData("openai aws deal how many years")]
    public void Parse_HowManyMonthsOrYears_AsksHowLongTheDealRuns(string question) =>
        Assert.Equal(Measure.End, TestCatalog.Parse(question).Measure);

    [Fact]
    public void Parse_WhoInChatter_DoesNotHideTheAmountAsked()
    {
        var query = TestCatalog.Parse("people keep arguing and i lost track of who said what. anyway how much is anthropic paying xai in total?");

        Assert.Equal(Measure.Total, query.Measure);
    }

    [Theory]
    [InlineData("who is the buyer in the anthropic xai deal")]
    [InlineData("who pays whom in the xai deal")]
    public void Parse_WhoWithoutAnAmount_AsksForTheParties(string question) =>
        Assert.Equal(Measure.Parties, TestCatalog.Parse(question).Measure);

    [Theory]
    [InlineData("how many homes could the xai deal power", "what about 1gw?", Measure.Homes, 1_000)]
    [InlineData("how much does anthropic pay xai a month", "what about 500MW at the same rate?", Measure.MonthlyCost, 500)]
    [InlineData("microsoft iren per MW-year", "what about 300MW?", Measure.PerMwYear, 300)]
    public void Parse_PowerAfterAQuestionAboutOneDeal_IsAWhatIf(string first, string followUp, Measure measure, int megawatts)
    {
        var query = TestCatalog.Converse(first, followUp);

        Assert.Equal(QueryKind.WhatIf, query.Kind);
        Assert.Equal(measure, query.Measure);
        Assert.Equal(Power.FromMegawatts(megawatts), query.Changes!.Power);
    }

    /// <summary>With no deal in the previous question the power is the user's own; with a deal named, it is about that deal.</summary>
    [Theory]
    [InlineData("how many homes could 300 MW power?", "what about 1 GW?")]
    [InlineData("xai per MW-year", "and iren at 300 MW?")]
    public void Parse_PowerOutsideAQuestionAboutOneDeal_IsNoWhatIf(string first, string followUp) =>
        Assert.NotEqual(QueryKind.WhatIf, TestCatalog.Converse(first, followUp).Kind);

    [Theory]
    [InlineData("how many tpus in the anthropic google deal", "anthropic-google-tpu")]
    [InlineData("how many tpus does anthropic get from google", "anthropic-google-tpu")]
    [InlineData("how much does anthropic pay google", "anthropic-google-cloud")]
    public void Parse_WordsOfADealsName_PickItAmongDealsOfThePair(string question, string deal) =>
        Assert.Equal([deal], TestCatalog.Parse(question).DealIds);

    [Theory]
    [InlineData("and with 325k?", 325_000)]
    [InlineData("what about 250,000?", 250_000)]
    public void Parse_BareCountAfterAPerGpuCost_IsTheGpuCount(string followUp, int gpus)
    {
        var query = TestCatalog.Converse("xai per gpu hour", followUp);

        Assert.Equal(Measure.PerGpuHour, query.Measure);
        Assert.Equal(gpus, query.GpuCount);
    }

    [Theory]
    [InlineData("which deal is the most expensive per MW")]
    [InlineData("whats the cheapest deal per MW")]
    [InlineData("which is the biggest deal")]
    public void Parse_RankingOfTheWholeCatalog_SaysItCannotRank(string question)
    {
        var query = TestCatalog.Parse(question);

        Assert.Equal(QueryKind.Unknown, query.Kind);
        Assert.Equal(LanguageMessages.CannotRank, query.Problem);
    }

    [Fact]
    public void Parse_RankingAfterAComparison_ShowsTheComparisonAgain()
    {
        var query = TestCatalog.Converse("compare xai, oracle and iren per MW-year", "which is cheapest?");

        Assert.Equal(QueryKind.Compare, query.Kind);
        Assert.Equal(Measure.PerMwYear, query.Measure);
        Assert.Equal(3, query.DealIds.Count);
    }
}
