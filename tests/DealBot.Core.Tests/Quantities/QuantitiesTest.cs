using DealBot.Core.Quantities;
using DealBot.Core.Text;

namespace DealBot.Core.Tests.Quantities;

public class QuantitiesTest
{
    [Fact]
    public void Month_Is730Hours_Year8760() =>
        Assert.Equal((Duration.FromMonths(1).Hours, Duration.FromYears(1).Hours), (730m, 8_760m));

    [Fact]
    public void PowerTimesDuration_IsEnergy() =>
        Assert.Equal(Energy.FromTerawattHours(2.628m), Power.FromMegawatts(300) * Duration.FromYears(1));

    [Theory]
    [InlineData(0.3, 300)]
    [InlineData(1, 1_000)]
    [InlineData(4.5, 4_500)]
    public void Gigawatts_ConvertToMegawatts(decimal gw, decimal mw) => Assert.Equal(mw, Power.FromGigawatts(gw).Megawatts);

    [Fact]
    public void CostRateOverPower_IsPowerPrice()
    {
        var price = CostRate.PerMonth(Money.FromBillions(1.25m)) / Power.FromMegawatts(300);

        Assert.Equal(50_000_000m, decimal.Round(price.PerMegawattYearly.Usd, 6));
    }

    [Theory]
    [InlineData(300, "300 MW")]
    [InlineData(4_500, "4.5 GW")]
    public void Power_Formats(decimal mw, string expected) => Assert.Equal(expected, QuantityFormat.Power(Power.FromMegawatts(mw)));

    [Theory]
    [InlineData(219_000, "219 GWh")]
    [InlineData(2_628_000, "2.63 TWh")]
    [InlineData(500, "500 MWh")]
    public void Energy_FormatsBySize(decimal mwh, string expected) => Assert.Equal(expected, QuantityFormat.Energy(Energy.FromMegawattHours(mwh)));

    [Theory]
    [InlineData(1234.5, 2, "1,234.5")]
    [InlineData(-0.001, 2, "0")]
    [InlineData(2.005, 2, "2.01")]
    [InlineData(45, 2, "45")]
    [InlineData(1e15, 0, "1,000,000,000,000,000")]
    [InlineData(13.28, 1, "13.3")]
    [InlineData(-1234.5678, 2, "-1,234.57")]
    [InlineData(0.5, 0, "1")]
    // A mantissa beyond 64 bits takes the standard format.
    [InlineData(1e20, 2, "100,000,000,000,000,000,000")]
    public void Number_GroupsThousands_DropsTrailingZeros(decimal value, int decimals, string expected) =>
        Assert.Equal(expected, QuantityFormat.Number(value, decimals));

    [Fact]
    public void Comparisons_FollowValues()
    {
        Assert.True(Money.FromUsd(1) < Money.FromUsd(2), "money");
        Assert.True(Power.FromMegawatts(300) > Power.FromMegawatts(200), "power");
        Assert.True(Energy.FromGigawattHours(1) > Energy.FromMegawattHours(999), "energy");
        Assert.True(Duration.FromYears(1) > Duration.FromMonths(11), "duration");
    }
}
