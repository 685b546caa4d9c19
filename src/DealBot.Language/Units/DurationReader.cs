using DealBot.Core.Quantities;
using DealBot.Language.Numbers;
using DealBot.Language.Tokens;
using DealBot.Language.Vocabulary;

namespace DealBot.Language.Units;

/// <summary>Durations: "18 months", "3 years", "for a year", "over the next two years", "720 hours".</summary>
internal static class DurationReader
{
    /// <summary>No deal or rental runs longer; beyond it a duration is a typing accident.</summary>
    public const decimal LongestHours = 1_000m * Duration.HoursPerYear;

    public static Quantity Of(Amount amount, Word unit)
    {
        var perUnit = HoursPer(unit);
        var hours = amount.Exact && amount.Approx * (double)perUnit < (double)LongestHours * 10 ? amount.Value * perUnit : decimal.MaxValue;
        return new Quantity(QuantityKind.Duration, hours, amount.Approx * (double)perUnit) { Months = WholeMonths(hours, unit), Days = WholeDays(hours, unit) };
    }

    /// <summary>Reads a duration spelled in words ("a year" after "for"/"over", "two years", "one month").</summary>
    public static bool TryReadWords(ref Sentence s, int i, out Quantity quantity, out int next)
    {
        quantity = default;
        next = i + 2;
        if (TryReadQuarters(ref s, i, out quantity, out next))
        {
            return true;
        }

        var count = WordValue(ref s, i);
        var unit = s.WordAt(i + 1);
        if (count == 0 || unit is not (Word.Hour or Word.Day or Word.Week or Word.Month or Word.Year))
        {
            return false;
        }

        // "a year" alone is a rate ("$1B a year"); it is a duration after "for", "over", "next" and the like.
        if (s.WordAt(i) == Word.A && !s.IsText(i, "one")
            && s.WordAt(i - 1) is not (Word.For or Word.Over or Word.Next or Word.During or Word.The))
        {
            return false;
        }

        quantity = Counted(count, unit);
        return true;
    }

    /// <summary><paramref name="count"/> whole units ("two years", "three quarters").</summary>
    private static Quantity Counted(int count, Word unit)
    {
        var hours = count * HoursPer(unit);
        return new Quantity(QuantityKind.Duration, hours, (double)hours) { Months = WholeMonths(hours, unit), Days = WholeDays(hours, unit) };
    }

    private const int MonthsPerQuarter = 3;

    /// <summary>
    /// "per quarter", "quarterly", "a quarter", "two quarters": three months each. Deals bill monthly, so a quarter's
    /// cost is the spend over three months.
    /// </summary>
    private static bool TryReadQuarters(ref Sentence s, int i, out Quantity quantity, out int next)
    {
        quantity = default;
        next = i + 1;
        // "the quarterly fee was $4B": an amount's period, which the money reader takes, not a length.
        var count = s.IsWord(i, Word.Quarters) && s.IsText(i, "quarterly") && !(RateReader.IsFeeWord(ref s, i + 1) && AmountAfter(ref s, i + 2)) ? 1 : 0;
        if (count == 0 && s.IsWord(i + 1, Word.Quarters))
        {
            count = s.IsWord(i, Word.Per) ? 1 : WordValue(ref s, i);
            next = i + 2;
        }

        if (count == 0)
        {
            return false;
        }

        quantity = Counted(count, Word.Quarters);
        return true;
    }

    /// <summary>"was $4B", "of 3bn", "= $20B": an amount said next.</summary>
    private static bool AmountAfter(ref Sentence s, int i)
    {
        while (i < s.Count && s.Tokens[i].Kind == TokenKind.Word && s.TextOf(i) is "was" or "were" or "is" or "of" or "be" or "would" or "became" or "went" or "to")
        {
            i++;
        }

        return i < s.Count && (s.Tokens[i].Kind == TokenKind.Number || s.IsSymbol(i, '$'));
    }

    private static decimal HoursPer(Word unit) => unit switch
    {
        Word.Hour => 1m,
        Word.Day => Duration.HoursPerDay,
        Word.Week => 7m * Duration.HoursPerDay,
        Word.Month => Duration.HoursPerMonth,
        Word.Quarters => MonthsPerQuarter * Duration.HoursPerMonth,
        _ => Duration.HoursPerYear,
    };

    /// <summary>Days for a window: only durations given in days or weeks, and only whole ones.</summary>
    private static int WholeDays(decimal hours, Word unit)
    {
        if (unit is not (Word.Day or Word.Week) || hours > LongestHours)
        {
            return -1;
        }

        var days = hours / Duration.HoursPerDay;
        return days == decimal.Truncate(days) ? (int)days : -1;
    }

    /// <summary>Months for a window: only durations given in months or years, and only whole ones ("1.5 years" is 18).</summary>
    private static int WholeMonths(decimal hours, Word unit)
    {
        if (unit is not (Word.Month or Word.Quarters or Word.Year) || hours > LongestHours)
        {
            return -1;
        }

        var months = hours / Duration.HoursPerMonth;
        return months == decimal.Truncate(months) ? (int)months : -1;
    }

    /// <summary>"a", "one", "two" … "eighteen" as a count, or 0.</summary>
    public static int WordValue(ref Sentence s, int i) => s.WordAt(i) switch
    {
        Word.A => 1,
        Word.NumberWord => s.TextOf(i) switch
        {
            "two" => 2,
            "three" => 3,
            "four" => 4,
            "five" => 5,
            "six" => 6,
            "seven" => 7,
            "eight" => 8,
            "nine" => 9,
            "ten" => 10,
            "eleven" => 11,
            "twelve" => 12,
            "eighteen" => 18,
            _ => 0,
        },
        _ => 0,
    };
}
