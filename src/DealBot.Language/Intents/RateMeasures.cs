using DealBot.Core.Queries;
using DealBot.Core.Units;
using DealBot.Language.Tokens;
using DealBot.Language.Units;

namespace DealBot.Language.Intents;

/// <summary>Unit costs asked for by what they are per: "per MW-month", "/GPU-hr", "monthly", "a year".</summary>
internal static class RateMeasures
{
    /// <summary>The units of every "per …" phrase no number took ("$2/hr" is a price, "per hour" a question); they are used up.</summary>
    public static RateUnit ReadAsked(ref Sentence s)
    {
        var asked = RateUnit.None;
        for (var i = 0; i < s.Count; i++)
        {
            if (RateReader.TryRead(ref s, i, out var rate, out var next))
            {
                asked |= Phrases.HeldRate(ref s, i) || (PeriodOf(rate) is not null && ThingOf(rate) is null && Phrases.PeriodOfMove(ref s, i)) ? RateUnit.None : rate;
                s.Use(i, next);
                i = next - 1;
            }
        }

        return asked;
    }

    /// <summary>The period a rate names ("daily", "per year"), or null.</summary>
    public static Unit? PeriodOf(RateUnit rate) =>
        (rate & RateUnit.Hour) != 0 ? Prelude.Hour : (rate & RateUnit.Day) != 0 ? Prelude.Day : (rate & RateUnit.Week) != 0 ? Prelude.Week
        : (rate & RateUnit.Month) != 0 ? Prelude.Month : (rate & RateUnit.Year) != 0 ? Prelude.Year : null;

    /// <summary>The period a cost over time is asked per ("per day?" is a daily cost), or null.</summary>
    public static Unit? PeriodOf(Measure measure) => measure switch
    {
        Measure.HourlyCost => Prelude.Hour,
        Measure.DailyCost => Prelude.Day,
        Measure.WeeklyCost => Prelude.Week,
        Measure.MonthlyCost => Prelude.Month,
        Measure.YearlyCost => Prelude.Year,
        _ => null,
    };

    /// <summary>What a rate is per: a GPU, or a kW, MW or GW of power; null when it names none.</summary>
    public static Unit? ThingOf(RateUnit rate) =>
        (rate & RateUnit.Gpu) != 0 ? Prelude.Gpu : (rate & RateUnit.Kw) != 0 ? Prelude.Kilowatt
        : (rate & RateUnit.Mw) != 0 ? Prelude.Megawatt : (rate & RateUnit.Gw) != 0 ? Prelude.Gigawatt : null;

    /// <summary>
    /// The unit a rate asks for when no measure holds it whole: "daily cost per GPU" (per GPU-day), "weekly cost per MW",
    /// "yearly cost per kW". Null when <see cref="MeasureOf"/> holds it, or when it names no thing it is per.
    /// </summary>
    public static Unit? UnitOf(RateUnit rate)
    {
        var thing = ThingOf(rate);
        var period = PeriodOf(rate);
        if (thing is null || (period is null && thing == Prelude.Gpu))
        {
            return null;
        }

        // Power with no period is per year, as "per MW" is per MW-year; the measures hold MW only.
        period ??= Prelude.Year;
        var held = thing == Prelude.Gpu ? period == Prelude.Hour || period == Prelude.Month || period == Prelude.Year
            : thing == Prelude.Megawatt && (period == Prelude.Month || period == Prelude.Year);
        return held ? null : Prelude.Usd.Per(thing).Per(period);
    }

    /// <summary>
    /// The unit cost a rate asks for. Power without a period is per MW-year ("per megawatt", "per GW"),
    /// GPUs without one per GPU-hour; a bare period asks for the fee over it ("per hour", "a week").
    /// </summary>
    public static Measure? MeasureOf(RateUnit rate)
    {
        var power = (rate & (RateUnit.Mw | RateUnit.Gw)) != 0;
        if (power)
        {
            return (rate & RateUnit.Month) != 0 ? Measure.PerMwMonth : Measure.PerMwYear;
        }

        if ((rate & (RateUnit.Mwh | RateUnit.Gwh)) != 0)
        {
            return Measure.PerMwh;
        }

        if ((rate & RateUnit.Kwh) != 0)
        {
            return Measure.PerKwh;
        }

        if ((rate & RateUnit.Gpu) != 0)
        {
            return (rate & RateUnit.Month) != 0 ? Measure.PerGpuMonth
                : (rate & RateUnit.Year) != 0 ? Measure.PerGpuYear
                : Measure.PerGpuHour;
        }

        return (rate & RateUnit.Month) != 0 ? Measure.MonthlyCost
            : (rate & RateUnit.Year) != 0 ? Measure.YearlyCost
            : (rate & RateUnit.Week) != 0 ? Measure.WeeklyCost
            : (rate & RateUnit.Day) != 0 ? Measure.DailyCost
            : (rate & RateUnit.Hour) != 0 ? Measure.HourlyCost
            : null;
    }
}
