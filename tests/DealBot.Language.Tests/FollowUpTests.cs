using DealBot.Core.Quantities;
using DealBot.Core.Queries;

namespace DealBot.Language.Tests;

public class FollowUpTests
{
    [Fact]
    public void Parse_NewMeasureOnly_KeepsPreviousDeals()
    {
        var query = TestCatalog.Converse("how much does google pay spacex per month", "and per year?");

        Assert.Equal(QueryKind.Deal, query.Kind);
        Assert.Equal(Measure.YearlyCost, query.Measure);
        Assert.Equal(["google-xai"], query.DealIds);
    }

    [Theory]
    [InlineData("what about openai oracle?")]
    [InlineData("what about OpenAI–Oracle?")]
    [InlineData("and oracle?")]
    public void Parse_NewDealOnly_KeepsPreviousMeasureAndWindow(string followUp)
    {
        var query = TestCatalog.Converse("how much has anthropic paid xai so far", followUp);

        Assert.Equal(QueryKind.Deal, query.Kind);
        Assert.Equal(Measure.Total, query.Measure);
        Assert.Equal(WindowKind.SoFar, query.Window!.Kind);
        Assert.Equal(["openai-oracle"], query.DealIds);
    }

    [Fact]
    public void Parse_MakeIt_IsWhatIfOnPreviousDealKeepingMeasure()
    {
        var query = TestCatalog.Converse("microsoft iren per MW-year", "make it 500 MW");

        Assert.Equal(QueryKind.WhatIf, query.Kind);
        Assert.Equal(Measure.PerMwYear, query.Measure);
        Assert.Equal(["microsoft-iren"], query.DealIds);
        Assert.Equal(Power.FromMegawatts(500m), query.Changes!.Power);
    }

    [Fact]
    public void Parse_WhatIfAfterWhatIf_AddsToTheChanges()
    {
        var query = TestCatalog.Converse("xai total", "what if it were $1B a month", "make it 500 MW");

        Assert.Equal(QueryKind.WhatIf, query.Kind);
        Assert.Equal(Measure.Total, query.Measure);
        Assert.Equal(Money.FromBillions(1m), query.Changes!.MonthlyFee);
        Assert.Equal(Power.FromMegawatts(500m), query.Changes.Power);
    }

    [Fact]
    public void Parse_NewDealAfterWhatIf_StaysAWhatIf()
    {
        var query = TestCatalog.Converse("what if colossus were 500 MW", "what about google xai?");

        Assert.Equal(QueryKind.WhatIf, query.Kind);
        Assert.Equal(["google-xai"], query.DealIds);
        Assert.Equal(Power.FromMegawatts(500m), query.Changes!.Power);
    }

    [Fact]
    public void Parse_NewMeasureAfterCompare_StaysACompare()
    {
        var query = TestCatalog.Converse("compare xai and oracle per year", "and per MW-year?");

        Assert.Equal(QueryKind.Compare, query.Kind);
        Assert.Equal(Measure.PerMwYear, query.Measure);
        Assert.Equal(["anthropic-xai", "openai-oracle"], query.DealIds);
    }

    [Fact]
    public void Parse_CompareWith_ComparesPreviousDealWithTheNamedOne()
    {
        var query = TestCatalog.Converse("microsoft iren per year", "compare it with nebius");

        Assert.Equal(QueryKind.Compare, query.Kind);
        Assert.Equal(Measure.YearlyCost, query.Measure);
        Assert.Equal(["microsoft-iren", "microsoft-nebius"], query.DealIds);
    }

    [Fact]
    public void Parse_HowDoesItCompare_WithoutPrevious_UsesDefaultDeal()
    {
        var query = TestCatalog.Parse("how does it compare with oracle?");

        Assert.Equal(QueryKind.Compare, query.Kind);
        Assert.Equal(["anthropic-xai", "openai-oracle"], query.DealIds);
    }

    [Fact]
    public void Parse_LoneCompany_PrefersADealWithAPreviousParty()
    {
        Assert.Equal(["microsoft-nebius"], TestCatalog.Converse("microsoft iren per MW-year", "and nebius?").DealIds);
        Assert.Equal(["meta-nebius"], TestCatalog.Converse("meta google per MW-year", "and nebius?").DealIds);
    }

