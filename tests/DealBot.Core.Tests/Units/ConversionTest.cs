using DealBot.Core.Units;

namespace DealBot.Core.Tests.Units;

/// <summary>
/// Conversions against values worked out with qalc (with 730 h months and 8,760 h years written out, the project's
/// conventions), and round trips through every unit of the same dimension.
/// </summary>
public class ConversionTest
{
    [Theory]
    // qalc -t "2.5 GW to MW" → 2500 MW
    [InlineData(2.5, "GW", "MW", 2500)]
    // qalc -t "48 h to d" → 2 d
    [InlineData(48, "hours", "days", 2)]
    // qalc -t "1 quarter"… a quarter is 3 × 730 h = 2190 h
    [InlineData(1, "quarters", "hours", 2190)]
    // qalc -t "1 (8760 h) to d" → 365 d
    [InlineData(1, "years", "days", 365)]
    // qalc -t "1 (8760 h) / (730 h)" → 12
    [InlineData(1, "years", "months", 12)]
    // qalc -t "1 TWh to GWh" → 1000
    [InlineData(1, "TWh", "GWh", 1000)]
    public void Amount_ConvertsBetweenUnitsOfOneDimension(decimal amount, string from, string to, decimal expected)
    {
        var quantity = Quantity.Of(amount, Unit(from));

        Assert.Equal(expected, quantity.In(Unit(to))!.Value.Value);
    }

    [Fact]
    public void CompoundUnits_ConvertLikeQalc()
    {
        // qalc -t "(1.25e9 USD/(730 h)) / (300 MW) to USD/(kW*(730 h))" → 4166.666667
        var perKwMonth = Prelude.Usd.Per(Prelude.Kilowatt).Per(Prelude.Month);
        var fee = Quantity.Of(1.25e9m, Prelude.Usd.Per(Prelude.Month)) / Quantity.Of(300m, Prelude.Megawatt);

        Assert.Equal(4166.666667m, Math.Round(fee.In(perKwMonth)!.Value.Value, 6));

        // qalc -t "0.11 USD/kWh to USD/MWh" → 110
        Assert.Equal(110m, Quantity.Of(0.11m, Prelude.Usd.Per(Prelude.KilowattHour)).In(Prelude.Usd.Per(Prelude.MegawattHour))!.Value.Value);
    }

    [Fact]
    public void AnotherDimension_IsRefused()
    {
        Assert.Null(Quantity.Of(300m, Prelude.Megawatt).In(Prelude.MegawattHour));
    }

    [Fact]
    public void EveryUnit_RoundTripsThroughEveryUnitOfItsDimension()
    {
        foreach (var a in Prelude.All)
        {
            foreach (var b in Prelude.All.Where(u => u.Dimension == a.Dimension))
            {
                var there = Quantity.Of(7.25m, a).In(b)!.Value.Value;
                var back = Quantity.Of(there, b).In(a)!.Value.Value;
                Assert.Equal(7.25m, Math.Round(back, 20));
            }
        }
    }

    [Theory]
    [InlineData("kwh", "kWh")]
    [InlineData("hours", "hours")]
    [InlineData("hr", "hours")]
    [InlineData("$", "USD")]
    [InlineData("gpus", "GPU")]
    [InlineData("households", "homes")]
    [InlineData("megawatts", "MW")]
    public void Words_NameTheirUnit(string word, string symbol)
    {
        Assert.Equal(symbol, Prelude.Find(word)?.Symbol);
    }

    [Fact]
    public void JoinedUnits_SpellTheirParts()
    {
        Assert.Equal("USD/kW/month", Prelude.Usd.Per(Prelude.Kilowatt).Per(Prelude.Month).Symbol);
        Assert.Equal("GPU-hours", Prelude.Gpu.Times(Prelude.Hour).Symbol);
        Assert.Equal("USD/GPU-hour", Prelude.Usd.Per(Prelude.Gpu.Times(Prelude.Hour)).Symbol);
        Assert.Equal("kW/home", Prelude.Kilowatt.Per(Prelude.Home).Symbol);
    }

