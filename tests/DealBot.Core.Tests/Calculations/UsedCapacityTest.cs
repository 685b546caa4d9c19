using DealBot.Core.Answers;
using DealBot.Core.Catalog;
using DealBot.Core.Queries;
using DealBot.Core.Quantities;

namespace DealBot.Core.Tests.Calculations;

/// <summary>
/// A deal's price per unit of capacity at partial utilisation is the whole fee over the part used; the deal's own
/// electricity bill is its power drawn all month at the sourced price; its phases are windows of their own.
/// </summary>
public class UsedCapacityTest
{
    private static readonly DealCatalog Catalog = CatalogLoader.LoadDefault();
    private static readonly Answerer Answerer = new(Catalog, TimeProvider.System);

    [Theory]
    [InlineData(Measure.PerMwh, 0.6, 9512.937595)] // qalc: 1.25e9/(300*730)/0.6
    [InlineData(Measure.PerGpuHour, 0.8, 9.729140722)] // qalc: 1.25e9/(220000*730)/0.8
    public void AtPartialUtilisation_ThePriceIsTheFeeOverThePartUsed(Measure measure, double used, double expected)
    {
        var answer = Answerer.Answer(new DealQuery { Kind = QueryKind.Deal, Measure = measure, DealIds = ["anthropic-xai"], Utilisation = (decimal)used });

        Assert.Equal(expected, answer.Value!.Value, 6);
        Assert.Contains(answer.Steps, s => s.Contains("used =", StringComparison.Ordinal));
        Assert.Contains(answer.Assumptions, a => a.StartsWith("Effective price", StringComparison.Ordinal));
    }

    [Fact]
    public void ElectricityBill_IsThePowerAllMonthAtTheSourcedPrice_AsARange()
    {
        var answer = Answerer.Answer(new DealQuery { Kind = QueryKind.Deal, Measure = Measure.ElectricityBill, DealIds = ["anthropic-xai"] });

        // qalc: 300*730*1000*0.0929 (low 0.0821, high 0.0933)
        Assert.Equal((20_345_100d, 17_979_900d, 20_432_700d), (answer.Value!.Value, answer.Low!.Value, answer.High!.Value));
        Assert.Equal(AnswerUnit.UsdPerMonth, answer.Unit);
    }

    [Theory]
    [InlineData(WindowKind.Ramp, 1.25e9)]
    [InlineData(WindowKind.FullRate, 43.75e9)]
    public void ThePhases_AreWindowsOfTheirOwn(WindowKind phase, double expected)
    {
        var answer = Answerer.Answer(new DealQuery { Kind = QueryKind.Deal, Measure = Measure.Total, DealIds = ["anthropic-xai"], Window = new Window(phase) });

        Assert.Equal(expected, answer.Value);
    }

    [Theory]
    [InlineData(1, 46.25e9)]
    [InlineData(0, 43.75e9)]
    public void TheRampBilledInFullOrFree_IsExact(int factor, double expected)
    {
        var answer = Answerer.Answer(new DealQuery
        {
            Kind = QueryKind.WhatIf, Measure = Measure.Total, DealIds = ["anthropic-xai"], Changes = new DealChanges { RampFeeFactor = factor },
        });

        Assert.Equal(expected, answer.Value);
        Assert.Null(answer.Low);
    }
}
