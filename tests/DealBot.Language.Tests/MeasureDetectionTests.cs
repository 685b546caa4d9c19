using DealBot.Core.Queries;

namespace DealBot.Language.Tests;

public class MeasureDetectionTests
{
    [Theory]
    [InlineData("xai", Measure.Summary)]
    [InlineData("tell me about the colossus deal", Measure.Summary)]
    [InlineData("how much does anthropic pay xai per month?", Measure.MonthlyCost)]
    [InlineData("xai monthly", Measure.MonthlyCost)]
    [InlineData("what's the monthly fee for the colossus deal?", Measure.MonthlyCost)]
    [InlineData("how much is claude paying spacex every month", Measure.MonthlyCost)]
    [InlineData("xai fee", Measure.MonthlyCost)]
    [InlineData("xai per year", Measure.YearlyCost)]
    [InlineData("annual cost of the colossus deal", Measure.YearlyCost)]
    [InlineData("how much is the xai deal a year", Measure.YearlyCost)]
    [InlineData("xai per yr", Measure.YearlyCost)]
    [InlineData("xai deal annualized", Measure.YearlyCost)]
    [InlineData("daily cost of colossus", Measure.DailyCost)]
    [InlineData("xai per day", Measure.DailyCost)]
    [InlineData("when does the anthropic xai deal start?", Measure.Start)]
    [InlineData("when did it begin, the xai deal", Measure.Start)]
    [InlineData("start date of the colossus deal", Measure.Start)]
    [InlineData("when does the xai deal end?", Measure.End)]
    [InlineData("when does colossus expire", Measure.End)]
    [InlineData("how long does the xai contract run?", Measure.End)]
    [InlineData("xai end date", Measure.End)]
    [InlineData("what's the capacity of colossus?", Measure.Capacity)]
    [InlineData("how many megawatts is the xai deal?", Measure.Capacity)]
    [InlineData("how many MW is xai", Measure.Capacity)]
    [InlineData("how much power does anthropic get from xai", Measure.Capacity)]
    [InlineData("what hardware is in the xai deal?", Measure.Hardware)]
    [InlineData("what GPUs does colossus use", Measure.Hardware)]
    [InlineData("which chips are in the xai deal", Measure.Hardware)]
    [InlineData("how many GPUs does the xai deal have?", Measure.GpuCount)]
    [InlineData("gpu count colossus", Measure.GpuCount)]
    [InlineData("number of gpus in the claude xai contract", Measure.GpuCount)]
    [InlineData("who are the parties in the colossus deal?", Measure.Parties)]
    [InlineData("who is the buyer in the xai deal", Measure.Parties)]
    [InlineData("can anthropic cancel the xai deal?", Measure.Termination)]
    [InlineData("what's the termination clause in the colossus deal", Measure.Termination)]
    [InlineData("how much notice does xai need", Measure.Termination)]
    [InlineData("xai exit terms", Measure.Termination)]
    [InlineData("xai total", Measure.Total)]
    [InlineData("how much will anthropic end up paying xai?", Measure.Total)]
    [InlineData("what's the xai deal worth", Measure.Total)]
    [InlineData("xai overall", Measure.Total)]
    [InlineData("how much will anthropic pay xai", Measure.Total)]
    [InlineData("how much is the xai deal", Measure.Total)]
    public void Parse_LookupWords_DetectMeasure(string question, Measure measure)
    {
        var query = TestCatalog.Parse(question);

        Assert.Equal(QueryKind.Deal, query.Kind);
        Assert.Equal(measure, query.Measure);
    }

    [Theory]
    [InlineData("what's the minimum anthropic has to pay xai if they cancel today?", Measure.MinimumCommitment)]
    [InlineData("if they terminate the xai deal, what do they owe", Measure.MinimumCommitment)]
    [InlineData("xai minimum commitment", Measure.MinimumCommitment)]
    [InlineData("what's the least anthropic must pay xai", Measure.MinimumCommitment)]
    [InlineData("how much if anthropic gives notice on the xai deal", Measure.MinimumCommitment)]
    [InlineData("xai cost per MW-month", Measure.PerMwMonth)]
    [InlineData("xai per MW per month", Measure.PerMwMonth)]
    [InlineData("/deal xai per-mw-month", Measure.PerMwMonth)]
    [InlineData("xai per MW-year", Measure.PerMwYear)]
    [InlineData("xai per MW per year", Measure.PerMwYear)]
    [InlineData("xai cost per megawatt", Measure.PerMwYear)]
    [InlineData("xai cost per GW", Measure.PerMwYear)]
    [InlineData("$/MW/yr for xai", Measure.PerMwYear)]
    [InlineData("annual cost per MW for colossus", Measure.PerMwYear)]
    [InlineData("xai per MWh", Measure.PerMwh)]
    [InlineData("xai price per megawatt-hour", Measure.PerMwh)]
    [InlineData("xai per kWh", Measure.PerKwh)]
    [InlineData("xai per kilowatt-hour", Measure.PerKwh)]
    [InlineData("xai per GPU-month", Measure.PerGpuMonth)]
    [InlineData("xai cost per gpu per month", Measure.PerGpuMonth)]
    [InlineData("xai per GPU-hour", Measure.PerGpuHour)]
    [InlineData("xai per gpu per hour", Measure.PerGpuHour)]
    [InlineData("what's the effective $/GPU/hr on the xai deal", Measure.PerGpuHour)]
    [InlineData("colossus price per gpu hr", Measure.PerGpuHour)]
    public void Parse_CostWords_DetectMeasure(string question, Measure measure)
    {
        Assert.Equal(measure, TestCatalog.Parse(question).Measure);
    }

