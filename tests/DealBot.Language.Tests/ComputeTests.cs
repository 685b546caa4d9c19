using DealBot.Core.Quantities;
using DealBot.Core.Queries;

namespace DealBot.Language.Tests;

public class ComputeTests
{
    [Fact]
    public void Parse_GpusAtHourlyPriceForAYear_IsGpuRentalCost()
    {
        var query = TestCatalog.Parse("10,000 H100s at $2.50/hr for a year");

        Assert.Equal(QueryKind.Compute, query.Kind);
        Assert.Equal(Measure.GpuRentalCost, query.Measure);
        Assert.Equal(10_000m, query.GpuCount);
        Assert.Equal("h100", query.AcceleratorId);
        Assert.Equal(Money.FromUsd(2.50m), query.PricePerGpuHour);
        Assert.Equal(Duration.FromYears(1m), query.Duration);
        Assert.Empty(query.DealIds);
    }

    [Theory]
    [InlineData("what does it cost to rent 10k h100s at 2.5 dollars an hour for 12 months", "10000", "2.5", "8760")]
    [InlineData("cost of 1000 GPUs at $2/hr", "1000", "2", null)]
    [InlineData("500 GPUs at $3/hr for 30 days", "500", "3", "720")]
    [InlineData("50k gpus at $2.35 an hour for a week", "50000", "2.35", "168")]
    [InlineData("8 H100s at $2.95/hr for 24 hours", "8", "2.95", "24")]
    [InlineData("how much to rent 1 million GPUs at $2/hr for a month", "1000000", "2", "730")]
    [InlineData("cost of 2,048 gpus at 2.5 $/hr for 90 days", "2048", "2.5", "2160")]
    [InlineData("10000 gpus x $2/hr x 1 year", "10000", "2", "8760")]
    [InlineData("10,000 H100s at $2 for two years", "10000", "2", "17520")]
    [InlineData("/deal compute 1000 gpus at $2.50 per gpu-hour for 1 year", "1000", "2.50", "8760")]
    public void Parse_RentalStyles_ReadCountPriceAndDuration(string question, string gpus, string price, string? hours)
    {
        var query = TestCatalog.Parse(question);

        Assert.Equal(Measure.GpuRentalCost, query.Measure);
        Assert.Equal(decimal.Parse(gpus), query.GpuCount);
        Assert.Equal(decimal.Parse(price), query.PricePerGpuHour!.Value.Usd);
        Assert.Equal(hours is null ? null : decimal.Parse(hours), query.Duration?.Hours);
    }

    [Theory]
    [InlineData("how many GPU-hours does $1.25B buy at $2/hr", "1250000000", "2")]
    [InlineData("how many gpu hours can 1.25 billion dollars buy at $2 per hour", "1250000000", "2")]
    [InlineData("gpu-hours for 1,250 million at $2/hr", "1250000000", "2")]
    [InlineData("1.25e9 USD at $2/hr = how many GPU-hours?", "1250000000", "2")]
    [InlineData("gpu hours from $250 million at 2 bucks an hour", "250000000", "2")]
    public void Parse_BudgetAtHourlyPrice_IsGpuHoursForBudget(string question, string budget, string price)
    {
        var query = TestCatalog.Parse(question);

        Assert.Equal(QueryKind.Compute, query.Kind);
        Assert.Equal(Measure.GpuHoursForBudget, query.Measure);
        Assert.Equal(decimal.Parse(budget), query.Budget!.Value.Usd);
        Assert.Equal(decimal.Parse(price), query.PricePerGpuHour!.Value.Usd);
    }

