using DealBot.Core.Text;
using DealBot.Core.Units;

namespace DealBot.Core.Tests.Text;

/// <summary>Units as people say them wherever a person reads them; the symbol stays the machine spelling (JSON).</summary>
public sealed class UnitWordsTest
{
    public static TheoryData<Unit, string> Words => new()
    {
        { Prelude.Usd, "dollars" },
        { Prelude.Usd.Per(Prelude.Month), "dollars per month" },
        { Prelude.Usd.Per(Prelude.Kilowatt).Per(Prelude.Month), "dollars per kW-month" },
        { Prelude.Usd.Per(Prelude.Gpu).Per(Prelude.Hour), "dollars per GPU-hour" },
        { Prelude.Usd.Scaled("billion", 1e9m).Per(Prelude.Month), "billion dollars per month" },
        { Prelude.Watt.Per(Prelude.Gpu), "W per GPU" },
        { Prelude.MegawattHour, "MWh" },
    };

    [Theory]
    [MemberData(nameof(Words))]
    public void Words_SaysTheUnitAsPeopleDo(Unit unit, string words)
    {
        Assert.Equal(words, UnitFormat.Words(unit));
    }

    public static TheoryData<decimal, Unit, string> Amounts => new()
    {
        { 4_166.67m, Prelude.Usd.Per(Prelude.Kilowatt).Per(Prelude.Month), "$4,167 per kW-month" },
        { 7.78m, Prelude.Usd.Per(Prelude.Gpu).Per(Prelude.Hour), "$7.78 per GPU-hour" },
        { 1_250_000_000m, Prelude.Usd.Per(Prelude.Month), "$1.25B/month" },
    };

    [Theory]
    [MemberData(nameof(Amounts))]
    public void Format_DollarsPerTwoThingsReadPerAHyphenatedUnit_PerOneKeepsTheSlash(decimal amount, Unit unit, string text)
    {
        Assert.Equal(text, UnitFormat.Format(amount, unit));
    }
}
