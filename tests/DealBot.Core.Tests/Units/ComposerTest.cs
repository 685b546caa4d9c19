using DealBot.Core.Units;

namespace DealBot.Core.Tests.Units;

/// <summary>
/// The composition search, as a specification: every given amount used once, facts only when needed and fewest
/// first, and the result re-derived by a brute force over all sign choices.
/// </summary>
public class ComposerTest
{
    private static Term Given(decimal amount, Unit unit) => new($"{amount} {unit.Symbol}", Quantity.Of(amount, unit)) { Given = true };

    private static Term Fact(string label, decimal amount, Unit unit) => new(label, Quantity.Of(amount, unit));

    [Fact]
    public void GpusTimesPowerEach_IsPower()
    {
        var fits = Composer.Compose([Given(900m, Prelude.Gpu), Given(1m, Prelude.Kilowatt.Per(Prelude.Gpu))], [], Dimension.Power);

        var fit = Assert.Single(fits);
        Assert.Equal(0.9m, fit.Result.In(Prelude.Megawatt)!.Value.Value);
    }

    [Fact]
    public void HomesThatPowerSupplies_DividesByPowerPerHome()
    {
        // qalc -t "90 MW / (1.5 kW)" → 60000
        var fit = Assert.Single(Composer.Compose([Given(90m, Prelude.Megawatt), Given(1.5m, Prelude.Kilowatt.Per(Prelude.Home))], [], Dimension.Home));

        Assert.Equal(60_000m, fit.Result.Value);
        Assert.Contains(fit.Factors, f => f.Exponent == -1 && f.Term.Quantity.Dimension == Prelude.Kilowatt.Per(Prelude.Home).Dimension);
    }

    [Fact]
    public void ALengthAskedOfAUsersRate_DividesTheDealsAmountByIt()
    {
        // "at $2B a month, how long to spend what the deal bills": fee × months ÷ $2B/month, not $2B/month × months ÷ fee.
        // qalc -t "1.25e9 * 36 / 2e9" → 22.5
        var fee = Fact("fee", 1.25e9m, Prelude.Usd.Per(Prelude.Month));
        var months = Fact("36 months", 36m, Prelude.Month) with { OnlyMultiplies = true };

        var fit = Assert.Single(Composer.Compose([Given(2e9m, Prelude.Usd.Per(Prelude.Month))], [fee, months], Dimension.Time));

        Assert.Equal(22.5m, fit.Result.In(Prelude.Month)!.Value.Value);
    }

    [Fact]
    public void AmountsThatCannotMakeTheTarget_GiveNoFit()
    {
        Assert.Empty(Composer.Compose([Given(60m, Prelude.Megawatt)], [], Dimension.Gpu));
    }

    [Fact]
    public void TwoAmountsOfOneKind_NeverMultiplyEachOther()
    {
        // "10k h100s at 700 W each and 1 kW each, in MW": W × kW ÷ the chip's all-in power has the right dimension, and no meaning.
        var perGpu = Prelude.Watt.Per(Prelude.Gpu);
        var allIn = Fact("all-in power per GPU", 1.5m, Prelude.Kilowatt.Per(Prelude.Gpu));

        Assert.Empty(Composer.Compose([Given(10_000m, Prelude.Gpu), Given(700m, perGpu), Given(1_000m, perGpu)], [allIn], Dimension.Power));
    }

