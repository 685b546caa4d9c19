using DealBot.Core.Quantities;
using DealBot.Language.Tokens;
using DealBot.Language.Vocabulary;

namespace DealBot.Language.Months;

/// <summary>
/// Reads "May 2029", "may '29", "2029-05", "05/2029", "2027-03-01", "March 1st, 2027", "1 March 2027",
/// "mid-2027", "early 2027", "late 2027", "end of 2027", "start of 2027", "Q3 2027", "H2 2027", "second half of 2027",
/// "the third quarter of 2027" and "2027".
/// A month name needs a year: "may" alone is a verb as often as a month.
/// </summary>
internal static class MonthExpressionParser
{
    public static bool TryRead(ref Sentence s, int i, out MonthExpression month)
    {
        month = default;
        if (TryOrdinalPart(ref s, i, out month))
        {
            return true;
        }

        return s.WordAt(i) switch
        {
            Word.Mid => TryYearPart(ref s, i + 1, 7, 6, out month),
            Word.Early => TryYearPart(ref s, i + 1, 1, 1, out month),
            Word.Late => TryYearPart(ref s, i + 1, 12, 12, out month),
            Word.End => TryOfYear(ref s, i + 1, 12, out month),
            Word.Start => TryOfYear(ref s, i + 1, 1, out month),
            Word.Quarter => TryQuarter(ref s, i, out month),
            Word.MonthName => TryNamedMonth(ref s, i, out month),
            _ => TryNumeric(ref s, i, out month),
        };
    }

    /// <summary>"mid-2027", "mid 2027", "middle of 2027".</summary>
    private static bool TryYearPart(ref Sentence s, int i, int asStart, int asEnd, out MonthExpression month)
    {
        month = default;
        i = s.IsDash(i) || s.IsWord(i, Word.Of) ? i + 1 : i;
        if (!DateParts.TryYear(ref s, i, out var year, out var next))
        {
            return false;
        }

        month = new MonthExpression(new YearMonth(year, asStart), new YearMonth(year, asEnd), 0, next);
        return true;
    }

    /// <summary>"end of 2027" (December), "end of May 2028" (May), "start of 2027".</summary>
    private static bool TryOfYear(ref Sentence s, int i, int monthOfYear, out MonthExpression month)
    {
        month = default;
        if (!s.IsWord(i, Word.Of))
        {
            return false;
        }

        i = s.SkipThe(i + 1);
        if (s.IsWord(i, Word.MonthName))
        {
            return TryNamedMonth(ref s, i, out month);
        }

        return TryYearPart(ref s, i, monthOfYear, monthOfYear, out month);
    }

    /// <summary>"Q3 2027" is July as a start and September as an end; "H2 2027" July to December.</summary>
    private static bool TryQuarter(ref Sentence s, int i, out MonthExpression month)
    {
        month = default;
        var text = s.TextOf(i);
        var (first, length) = text[0] == 'q' ? (((text[1] - '1') * 3) + 1, 3) : (((text[1] - '1') * 6) + 1, 6);
        var j = s.IsWord(i + 1, Word.Of) || s.IsDash(i + 1) ? i + 2 : i + 1;
        if (!DateParts.TryYearOrContext(ref s, j, out var year, out var next))
        {
            return false;
        }

        month = new MonthExpression(new YearMonth(year, first), new YearMonth(year, first + length - 1), 0, next);
        return true;
    }

    /// <summary>"first half of 2026", "second half 2028", "the third quarter of 2027": a half or quarter said in words.</summary>
    private static bool TryOrdinalPart(ref Sentence s, int i, out MonthExpression month)
    {
        month = default;
        // "2nd half": the tokenizer splits a number from its ordinal suffix. "2H 2027", "3Q 2027": a number glued to its part.
        var numbered = s.IsNumber(i) && s.IsWord(i + 1, Word.Ordinal) && s.Tokens[i].Number.IntegerDigits == 1;
        var shorthand = s.IsNumber(i) && s.Tokens[i].Number.IntegerDigits == 1 && s.IsFree(i + 1) && s.Tokens[i + 1].Glued
            && (s.IsText(i + 1, "h") || s.IsText(i + 1, "q"));
        if (!numbered && !shorthand && (!s.IsFree(i) || s.Tokens[i].Kind != TokenKind.Word))
        {
            return false;
        }

        var part = numbered ? i + 2 : i + 1;
        var length = s.IsText(part, "half") || s.IsText(part, "h") ? 6 : s.IsText(part, "quarter") || s.IsText(part, "q") ? 3 : 0;
        var index = numbered || shorthand ? s.Tokens[i].Number.AsInt - 1 : s.TextOf(i) switch
        {
            "first" or "1st" => 0,
            "second" or "2nd" => 1,
            "third" or "3rd" => 2,
            "fourth" or "4th" => 3,
            // "the last quarter of 2027", "the final half".
            "last" or "final" when length > 0 => (12 / length) - 1,
            _ => -1,
        };
        if (index < 0 || length == 0 || (index + 1) * length > 12)
        {
            return false;
        }

        var j = s.IsWord(part + 1, Word.Of) ? part + 2 : part + 1;
        if (!DateParts.TryYearOrContext(ref s, j, out var year, out var next))
        {
            return false;
        }

        var first = (index * length) + 1;
        month = new MonthExpression(new YearMonth(year, first), new YearMonth(year, first + length - 1), 0, next);
        return true;
    }

