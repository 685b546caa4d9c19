using System.Collections.Frozen;

namespace DealBot.Core.Units;

/// <summary>
/// The one table of units, in the spirit of Numbat's prelude: each unit is declared once, from a base or from units
/// declared before it, with the words people write for it. The month is 730 h and the year 8,760 h (the project's
/// conventions, docs/conventions.md), not the calendar averages. The base units are the dollar, the hour and the
/// megawatt — the sizes the deals are told in — so that converting between the units people use ($/kWh to $/MWh, months
/// to years, kW to MW) multiplies exact decimals by exact factors; only seconds and minutes are repeating fractions.
/// </summary>
public static class Prelude
{
    public static Unit Usd { get; } = new("USD", Dimension.Money, 1m);
    public static Unit Cent { get; } = new("¢", Dimension.Money, 0.01m);
    public static Unit Second { get; } = new("s", Dimension.Time, 1m / 3_600m);
    public static Unit Minute { get; } = new("minutes", Dimension.Time, 1m / 60m, "minute");
    public static Unit Hour { get; } = new("hours", Dimension.Time, 1m, "hour");
    public static Unit Day { get; } = new("days", Dimension.Time, 24m, "day");
    public static Unit Week { get; } = new("weeks", Dimension.Time, 7m * 24m, "week");
    public static Unit Month { get; } = new("months", Dimension.Time, 730m, "month");
    public static Unit Quarter { get; } = new("quarters", Dimension.Time, 3m * 730m, "quarter");
    public static Unit Year { get; } = new("years", Dimension.Time, 8_760m, "year");
    public static Unit Watt { get; } = new("W", Dimension.Power, 1e-6m);
    public static Unit Kilowatt { get; } = new("kW", Dimension.Power, 1e-3m);
    public static Unit Megawatt { get; } = new("MW", Dimension.Power, 1m);
    public static Unit Gigawatt { get; } = new("GW", Dimension.Power, 1e3m);
    public static Unit Terawatt { get; } = new("TW", Dimension.Power, 1e6m);
    public static Unit WattHour { get; } = Energy("Wh", Watt);
    public static Unit KilowattHour { get; } = Energy("kWh", Kilowatt);
    public static Unit MegawattHour { get; } = Energy("MWh", Megawatt);
    public static Unit GigawattHour { get; } = Energy("GWh", Gigawatt);
    public static Unit TerawattHour { get; } = Energy("TWh", Terawatt);
    public static Unit Gpu { get; } = new("GPU", Dimension.Gpu, 1m);
    public static Unit Home { get; } = new("homes", Dimension.Home, 1m, "home");
    public static Unit Server { get; } = new("servers", Dimension.Of(BaseDimension.Server), 1m, "server");
    public static Unit Rack { get; } = new("racks", Dimension.Of(BaseDimension.Rack), 1m, "rack");
    public static Unit Flop { get; } = new("FLOP", Dimension.Flop, 1m);
    public static Unit TeraflopPerSecond { get; } = Speed("TFLOP/s", 1e12m);
    public static Unit PetaflopPerSecond { get; } = Speed("PFLOP/s", 1e15m);
    public static Unit ExaflopPerSecond { get; } = Speed("EFLOP/s", 1e18m);
    public static Unit Percent { get; } = new("%", Dimension.None, 0.01m);

    /// <summary>A count with no unit ("how many times bigger").</summary>
    public static Unit One { get; } = new("×", Dimension.None, 1m);

    /// <summary>FLOP per second in a prefix's size; the factor is exact (the second is a repeating fraction of the base hour).</summary>
    private static Unit Speed(string symbol, decimal flopPerSecond) => new(symbol, Dimension.Flop / Dimension.Time, flopPerSecond * 3_600m);

    private static Unit Energy(string symbol, Unit power) => new(symbol, power.Dimension * Dimension.Time, power.Factor * Hour.Factor);

    /// <summary>The words for each unit, lower case. Plurals ending in "s" are added for words of three letters or more.</summary>
    private static readonly (Unit Unit, string Words)[] Declarations =
    [
        (Usd, "$ usd dollar dollars buck bucks"),
        (Cent, "¢ cent cents"),
        (Second, "s sec secs second"),
        (Minute, "minute"),
        (Hour, "h hr hrs hour"),
        (Day, "day"),
        (Week, "week wk wks"),
        (Month, "month mo mos mth mths mnth"),
        (Quarter, "quarter qtr qtrs"),
        (Year, "year yr yrs annum"),
        (Watt, "w watt"),
        (Kilowatt, "kw kilowatt"),
        (Megawatt, "mw megawatt"),
        (Gigawatt, "gw gigawatt gig"),
        (Terawatt, "tw terawatt"),
        (WattHour, "wh"),
        (KilowattHour, "kwh"),
        (MegawattHour, "mwh"),
        (GigawattHour, "gwh"),
        (TerawattHour, "twh"),
        (Gpu, "gpu accelerator chip card tpu"),
        (Home, "home household house"),
        (Server, "server node"),
        (Rack, "rack"),
        (Flop, "flop"),
        // A prefixed FLOP is a speed, as hardware is rated and people speak ("989 teraflops", "an exaflop machine");
        // amounts of work are said in plain FLOP ("a 1e26 FLOP model"). "PFLOP/s" says the same twice (UnitReader).
        (TeraflopPerSecond, "tflop teraflop"),
        (PetaflopPerSecond, "pflop petaflop"),
        (ExaflopPerSecond, "eflop exaflop"),
        (Percent, "% percent pct"),
    ];