    [Fact]
    public void Facts_JoinOnlyWhenTheGivenAmountsAreNotEnough_FewestFirst()
    {
        var fee = Fact("fee", 1.25e9m, Prelude.Usd.Per(Prelude.Month));
        var power = Fact("power", 300m, Prelude.Megawatt);
        var gpus = Fact("gpus", 220_000m, Prelude.Gpu);
        var term = Fact("term", 37m, Prelude.Month);

        var perWattYear = Assert.Single(Composer.Compose([], [fee, power, gpus, term], Prelude.Usd.Per(Prelude.Watt).Per(Prelude.Year).Dimension));
        Assert.Equal(["fee", "power"], perWattYear.Facts.Select(f => f.Label).Order());

        // "at the same rate, what would 1 GW cost a year": 1 GW × fee ÷ power; qalc → 5e10 USD/(8760 h)
        var sameRate = Assert.Single(Composer.Compose([Given(1m, Prelude.Gigawatt)], [fee, power, gpus, term], Prelude.Usd.Per(Prelude.Year).Dimension));
        Assert.Equal(50_000_000_000m, Math.Round(sameRate.Result.In(Prelude.Usd.Per(Prelude.Year))!.Value.Value, 6));
    }

    [Fact]
    public void AFactThatOnlyMultiplies_NeverDivides()
    {
        // "1 GW × 1 year × fee ÷ 37 months ÷ power" has the dimension of dollars a year and means nothing.
        var fee = Fact("fee", 1.25e9m, Prelude.Usd.Per(Prelude.Month));
        var power = Fact("power", 300m, Prelude.Megawatt);
        var term = Fact("term", 37m, Prelude.Month) with { OnlyMultiplies = true };

        var fits = Composer.Compose([Given(1m, Prelude.Gigawatt), Given(1m, Prelude.Year)], [fee, power, term], Prelude.Usd.Per(Prelude.Year).Dimension);

        Assert.Empty(fits);
    }

    [Fact]
    public void TwoFactsOfOneDimension_AreAmbiguous()
    {
        var fits = Composer.Compose([], [Fact("term", 37m, Prelude.Month), Fact("notice", 90m, Prelude.Day)], Dimension.Time);

        Assert.Equal(2, fits.Count);
    }

    [Fact]
    public void APercentage_OnlyMultiplies()
    {
        var fits = Composer.Compose([Given(40m, Prelude.Megawatt), Given(50m, Prelude.Percent)], [], Dimension.Power);

        Assert.Equal(20m, Assert.Single(fits).Result.In(Prelude.Megawatt)!.Value.Value);
    }

    [Fact]
    public void RangesCarryThrough_AQuotientCrossesTheEnds()
    {
        var gpus = new Term("gpus", Quantity.Of(220_000m, 220_000m, 325_000m, Prelude.Gpu));
        var fit = Assert.Single(Composer.Compose([], [Fact("power", 300m, Prelude.Megawatt), gpus], Dimension.Power / Dimension.Gpu));

        var (low, value, high) = fit.Result.In(Prelude.Watt.Per(Prelude.Gpu))!.Value;
        Assert.True(low < value && value == high);
    }

    [Fact]
    public void EveryFit_IsRederivedByBruteForce()
    {
        var random = new Random(2026_12_06);
        // Units up to a GWh: products of larger ones pass decimal's range, which the answerer reports as "too large".
        var units = Prelude.All.Where(u => !u.Dimension.IsDimensionless && u.Factor <= Prelude.GigawattHour.Factor).ToArray();
        for (var round = 0; round < 500; round++)
        {
            var given = Enumerable.Range(0, random.Next(1, 4)).Select(_ => Given(random.Next(1, 100), units[random.Next(units.Length)])).ToArray();
            var target = units[random.Next(units.Length)].Dimension;

            var fits = Composer.Compose(given, [], target);

            var brute = Enumerable.Range(0, 1 << given.Length)
                .Where(signs => given.Select((g, i) => (signs & (1 << i)) == 0 ? g.Quantity.Dimension : g.Quantity.Dimension.Inverse())
                    .Aggregate(Dimension.None, (d, x) => d * x) == target)
                .ToArray();
            Assert.Equal(brute.Length == 0, fits.Count == 0);
            Assert.All(fits, f => Assert.Equal(target, f.Result.Dimension));
            Assert.All(fits, f => Assert.Equal(given.Length, f.Factors.Count));
        }
    }
}
