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
            return UnitBeforePrice(ref s, i, out rate, out next);
        }

        var j = s.IsDash(i + 1) ? i + 2 : i + 1;
        next = ReadUnits(ref s, j, ref rate, next);
        rate = Combine(rate);
        return rate != RateUnit.None;
    }

    /// <summary>
    /// "kwh price", "mw cost", "h100 price", "gpu-hour rate": units said before a price word are what the price is per, as
    /// "price per kWh". Not after a number: "300 MW cost" is an amount.
    /// </summary>
    private static bool UnitBeforePrice(ref Sentence s, int i, out RateUnit rate, out int next)
    {
        rate = RateUnit.None;
        next = i;
        // A period alone is no thing priced: "the ramp months cost" asks what they came to.
        var first = UnitOf(ref s, i);
        if (first == RateUnit.None || (first & Periods) != 0 || (i > 0 && s.Tokens[i - 1].Kind == TokenKind.Number))
        {
            return false;
        }

        var end = ReadUnits(ref s, i, ref rate, i);
        if (!(s.IsFree(end) && IsPriceWord(ref s, end)))
        {
            rate = RateUnit.None;
            return false;
        }

        (rate, next) = (Combine(rate), end);
        return true;
    }

    /// <summary>"price", "cost", "rate": a word that, after units, asks what is paid per them.</summary>
    public static bool IsPriceWord(ref Sentence s, int i) => i < s.Count && s.TextOf(i) is "price" or "prices" or "pricing" or "cost" or "rate" or "rates";

    /// <summary>Units chained from <paramref name="j"/> ("MW-month", "MW per month", "GPU/hr"), added to <paramref name="rate"/>; the token after them.</summary>
    private static int ReadUnits(ref Sentence s, int j, ref RateUnit rate, int next)
    {
        var units = 0;
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

        return next;
    }

    /// <summary>
    /// "the weekly fee was $300M", "if google's annual fee were $12B", "anthropic's daily payment to xai of $45M": the
    /// period of the fee an amount at <paramref name="amount"/> is said of, from the adjective before "fee", with
    /// <paramref name="quarterly"/> for a quarter's; none when no such fee is said. Only words that name the fee's deal
    /// or join it to the amount may come between.
    /// </summary>
    public static RateUnit FeePeriodBefore(ref Sentence s, int amount, out bool quarterly)
    {
        quarterly = false;
        for (var k = amount - 1; k >= 1 && k >= amount - 8; k--)
        {
            if (IsFeeWord(ref s, k))
            {
                quarterly = s.TextOf(k - 1) is "quarterly";
                var period = s.Tokens[k - 1].Kind == TokenKind.Word ? Adjective(s.Tokens[k - 1].Word) : RateUnit.None;
                if (period != RateUnit.None || quarterly)
                {
                    // The adjective belongs to the amount now, not to the period of what is asked.
                    s.Use(k - 1, k);
                }

                return period;
            }

            ref readonly var token = ref s.Tokens[k];
            var joins = !token.Entity.IsNone || (token.Kind == TokenKind.Symbol && token.Symbol is ':' or '=' or '\'')
                || s.TextOf(k) is "for" or "to" or "of" or "from" or "the" or "was" or "were" or "is" or "be" or "would" or "will" or "at" or "had" or "been";
            if (!joins)
            {
                return RateUnit.None;
            }
        }

        return RateUnit.None;
    }

    /// <summary>"fee", "payment", "bill", "charge", "rent": a word an amount's period can be said of.</summary>
    public static bool IsFeeWord(ref Sentence s, int k) =>
        s.IsWord(k, Word.Fee) || (s.IsFree(k) && s.TextOf(k) is "payment" or "payments" or "bill" or "charge" or "rent");

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