    private static readonly FrozenDictionary<string, Unit> ByWord = Words();

    /// <summary>The things counted, each a base dimension of its own, in the order a question's "per" is looked for.</summary>
    private static readonly (BaseDimension Base, Unit Unit)[] Counts =
        [(BaseDimension.Home, Home), (BaseDimension.Gpu, Gpu), (BaseDimension.Server, Server), (BaseDimension.Rack, Rack)];

    /// <summary>The unit of the thing counted with exactly this dimension ("homes", "GPU"), or null.</summary>
    public static Unit? CountOf(Dimension dimension) => Array.Find(Counts, c => c.Unit.Dimension == dimension).Unit;

    /// <summary>The thing a dimension is per ("kW/home" → homes), when it is per one counted thing, or null.</summary>
    public static Unit? PerCountOf(Dimension dimension) => Array.Find(Counts, c => dimension[c.Base] == -1).Unit;

    /// <summary>
    /// "USD/kW/month" over another period: "USD/kW/year". Null when <paramref name="rate"/> does not end in a period.
    /// </summary>
    public static Unit? WithPeriod(Unit rate, Unit period)
    {
        if (period.Dimension != Dimension.Time || EndingPeriod(rate) is not ({ } old, var slash))
        {
            return null;
        }

        return new Unit($"{rate.Symbol[..slash]}/{period.Singular}", rate.Dimension, rate.Factor * old.Factor / period.Factor);
    }

    /// <summary>"USD/GW/year" without its period: "USD/GW". The unit itself when it ends in no period.</summary>
    public static Unit WithoutPeriod(Unit rate) => EndingPeriod(rate) is ({ } period, var slash)
        ? new Unit(rate.Symbol[..slash], rate.Dimension * period.Dimension, rate.Factor * period.Factor)
        : rate;

    /// <summary>The period a rate's symbol ends in ("USD/kW/month" → month) and the slash before it, or null.</summary>
    private static (Unit Period, int Slash)? EndingPeriod(Unit rate)
    {
        var slash = rate.Symbol.LastIndexOf('/');
        return slash > 0 && Array.Find(Periods, p => rate.Symbol.AsSpan(slash + 1).SequenceEqual(p.Singular)) is { } period ? (period, slash) : null;
    }

    private static readonly Unit[] Periods = [Hour, Day, Week, Month, Quarter, Year];

    /// <summary>The period a rate is per, said last: "USD/month" → month, "USD/GPU-hour" → hour; null when it is per no period.</summary>
    public static Unit? PeriodOf(Unit rate)
    {
        var slash = rate.Symbol.LastIndexOf('/');
        if (slash < 0 || rate.Dimension[BaseDimension.Time] >= 0)
        {
            return null;
        }

        var last = rate.Symbol.AsSpan(slash + 1);
        last = last[(last.LastIndexOf('-') + 1)..];
        foreach (var period in Periods)
        {
            if (last.SequenceEqual(period.Singular))
            {
                return period;
            }
        }

        return null;
    }

    /// <summary>Every unit the table declares, once each.</summary>
    public static IEnumerable<Unit> All => Declarations.Select(d => d.Unit);

    /// <summary>The unit a word names ("kwh", "hours", "$"), or null.</summary>
    public static Unit? Find(ReadOnlySpan<char> word) =>
        ByWord.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out var unit) ? unit : null;

    /// <summary>The scale word for a power of a thousand, for naming "in billions" back to the user.</summary>
    public static string ScaleName(decimal scale) => scale switch
    {
        1e3m => "thousand",
        1e6m => "million",
        1e9m => "billion",
        1e12m => "trillion",
        _ => scale.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static FrozenDictionary<string, Unit> Words()
    {
        var words = new Dictionary<string, Unit>(StringComparer.Ordinal);
        foreach (var (unit, spellings) in Declarations)
        {
            foreach (var word in spellings.Split(' '))
            {
                words.TryAdd(word, unit);
                if (word.Length >= 3 && char.IsLetter(word[^1]) && !word.EndsWith('s'))
                {
                    words.TryAdd(word + "s", unit);
                }
            }
        }

        return words.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
