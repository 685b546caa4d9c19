using DealBot.Core.Quantities;
using DealBot.Core.Text;

namespace DealBot.Core.Tests.Quantities;

public class MoneyTest
{
    [Fact]
    public void Default_IsZero() => Assert.Equal(Money.Zero, default(Money));

    [Fact]
    public void FromBillions_IsExactDecimal() => Assert.Equal(1_250_000_000m, Money.FromBillions(1.25m).Usd);

    [Fact]
    public void Arithmetic_IsExact_NoBinaryFloatingPoint()
    {
        var tenth = Money.FromUsd(0.1m);

        Assert.Equal(Money.FromUsd(0.3m), tenth + tenth + tenth);
    }

    [Fact]
    public void DividedByDuration_GivesCostRate()
    {
        var rate = Money.FromBillions(1.25m) / Duration.FromMonths(1);

        Assert.Equal(Money.FromBillions(15m), rate.Yearly);
    }

    [Fact]
    public void DividedByEnergy_GivesEnergyPrice()
    {
        var price = Money.FromBillions(1.25m) / (Power.FromMegawatts(300) * Duration.FromMonths(1));

        Assert.Equal(5.7078, (double)price.UsdPerKilowattHour, 4);
    }

    [Fact]
    public void Overflow_Throws_InsteadOfWrapping() =>
        Assert.Throws<OverflowException>(() => Money.FromUsd(decimal.MaxValue) * 2m);

    [Theory]
    [InlineData(1_250_000_000, "$1.25B")]
    [InlineData(43_750_000_000, "$43.75B")]
    [InlineData(45_000_000_000, "$45B")]
    [InlineData(4_166_666.67, "$4.17M")]
    [InlineData(5_707.76, "$5,708")]
    [InlineData(7.7833, "$7.78")]
    [InlineData(0.0929, "$0.09")]
    [InlineData(2.5, "$2.50")]
    [InlineData(0.004, "$0.004")]
    [InlineData(300_000_000_000_000, "$300T")]
    [InlineData(0, "$0")]
    [InlineData(7.8, "$7.80")]
    [InlineData(999.995, "$1,000.00")]
    [InlineData(-1_250_000_000, "-$1.25B")]
    [InlineData(-0.004, "-$0.004")]
    public void Format_ScalesToReadableUnit(decimal usd, string expected) => Assert.Equal(expected, QuantityFormat.Usd(usd));
}
