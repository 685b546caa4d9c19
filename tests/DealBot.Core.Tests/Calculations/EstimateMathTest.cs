using DealBot.Core.Calculations;
using DealBot.Core.Quantities;

namespace DealBot.Core.Tests.Calculations;

public class EstimateMathTest
{
    [Fact]
    public void DividingByARange_SwapsEnds()
    {
        var fee = EstimateMath.Exactly(1_250_000_000m);
        var gpus = new Estimate<decimal>(220_000m, 220_000m, 325_000m);

        var perGpu = fee.DividedBy(gpus);

        Assert.Equal(1_250_000_000m / 325_000m, perGpu.Low);
        Assert.Equal(1_250_000_000m / 220_000m, perGpu.High);
    }

    [Fact]
    public void Into_CountsFitsOfARange()
    {
        var count = 300_000m.Into(new Estimate<decimal>(1.3m, 1.5m, 1.7m));

        Assert.Equal((176_470, 200_000, 230_769), ((int)count.Low, (int)count.Value, (int)count.High));
    }

    [Fact]
    public void Map_KeepsLowBelowHigh_ForDecreasingFunctions()
    {
        var inverted = new Estimate<decimal>(1m, 2m, 4m).Map(x => 1m / x);

        Assert.True(inverted.Low <= inverted.Value && inverted.Value <= inverted.High);
    }
}