    [Theory]
    [InlineData("what share of the xai fee is electricity?", Measure.ElectricityShare)]
    [InlineData("how much of it is electricity, the xai deal", Measure.ElectricityShare)]
    [InlineData("xai power bill share", Measure.ElectricityShare)]
    [InlineData("what % of the xai fee is electricity", Measure.ElectricityShare)]
    [InlineData("how much energy does the xai deal use per month?", Measure.EnergyPerMonth)]
    [InlineData("how many GWh a month does colossus use", Measure.EnergyPerMonth)]
    [InlineData("xai energy per year", Measure.EnergyPerYear)]
    [InlineData("how much electricity does colossus use in a year?", Measure.EnergyPerYear)]
    [InlineData("xai MWh per year", Measure.EnergyPerYear)]
    [InlineData("xai energy over the term in TWh", Measure.EnergyOverTerm)]
    [InlineData("total energy of the xai deal", Measure.EnergyOverTerm)]
    [InlineData("how many homes could the xai deal power?", Measure.Homes)]
    [InlineData("how many households is colossus", Measure.Homes)]
    [InlineData("xai in houses", Measure.Homes)]
    [InlineData("how many H100s could the xai deal's power run?", Measure.GpusForPower)]
    [InlineData("how many GB200s can colossus feed", Measure.GpusForPower)]
    [InlineData("xai gpus for power", Measure.GpusForPower)]
    [InlineData("xai power in gb200s", Measure.GpusForPower)]
    [InlineData("how many flops per month does colossus deliver", Measure.FlopsPerMonth)]
    [InlineData("how much compute does the xai deal give per month", Measure.FlopsPerMonth)]
    [InlineData("monthly FLOP of colossus", Measure.FlopsPerMonth)]
    [InlineData("xai compute per month", Measure.FlopsPerMonth)]
    [InlineData("monthly compute of the xai deal", Measure.FlopsPerMonth)]
    [InlineData("cost per month for anthropic's compute from x.ai", Measure.MonthlyCost)]
    [InlineData("how long to train a 1e26 FLOP model on colossus", Measure.TimeToTrain)]
    [InlineData("time to train 1e26 flops on xai", Measure.TimeToTrain)]
    public void Parse_ScaleWords_DetectMeasure(string question, Measure measure)
    {
        Assert.Equal(measure, TestCatalog.Parse(question).Measure);
    }

    [Fact]
    public void Parse_ElectricityPrice_IsReadWithTheShare()
    {
        var query = TestCatalog.Parse("xai electricity share at 8 cents per kWh");

        Assert.Equal(Measure.ElectricityShare, query.Measure);
        Assert.Equal(0.08m, query.ElectricityPricePerKwh!.Value.Usd);
    }

    [Theory]
    [InlineData("xai electricity share at $0.08/kWh", "0.08")]
    [InlineData("xai electricity share at 9¢/kWh", "0.09")]
    [InlineData("xai electricity share at $60/MWh", "0.06")]
    [InlineData("xai electricity share at 12 cents a kWh", "0.12")]
    public void Parse_ElectricityPriceStyles_ReadPricePerKwh(string question, string price)
    {
        Assert.Equal(decimal.Parse(price), TestCatalog.Parse(question).ElectricityPricePerKwh!.Value.Usd);
    }

    [Fact]
    public void Parse_GpusForPower_ReadsAcceleratorAndDeal()
    {
        var query = TestCatalog.Parse("how many GB200s could the xai deal power?");

        Assert.Equal(Measure.GpusForPower, query.Measure);
        Assert.Equal("gb200", query.AcceleratorId);
        Assert.Equal(["anthropic-xai"], query.DealIds);
    }

    [Fact]
    public void Parse_TimeToTrain_ReadsFlopsAndUtilisation()
    {
        var query = TestCatalog.Parse("how long to train a 1e26 FLOP model on colossus at 40% MFU");

        Assert.Equal(Measure.TimeToTrain, query.Measure);
        Assert.Equal(1e26, query.TrainingFlops);
        Assert.Equal(0.40m, query.Utilisation);
    }

    [Fact]
    public void Parse_UnitCostWithGpuCount_OverridesTheFleet()
    {
        var query = TestCatalog.Parse("xai per gpu-hour with 325,000 GPUs");

        Assert.Equal(Measure.PerGpuHour, query.Measure);
        Assert.Equal(325_000m, query.GpuCount);
    }
}
