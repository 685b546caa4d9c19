using DealBot.Language.Entities;
using DealBot.Language.Tokens;
using DealBot.Language.Vocabulary;

namespace DealBot.Language.Units;

/// <summary>
/// Reads what something is "per": "per MW-month", "per MW per month", "/GPU/hr", "a year", "an hour",
/// "per kilowatt-hour", "monthly", "per annum".
/// </summary>
internal static class RateReader
{
    private const int MaxUnits = 3;

    private const RateUnit Periods = RateUnit.Hour | RateUnit.Day | RateUnit.Week | RateUnit.Month | RateUnit.Year;

    // Energy already has its time in it: in "9c/kWh per year" the "per year" is what the question asks for.
    private const RateUnit Energies = RateUnit.Mwh | RateUnit.Gwh | RateUnit.Kwh;

    public static bool TryRead(ref Sentence s, int i, out RateUnit rate, out int next)
    {
        rate = Adjective(s.WordAt(i));
        next = i + 1;
        if (rate != RateUnit.None)
        {
            return true;
        }

        if (!IsMarker(ref s, i))
        {
            return false;
        }

        var units = 0;
        var j = s.IsDash(i + 1) ? i + 2 : i + 1;
        while (units < MaxUnits && UnitOf(ref s, j) is var unit and not RateUnit.None)
        {
            rate |= unit;
            units++;
            next = j + 1;
            if ((unit & (Periods | Energies)) != 0)
            {
                // A period ends the rate: in "$2B a month, per year" the "per year" is a second thought.
                break;
            }

            // Units chain as "MW-month", "MW per month", "GPU/hr" or just "megawatt hour".
            j = s.IsDash(next) || s.IsSymbol(next, '/') || s.IsWord(next, Word.Per) ? next + 1 : next;
        }

        rate = Combine(rate);
        return rate != RateUnit.None;
    }

    private static RateUnit Adjective(Word word) => word switch
    {
        Word.Monthly => RateUnit.Month,
        Word.Yearly => RateUnit.Year,
        Word.Daily => RateUnit.Day,
        Word.Weekly => RateUnit.Week,
        Word.Hourly => RateUnit.Hour,
        _ => RateUnit.None,
    };

    /// <summary>"per", "each", "every", "/", or "a"/"an" unless after "for" ("for a year" is a duration, "in a year" a rate).</summary>
    private static bool IsMarker(ref Sentence s, int i)
    {
        if (s.IsWord(i, Word.Per) || s.IsSymbol(i, '/'))
        {
            return true;
        }

        if (!s.IsWord(i, Word.A) || s.IsText(i, "one"))
        {
            return false;
        }

        return s.WordAt(i - 1) is not (Word.For or Word.Over or Word.During or Word.Next or Word.The);
    }

    private static RateUnit UnitOf(ref Sentence s, int i)
    {
        if (s.IsFree(i) && s.Tokens[i].Entity.Kind == EntityKind.Hardware)
        {
            return RateUnit.Gpu;
        }

        return s.WordAt(i) switch
        {
            Word.Hour => RateUnit.Hour,
            Word.Day => RateUnit.Day,
            Word.Week => RateUnit.Week,
            Word.Month => RateUnit.Month,
            Word.Year => RateUnit.Year,
            Word.Mw => RateUnit.Mw,
            Word.Gw => RateUnit.Gw,
            Word.Kw => RateUnit.Kw,
            Word.Mwh => RateUnit.Mwh,
            Word.Gwh => RateUnit.Gwh,
            Word.Kwh => RateUnit.Kwh,
            Word.Gpu => RateUnit.Gpu,
            _ => RateUnit.None,
        };
    }

    /// <summary>"megawatt hour" is energy (MWh), not power per hour.</summary>
    private static RateUnit Combine(RateUnit rate) => rate switch
    {
        RateUnit.Mw | RateUnit.Hour => RateUnit.Mwh,
        RateUnit.Kw | RateUnit.Hour => RateUnit.Kwh,
        RateUnit.Gw | RateUnit.Hour => RateUnit.Gwh,
        _ => rate,
    };
}
