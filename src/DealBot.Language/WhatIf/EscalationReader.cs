using DealBot.Core.Units;
using DealBot.Language.Composition;
using DealBot.Language.Intents;
using DealBot.Language.Tokens;
using DealBot.Language.Vocabulary;

namespace DealBot.Language.WhatIf;

/// <summary>
/// "if xai's fee rose 4% a year", "$15B a year, up 3% every year", "growing 10%/yr after that": a fee rising by a share
/// every year, compounded. Reads the yearly share and the year asked ("in year 3", "the 3rd year"); the base ("$15B a
/// year", or else the deal's fee) and the number of years ("total for 3 years") are amounts the user typed.
/// </summary>
internal static class EscalationReader
{
    /// <summary>The reading, or null when the question has no yearly rise or has amounts the reading cannot use.</summary>
    public static (decimal Rate, int? Year, IReadOnlyList<Term> Given, Unit? Target)? Read(ref Sentence s, QuantityQuestion asked)
    {
        if (!Phrases.Rises(ref s) || RateAt(ref s, asked) is not (var rateAt, var rate))
        {
            return null;
        }

        var (year, yearNumbers, yearOneAt) = YearsNamed(ref s);
        var given = new List<Term>();
        for (var k = 0; k < asked.Given.Count; k++)
        {
            var term = asked.Given[k];
            var dimension = term.Quantity.Dimension;
            // "4% escalation a year": the period of the escalator said after it, not a length to total over.
            if (k == rateAt || (dimension == Dimension.Time && asked.Spans[k].Start >= 2 && (IsEscalator(ref s, asked.Spans[k].Start - 1)
                || s.TextOf(asked.Spans[k].Start - 1) is "raise" or "raises" or "increase" or "increases" or "rise" or "rises" or "hike" or "hikes")))
            {
                continue;
            }

            var periodBefore = dimension == Dimension.Money ? PeriodBefore(ref s, asked.Spans[k].Start) : null;
            if (periodBefore is { } period)
            {
                // "the annual bill of 15b", "a monthly fee of 1.25b": the period is said before the amount.
                given.Add(term with { Label = $"{term.Label} a {period.Singular}", Quantity = term.Quantity / Quantity.Of(1m, period) });
            }
            else if (dimension == Dimension.Money && yearOneAt >= asked.Spans[k].End && yearOneAt - asked.Spans[k].End <= 2)
            {
                // "$15B in year one then up 3% a year": the amount is the first year's. "Year 1 at the 1.25b base" is
                // not: there the base is a fee whose period is not said.
                given.Add(term with { Label = $"{term.Label} a year", Quantity = term.Quantity / Quantity.Of(1m, Prelude.Year) });
            }
            else if (dimension == Dimension.Money / Dimension.Time || (dimension == Dimension.Time && year is null))
            {
                given.Add(term);
            }
            else
            {
                return null;
            }
        }

        if (asked.BareNumbers != yearNumbers || given.Count(g => g.Quantity.Dimension == Dimension.Time) > 1
            || given.Count(g => g.Quantity.Dimension != Dimension.Time) > 1)
        {
            return null;
        }

        return (rate, year, given, year is null ? null : PeriodAsked(ref s, asked));
    }

    /// <summary>
    /// "monthly fee in yr 3?", "and year 4?" after a yearly rise: the year asked of the same rise and the period said,
    /// or null when the message types amounts or names no single year.
    /// </summary>
    public static (int Year, Unit? Target)? ReadYear(ref Sentence s, QuantityQuestion asked)
    {
        if (asked.Given.Count > 0 || YearsNamed(ref s) is not ({ } year, var numbers, _) || asked.BareNumbers != numbers)
        {
            return null;
        }

        return (year, PeriodAsked(ref s, asked));
    }

    /// <summary>"4% a year", "10%/yr", "2% each year", "3% annual": the share a year, as a fraction, and its index in the amounts.</summary>
    private static (int At, decimal Rate)? RateAt(ref Sentence s, QuantityQuestion asked)
    {
        var perYear = Prelude.Percent.Per(Prelude.Year);
        for (var k = 0; k < asked.Given.Count; k++)
        {
            var quantity = asked.Given[k].Quantity;
            var end = asked.Spans[k].End;
            if (quantity.Dimension == perYear.Dimension)
            {
                return (k, quantity.In(perYear)!.Value.Value / 100m);
            }

            if (quantity.Dimension == Dimension.None && asked.Given[k].Label.EndsWith('%')
                && (s.WordAt(end) == Word.Yearly || ((s.IsText(end, "each") || s.IsText(end, "every")) && s.WordAt(end + 1) == Word.Year)
                    // "with a 3% escalator", "4% escalation": a lease's escalator is yearly unless it says otherwise.
                    || (IsEscalator(ref s, end) && !RatePeriodAfter(ref s, end + 1))))
            {
                return (k, quantity.Value);
            }
        }

        return null;
    }

