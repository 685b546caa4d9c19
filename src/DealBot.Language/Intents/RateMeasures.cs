using DealBot.Core.Queries;
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
                asked |= Phrases.HeldRate(ref s, i) ? RateUnit.None : rate;
                s.Use(i, next);
                i = next - 1;
            }
        }

        return asked;
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