    /// <summary>"May 2029", "may '29", "March 1 2027", "March 1st, 2027", "May of 2029".</summary>
    private static bool TryNamedMonth(ref Sentence s, int i, out MonthExpression month)
    {
        month = default;
        var monthOfYear = DateParts.MonthNumber(s.TextOf(i));
        var j = i + 1;
        var day = 0;
        if (s.IsNumber(j) && !DateParts.IsYear(ref s, j) && s.Tokens[j].Number.AsInt is >= 1 and <= 31)
        {
            day = s.Tokens[j].Number.AsInt;
            j = s.IsWord(j + 1, Word.Ordinal) ? j + 2 : j + 1;
        }

        // "and march?" after a window in 2027 is March 2027; "may" stays a verb there too.
        j = s.IsWord(j, Word.Of) ? j + 1 : j;
        var said = DateParts.TryYear(ref s, j, out var year, out var next);
        if (!said && monthOfYear != 5 && DateParts.TryYearOrContext(ref s, j, out year, out next))
        {
            said = true;
        }

        // "oct 26 thru jun 29": in a run of months, a two-digit number after a month is its year, never a day.
        if (!said && day is >= 24 and <= 31 && s.Tokens[i + 1].Number.IntegerDigits == 2 && j == i + 2 && InRun(ref s, i, j))
        {
            (said, year, day, next) = (true, 2000 + day, 0, j);
        }

        if (!said || !DateParts.IsValidDay(year, monthOfYear, day))
        {
            return false;
        }

        month = MonthExpression.Single(new YearMonth(year, monthOfYear), day, next);
        return true;
    }

    /// <summary>Whether a run of months starts or ends at the month said from <paramref name="i"/> to <paramref name="next"/>.</summary>
    private static bool InRun(ref Sentence s, int i, int next) =>
        s.WordAt(next) is Word.To or Word.Through or Word.Until || s.IsDash(next) || s.WordAt(i - 1) is Word.To or Word.Through or Word.Until || s.IsDash(i - 1);

    /// <summary>"2029-05", "2027-03-01", "05/2029", "3/1/2027", "1 March 2027", "2027".</summary>
    private static bool TryNumeric(ref Sentence s, int i, out MonthExpression month)
    {
        if (DateParts.TryYear(ref s, i, out var year, out var next))
        {
            if (DateParts.TryIsoTail(ref s, year, next, out month))
            {
                return true;
            }

            // "2027-28", "fy 2026-27": that year through the next one said short; no month is numbered past 12.
            if (s.IsDash(next) && DateParts.HasShortTail(ref s, next) && s.Tokens[next + 1].Number.AsInt is > 12 and var tail
                && year / 100 * 100 + tail is var through && through > year && through <= year + 10)
            {
                month = new MonthExpression(new YearMonth(year, 1), new YearMonth(through, 12), 0, next + 2);
                return true;
            }

            // "2027-13" is a broken date, not the year 2027.
            month = new MonthExpression(new YearMonth(year, 1), new YearMonth(year, 12), 0, next);
            return !DateParts.HasShortTail(ref s, next);
        }

        return DateParts.TrySlashed(ref s, i, out month) || TryDayFirst(ref s, i, out month);
    }

    /// <summary>"1 March 2027", "1st of March 2027".</summary>
    private static bool TryDayFirst(ref Sentence s, int i, out MonthExpression month)
    {
        month = default;
        var day = s.IsNumber(i) ? s.Tokens[i].Number.AsInt : -1;
        if (day is < 1 or > 31)
        {
            return false;
        }

        var j = s.IsWord(i + 1, Word.Ordinal) ? i + 2 : i + 1;
        j = s.IsWord(j, Word.Of) ? j + 1 : j;
        if (!s.IsWord(j, Word.MonthName) || !TryNamedMonth(ref s, j, out var named) || named.Day != 0
            || !DateParts.IsValidDay(named.First.Year, named.First.Month, day))
        {
            return false;
        }

        month = named with { Day = day };
        return true;
    }
}