    /// <summary>"escalator", "escalation": a lease's yearly rise.</summary>
    private static bool IsEscalator(ref Sentence s, int i) => i < s.Count && s.TextOf(i) is "escalator" or "escalators" or "escalation" or "escalations";

    /// <summary>"… escalator a month", "per quarter": another period said after the escalator.</summary>
    private static bool RatePeriodAfter(ref Sentence s, int i) =>
        s.WordAt(i) is Word.Monthly or Word.Month or Word.Quarters || (UnitReader.IsPer(ref s, i) && s.WordAt(i + 1) is Word.Month or Word.Quarters or Word.Day or Word.Week);

    /// <summary>
    /// The year asked ("in year 3", "the 3rd year", "what's year three"), the numbers those mentions account for, and
    /// where year 1 is named ("$15B in year one", "yr 1 flat"), or -1.
    /// </summary>
    private static (int? Year, int Numbers, int YearOneAt) YearsNamed(ref Sentence s)
    {
        int? asked = null;
        var (numbers, yearOne) = (0, -1);
        for (var i = 0; i < s.Count; i++)
        {
            if (s.WordAt(i) != Word.Year)
            {
                continue;
            }

            // "year 3", "yr 1", "year one"; "3rd year", "third year", "first year".
            var (n, counted) = s.IsNumber(i + 1) ? (Whole(ref s, i + 1), true)
                : OrdinalWord(ref s, i + 1) is > 0 and var after && s.WordAt(i + 1) != Word.Year ? (after, false)
                : i > 0 && s.IsNumber(i - 2) && s.Tokens[i - 1].Glued && s.Tokens[i - 1].Kind == TokenKind.Word ? (Whole(ref s, i - 2), true)
                : (OrdinalWord(ref s, i - 1), false);
            if (n <= 0)
            {
                continue;
            }

            numbers += counted ? 1 : 0;
            if (n == 1)
            {
                // The first word of the mention: "year" of "year 1", the number of "1st year".
                yearOne = s.IsNumber(i + 1) || OrdinalWord(ref s, i + 1) > 0 ? i : i - 1;
            }
            else if (!(s.IsText(i - 1, "after") || s.IsText(i - 2, "after")))
            {
                asked = Math.Max(asked ?? 0, n);
            }
        }

        return (asked, numbers, yearOne);
    }

    private static int Whole(ref Sentence s, int i) =>
        s.Tokens[i].Number is { Exact: true } number && number.Value == decimal.Truncate(number.Value) && number.Value is >= 1m and <= Core.Calculations.Escalation.MaxYears
            ? (int)number.Value : 0;

    private static int OrdinalWord(ref Sentence s, int i) => i < 0 || i >= s.Count ? 0 : s.TextOf(i) switch
    {
        "one" or "first" or "1st" => 1,
        "two" or "second" or "2nd" => 2,
        "three" or "third" or "3rd" => 3,
        "four" or "fourth" or "4th" => 4,
        "five" or "fifth" or "5th" => 5,
        "six" or "sixth" or "6th" => 6,
        "seven" or "seventh" or "7th" => 7,
        "eight" or "eighth" or "8th" => 8,
        "nine" or "ninth" or "9th" => 9,
        "ten" or "tenth" or "10th" => 10,
        _ => 0,
    };

    /// <summary>"annual bill of", "monthly fee of": a period a few words before an amount, or null.</summary>
    private static Unit? PeriodBefore(ref Sentence s, int start)
    {
        for (var i = start - 1; i >= 0 && i >= start - 3; i--)
        {
            if (s.WordAt(i) == Word.Yearly)
            {
                return Prelude.Year;
            }

            if (s.WordAt(i) == Word.Monthly)
            {
                return Prelude.Month;
            }
        }

        return null;
    }

    /// <summary>"the monthly fee in year 3" asks dollars a month, "per year in year 3" dollars a year; else the base's period.</summary>
    private static Unit? PeriodAsked(ref Sentence s, QuantityQuestion asked)
    {
        for (var i = 0; i < s.Count; i++)
        {
            // "the annual bill of 15b": a period that names the base's is not the one asked.
            if (asked.Spans.Any(span => i >= span.Start - 3 && i < span.End))
            {
                continue;
            }


            if (s.WordAt(i) == Word.Monthly || (s.WordAt(i) == Word.Month && UnitReader.IsPer(ref s, i - 1)))
            {
                return Prelude.Usd.Per(Prelude.Month);
            }

            if (s.WordAt(i) == Word.Yearly || (s.WordAt(i) == Word.Year && UnitReader.IsPer(ref s, i - 1)))
            {
                return Prelude.Usd.Per(Prelude.Year);
            }
        }

        return null;
    }
}
