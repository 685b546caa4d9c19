using DealBot.Core.Units;

namespace DealBot.Core.Tests.Units;

/// <summary>Dimensions form a group under × and ÷: the laws hold for every pair and triple of the prelude's units.</summary>
public class DimensionTest
{
    public static TheoryData<string, string> Pairs()
    {
        var data = new TheoryData<string, string>();
        var units = Prelude.All.ToArray();
        foreach (var a in units)
        {
            foreach (var b in units)
            {
                data.Add(a.Symbol, b.Symbol);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void Multiplication_IsCommutative_AndDivisionUndoesIt(string first, string second)
    {
        var (a, b) = (Dimension(first), Dimension(second));

        Assert.Equal(a * b, b * a);
        Assert.Equal(a, a * b / b);
        Assert.Equal(Core.Units.Dimension.None, a / a);
        Assert.Equal(a.Inverse().Inverse(), a);
    }

    [Fact]
    public void Energy_IsPowerTimesTime_AndAnEnergyPriceIsMoneyPerPowerPerTime()
    {
        Assert.Equal(Prelude.MegawattHour.Dimension, Core.Units.Dimension.Power * Core.Units.Dimension.Time);
        Assert.Equal(Prelude.Usd.Per(Prelude.MegawattHour).Dimension, Prelude.Usd.Per(Prelude.Watt).Per(Prelude.Year).Dimension);
    }

    [Fact]
    public void Exponents_SurviveTheirStoredForm()
    {
        var dimension = Prelude.Usd.Per(Prelude.Gpu).Per(Prelude.Hour).Dimension;
        var exponents = Enum.GetValues<BaseDimension>().Select(b => (sbyte)dimension[b]).ToArray();

        Assert.Equal(dimension, Core.Units.Dimension.FromExponents(exponents));
        Assert.Equal("Money/Time/Gpu", dimension.ToString());
    }

    private static Dimension Dimension(string symbol) => Prelude.All.First(u => u.Symbol == symbol).Dimension;
}