    [Theory]
    [InlineData("xai per gpu-hour", "with 300,000 gpus?", Measure.PerGpuHour)]
    [InlineData("flops per month for colossus", "at 50% utilisation?", Measure.FlopsPerMonth)]
    [InlineData("how many h100s can colossus power?", "and gb200s?", Measure.GpusForPower)]
    [InlineData("how long to train a 1e26 flop model on colossus", "and 3e26?", Measure.TimeToTrain)]
    [InlineData("xai electricity share", "at 7 cents per kWh?", Measure.ElectricityShare)]
    [InlineData("xai total 2027", "and 2028?", Measure.Total)]
    [InlineData("how much has anthropic paid xai so far", "and how much is left?", Measure.Total)]
    [InlineData("how much energy does the xai deal use per month", "and per year?", Measure.EnergyPerYear)]
    [InlineData("who are the parties in the colossus deal", "how much per month?", Measure.MonthlyCost)]
    [InlineData("xai minimum if they cancel today?", "what if they give notice in March 2027?", Measure.MinimumCommitment)]
    public void Parse_ShortFollowUp_IsReadAgainstThePreviousQuestion(string first, string followUp, Measure measure)
    {
        var query = TestCatalog.Converse(first, followUp);

        Assert.NotEqual(QueryKind.Unknown, query.Kind);
        Assert.Equal(measure, query.Measure);
        Assert.Equal(["anthropic-xai"], query.DealIds);
    }

    [Fact]
    public void Parse_FollowUpValues_ReplaceOnlyWhatTheyName()
    {
        var query = TestCatalog.Converse("how many h100s can colossus power?", "and gb200s?");
        Assert.Equal("gb200", query.AcceleratorId);

        query = TestCatalog.Converse("xai total 2027", "and 2028?");
        Assert.Equal(new Window(WindowKind.Between, new YearMonth(2028, 1), new YearMonth(2028, 12)), query.Window);

        query = TestCatalog.Converse("how long to train a 1e26 flop model on colossus at 40% mfu", "and 3e26?");
        Assert.Equal(3e26, query.TrainingFlops);
        Assert.Equal(0.40m, query.Utilisation);
    }

    [Theory]
    [InlineData("10,000 H100s at $2.50/hr for a year", "and for two years?", Measure.GpuRentalCost)]
    [InlineData("how many GPU-hours does $1.25B buy at $2/hr", "and at $2.50?", Measure.GpuHoursForBudget)]
    [InlineData("what does 1 GW cost at $4M per MW-month", "for a year?", Measure.PowerCost)]
    [InlineData("what does 1 GW cost at $4M per MW-month", "make it 2 GW", Measure.PowerCost)]
    public void Parse_ComputeFollowUp_ChangesOneNumber(string first, string followUp, Measure measure)
    {
        var previous = TestCatalog.Parse(first);
        var query = TestCatalog.Parse(followUp, previous);

        Assert.Equal(QueryKind.Compute, query.Kind);
        Assert.Equal(measure, query.Measure);
        Assert.NotEqual(previous, query);
    }

    [Fact]
    public void Parse_NewComputeQuestionAfterCompute_StandsAlone()
    {
        var query = TestCatalog.Converse("10,000 H100s at $2.50/hr for a year", "what does 1 GW cost at $4M per MW-month");

        Assert.Equal(QueryKind.Compute, query.Kind);
        Assert.Equal(Measure.PowerCost, query.Measure);
        Assert.Null(query.GpuCount);
    }

    [Fact]
    public void Parse_AtPriceFollowUp_ReplacesTheHourlyPrice()
    {
        var query = TestCatalog.Converse("how many GPU-hours does $1.25B buy at $2/hr", "and at $2.50?");

        Assert.Equal(Money.FromUsd(2.50m), query.PricePerGpuHour);
        Assert.Equal(Money.FromBillions(1.25m), query.Budget);
    }

    [Fact]
    public void Parse_WholeNewQuestion_DropsThePreviousKind()
    {
        var query = TestCatalog.Converse("compare xai and oracle per year", "how much does google pay spacex per month?");

        Assert.Equal(QueryKind.Deal, query.Kind);
        Assert.Equal(["google-xai"], query.DealIds);
    }

    [Theory]
    [InlineData("what's the weather")]
    [InlineData("help")]
    public void Parse_AfterUnknownOrHelp_StandsAlone(string first)
    {
        var query = TestCatalog.Converse(first, "xai per month");

        Assert.Equal(QueryKind.Deal, query.Kind);
        Assert.Equal(Measure.MonthlyCost, query.Measure);
    }

    [Fact]
    public void Parse_MeaninglessFollowUp_IsStillUnknown()
    {
        Assert.Equal(QueryKind.Unknown, TestCatalog.Converse("xai total", "tell me a joke").Kind);
    }
}