    private static Unit Unit(string symbol) => Prelude.All.First(u => u.Symbol == symbol);

    [Fact]
    public void RateOverAnotherPeriod_KeepsWhatItIsPerAndScalesThePeriod()
    {
        // qalc -t "4166.666667 USD/(kW*(730 h)) to USD/(kW*(8760 h))" → 50000
        var perKwMonth = Prelude.Usd.Per(Prelude.Kilowatt).Per(Prelude.Month);
        var perKwYear = Prelude.WithPeriod(perKwMonth, Prelude.Year)!;
        var price = Quantity.Of(4166.666667m, perKwMonth);

        Assert.Equal("USD/kW/year", perKwYear.Symbol);
        Assert.Equal(50000m, Math.Round(price.In(perKwYear)!.Value.Value, 2));
    }

    [Fact]
    public void UnitNotEndingInAPeriod_HasNoOtherPeriod() =>
        Assert.Null(Prelude.WithPeriod(Prelude.Usd.Per(Prelude.Kilowatt), Prelude.Year));

    public static TheoryData<Unit, Unit?> RatesAndTheirPeriods => new()
    {
        { Prelude.Usd.Per(Prelude.Month), Prelude.Month },
        { Prelude.Usd.Per(Prelude.Gpu.Times(Prelude.Hour)), Prelude.Hour },
        { Prelude.Usd.Per(Prelude.Kilowatt).Per(Prelude.Year), Prelude.Year },
        { Prelude.Usd.Per(Prelude.Gpu), null },
        { Prelude.Megawatt, null },
    };

    [Theory]
    [MemberData(nameof(RatesAndTheirPeriods))]
    public void RateSaysThePeriodItIsPer_LastInItsUnit(Unit rate, Unit? period) =>
        Assert.Equal(period, Prelude.PeriodOf(rate));

    [Fact]
    public void RateWithoutItsPeriod_IsTheAmountPerTheThing()
    {
        var perGwYear = Prelude.Usd.Per(Prelude.Gigawatt).Per(Prelude.Year);

        var perGw = Prelude.WithoutPeriod(perGwYear);

        Assert.Equal("USD/GW", perGw.Symbol);
        Assert.Equal(Prelude.Usd.Per(Prelude.Gigawatt).Dimension, perGw.Dimension);
        Assert.Same(Prelude.Megawatt, Prelude.WithoutPeriod(Prelude.Megawatt));
    }

    [Fact]
    public void DollarsPerThing_InAnotherAmount_KeepsWhatItIsPer()
    {
        // qalc -t "7.783312578 USD/(GPU*h) to cent/(GPU*h)" → 778.3312578
        var perGpuHour = Prelude.Usd.Per(Prelude.Gpu).Per(Prelude.Hour);

        var cents = perGpuHour.WithAmount(Prelude.Cent)!;

        Assert.Equal("¢/GPU/hour", cents.Symbol);
        Assert.Equal(778.3312578m, Math.Round(Quantity.Of(7.783312578m, perGpuHour).In(cents)!.Value.Value, 7));
        Assert.Equal(Prelude.Home.Per(Prelude.Gigawatt).Dimension, Prelude.Usd.Per(Prelude.Gigawatt).WithAmount(Prelude.Home)!.Dimension);
        Assert.Null(Prelude.Megawatt.WithAmount(Prelude.Cent));
    }

    [Theory]
    [InlineData("1 EFLOP/s", 1, "PFLOP/s", 1000)]
    [InlineData("989 TFLOP/s", 989, "EFLOP/s", 0.000989)]
    public void FlopSpeeds_ConvertByTheirPrefixes(string said, double amount, string to, double expected)
    {
        var from = Unit(said.Split(' ')[1]);
        Assert.Equal((decimal)expected, Quantity.Of((decimal)amount, from).In(Unit(to))!.Value.Value);
    }
}