    [Theory]
    [InlineData("what does 1 GW cost at $4M per MW-month", "1000", "4000000", null)]
    [InlineData("what does 1 GW cost at $4M per MW-month for a year", "1000", "4000000", "8760")]
    [InlineData("500 megawatts at $3 million per MW per month", "500", "3000000", null)]
    [InlineData("0.5 GW at $4M/MW-month for 6 months", "500", "4000000", "4380")]
    [InlineData("cost of 100 MW at $150k per MW-month for 2 years", "100", "150000", "17520")]
    [InlineData("300 MW at $24M per MW-year", "300", "2000000", null)]
    [InlineData("1 GW at $4M for a year", "1000", "4000000", "8760")]
    public void Parse_PowerAtPricePerMwMonth_IsPowerCost(string question, string megawatts, string price, string? hours)
    {
        var query = TestCatalog.Parse(question);

        Assert.Equal(QueryKind.Compute, query.Kind);
        Assert.Equal(Measure.PowerCost, query.Measure);
        Assert.Equal(decimal.Parse(megawatts), query.Power!.Value.Megawatts);
        Assert.Equal(decimal.Parse(price), query.PricePerMwMonth!.Value.Usd);
        Assert.Equal(hours is null ? null : decimal.Parse(hours), query.Duration?.Hours);
    }

    [Fact]
    public void Parse_GpusForUsersPower_IsComputeWithThePower()
    {
        var query = TestCatalog.Parse("how many H100s can 300 MW power?");

        Assert.Equal(QueryKind.Compute, query.Kind);
        Assert.Equal(Measure.GpusForPower, query.Measure);
        Assert.Equal(Power.FromMegawatts(300m), query.Power);
        Assert.Equal("h100", query.AcceleratorId);
        Assert.Empty(query.DealIds);
    }

    [Theory]
    [InlineData("how many homes could 1 GW power?", Measure.Homes, "1000")]
    [InlineData("how much energy does 300 MW use per year?", Measure.EnergyPerYear, "300")]
    public void Parse_EnergyOfUsersPower_IsComputeOnThatPower_NotADeal(string question, Measure measure, string megawatts)
    {
        var query = TestCatalog.Parse(question);

        Assert.Equal(QueryKind.Compute, query.Kind);
        Assert.Equal(measure, query.Measure);
        Assert.Equal(Power.FromMegawatts(decimal.Parse(megawatts)), query.Power);
        Assert.Empty(query.DealIds);
    }

    [Fact]
    public void Parse_EnergyOfADealWithNewPower_IsStillWhatIf()
    {
        var query = TestCatalog.Parse("what if xai were 500 MW, how many homes?");

        Assert.Equal(QueryKind.WhatIf, query.Kind);
        Assert.Equal(Power.FromMegawatts(500m), query.Changes!.Power);
    }

    [Fact]
    public void Parse_TrainingOnUsersGpus_UsesTheirCount()
    {
        var query = TestCatalog.Parse("how long to train a 1e26 FLOP model on 100,000 H100s at 40% MFU");

        Assert.Equal(QueryKind.Compute, query.Kind);
        Assert.Equal(Measure.TimeToTrain, query.Measure);
        Assert.Equal(100_000m, query.GpuCount);
        Assert.Equal("h100", query.AcceleratorId);
    }

    [Fact]
    public void Parse_PricedRentalInWhatIfWords_IsStillCompute()
    {
        var query = TestCatalog.Parse("what if I rent 10,000 H100s at $2/hr for a year");

        Assert.Equal(QueryKind.Compute, query.Kind);
        Assert.Equal(Measure.GpuRentalCost, query.Measure);
    }

    [Fact]
    public void Parse_GpuCountInWhatIf_IsAChangeNotARental()
    {
        var query = TestCatalog.Parse("what if it had 325,000 GPUs for the same fee, for 2 years");

        Assert.Equal(QueryKind.WhatIf, query.Kind);
        Assert.Equal(325_000m, query.Changes!.Gpus);
    }

    [Theory]
    [InlineData("NaN GPUs at $2/hr for a year")]
    [InlineData("how much does it cost to rent a car")]
    public void Parse_ComputeWithoutItsNumbers_IsUnknown(string question)
    {
        Assert.Equal(QueryKind.Unknown, TestCatalog.Parse(question).Kind);
    }
}
