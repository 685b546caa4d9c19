using DealBot.Core.Quantities;
using DealBot.Core.Queries;

namespace DealBot.Language.Tests;

public class WhatIfTests
{
    [Theory]
    [InlineData("what if it were $1B a month")]
    [InlineData("suppose it was $1B a month")]
    [InlineData("imagine the fee at $1B a month")]
    [InlineData("if it were $1B a month")]
    [InlineData("make it $1B a month")]
    [InlineData("$1B a month instead")]
    [InlineData("/whatif $1B a month")]
    [InlineData("what-if $1B/month")]
    public void Parse_WhatIfWording_ChangesMonthlyFee(string question)
    {
        var query = TestCatalog.Parse(question);

        Assert.Equal(QueryKind.WhatIf, query.Kind);
        Assert.Equal(Money.FromBillions(1m), query.Changes!.MonthlyFee);
        Assert.Equal(Measure.Summary, query.Measure);
        Assert.Empty(query.DealIds);
    }

    [Theory]
    [InlineData("what if it were 500 MW", "500")]
    [InlineData("what if colossus was 0.5 GW", "500")]
    [InlineData("what if the xai deal were 500 megawatts?", "500")]
    [InlineData("what if it were 1 gigawatt", "1000")]
    [InlineData("what if it were 300,000 kW", "300")]
    public void Parse_PowerChange_ChangesPower(string question, string megawatts)
    {
        var query = TestCatalog.Parse(question);

        Assert.Equal(QueryKind.WhatIf, query.Kind);
        Assert.Equal(Power.FromMegawatts(decimal.Parse(megawatts)), query.Changes!.Power);
        Assert.Null(query.Power);
    }

    [Theory]
    [InlineData("what if it ended in May 2028", "2028-05")]
    [InlineData("what if colossus ends Dec 2027", "2027-12")]
    [InlineData("what if it ran to 2030", "2030-12")]
    [InlineData("what if it ran through May 2030", "2030-05")]
    [InlineData("what if it lasted until mid-2029", "2029-06")]
    [InlineData("if it ended in May 2028", "2028-05")]
    public void Parse_EndChange_ChangesEnd(string question, string end)
    {
        var query = TestCatalog.Parse(question);

        Assert.Equal(QueryKind.WhatIf, query.Kind);
        Assert.Equal(end, query.Changes!.End.ToString());
        Assert.Null(query.Window);
    }

    [Theory]
    [InlineData("what if it started in Jan 2027 with the same end date", "2027-01")]
    [InlineData("what if it began in mid-2027, same end", "2027-07")]
    [InlineData("what if it started in Jan 2027, total in 2027?", "2027-01")]
    public void Parse_StartChange_ChangesStart(string question, string start)
    {
        Assert.Equal(start, TestCatalog.Parse(question).Changes!.Start.ToString());
    }

    [Theory]
    [InlineData("what if it started in Jan 2027")]
    [InlineData("what if the xai deal started in jan 2027, when would it end?")]
    public void Parse_StartChangeWithEndOpen_IsRefused(string question)
    {
        var query = TestCatalog.Parse(question);
        Assert.Equal(QueryKind.Unknown, query.Kind);
        Assert.Equal(LanguageMessages.StartMoveOpen, query.Problem);
    }

    [Theory]
    [InlineData("what if it had 325,000 GPUs", "325000")]
    [InlineData("what if colossus had 325k gpus", "325000")]
    [InlineData("what if it had 250,000 H100s", "250000")]
    public void Parse_GpuChange_ChangesGpus(string question, string gpus)
    {
        var query = TestCatalog.Parse(question);

        Assert.Equal(decimal.Parse(gpus), query.Changes!.Gpus);
        Assert.Null(query.GpuCount);
    }

    [Theory]
    [InlineData("what if it had 250,000 GPUs, per gpu-hour", Measure.PerGpuHour)]
    [InlineData("what if it were $2B a month, per year", Measure.YearlyCost)]
    [InlineData("what if it was 1 GW, per MW-month", Measure.PerMwMonth)]
    [InlineData("what if it were 500 MW, how many homes", Measure.Homes)]
    [InlineData("what if the fee were $1.5 billion per month, total?", Measure.Total)]
    [InlineData("what if the xai fee were 1,000 million a month", Measure.Summary)]
    [InlineData("what if anthropic paid xai 1 billion per month", Measure.Summary)]
    public void Parse_WhatIfWithMeasure_KeepsOnlyANamedMeasure(string question, Measure measure)
    {
        var query = TestCatalog.Parse(question);

        Assert.Equal(QueryKind.WhatIf, query.Kind);
        Assert.Equal(measure, query.Measure);
    }

    [Fact]
    public void Parse_SeveralChanges_AreAllRead()
    {
        var changes = TestCatalog.Parse("what if it had 325,000 GPUs, was 500 MW and ran to 2030").Changes!;

        Assert.Equal(325_000m, changes.Gpus);
        Assert.Equal(Power.FromMegawatts(500m), changes.Power);
        Assert.Equal(new YearMonth(2030, 12), changes.End);
    }

    [Fact]
    public void Parse_WhatIfOnNamedDeal_KeepsTheDeal()
    {
        var query = TestCatalog.Parse("what if google paid spacex $1B a month");

        Assert.Equal(QueryKind.WhatIf, query.Kind);
        Assert.Equal(["google-xai"], query.DealIds);
    }

    [Fact]
    public void Parse_FeeWithoutWhatIfWording_IsStillAWhatIf()
    {
        var query = TestCatalog.Parse("1.25e9 per month for 0.3 GW, what's that per MWh?");

        Assert.Equal(QueryKind.WhatIf, query.Kind);
        Assert.Equal(Measure.PerMwh, query.Measure);
        Assert.Equal(Money.FromBillions(1.25m), query.Changes!.MonthlyFee);
        Assert.Equal(Power.FromMegawatts(300m), query.Changes.Power);
    }

    [Theory]
    [InlineData("what if they cancel today")]
    [InlineData("what if they give notice in March 2027")]
    public void Parse_WhatIfCancel_IsTheMinimumCommitment(string question)
    {
        var query = TestCatalog.Parse(question);

        Assert.Equal(QueryKind.Deal, query.Kind);
        Assert.Equal(Measure.MinimumCommitment, query.Measure);
    }

    [Fact]
    public void Parse_WhatIfWithNothingToChange_IsUnknown()
    {
        Assert.Equal(QueryKind.Unknown, TestCatalog.Parse("what if").Kind);
    }
}
