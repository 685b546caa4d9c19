using DealBot.Core.Quantities;
using DealBot.Core.Queries;
using DealBot.Language.Numbers;
using DealBot.Language.Tokens;
using DealBot.Language.Units;
using DealBot.Language.Vocabulary;

namespace DealBot.Language.Windows;

/// <summary>
/// Windows placed by a length: "the first year", "first 180 days", "the next 12 months", "over the coming two years",
/// "the last 90 days", "past 6 months", "the last 6 months of the deal", "its final year", "if it ended after 6 months".
/// Read before durations, so "next 12 months" is a window and not only a length; the length is also kept as a duration for compute questions.
/// </summary>
internal static class PositionalWindows
{
    /// <summary>Longer than any deal: beyond it a window is a typing accident.</summary>
    private const int MaxMonths = 1_200;

    public static Window? Read(ref Sentence s, ref QuantityList quantities)
    {
        for (var i = 0; i < s.Count; i++)
        {
            if (KindAt(ref s, i) is not { } kind || !TryLength(ref s, i + 1, out var count, out var unit, out var next))
            {
                continue;
            }

            // "the first 6 months of 2027", "last 4 months of 2028": months of that calendar year.
            if (kind is WindowKind.First or WindowKind.Past or WindowKind.Final && unit is Word.Month && count <= 12 && s.IsWord(next, Word.Of)
                && Months.DateParts.TryYear(ref s, s.SkipThe(next + 1), out var year, out var afterYear))
            {
                s.Use(i, afterYear);
                var first = kind == WindowKind.First ? new YearMonth(year, 1) : new YearMonth(year, 13 - count);
                return new Window(WindowKind.Between, first, first.AddMonths(count - 1));
            }

            // "the last 6 months of the deal" ends with the term; "the last 6 months" ends today.
            if (kind is WindowKind.Past or WindowKind.Final && UseOfTheDeal(ref s, next))
            {
                kind = WindowKind.Final;
            }

            // "if it ended after 180 days": the ending is the window's, not a question about the end date.
            s.Use(kind == WindowKind.First && s.IsWord(i, Word.Since) ? i - 1 : i, next);
            quantities.Add(DurationReader.Of(new Amount(count, count, true, false, false, next), unit));
            return unit is Word.Day or Word.Week
                ? Window.OfLength(kind, null, unit == Word.Week ? count * 7 : count)
                : Window.OfLength(kind, unit == Word.Year ? count * 12 : count, null);
        }

        return null;
    }

    private static WindowKind? KindAt(ref Sentence s, int i) => s.WordAt(i) switch
    {
        Word.Next => WindowKind.Next,
        Word.Last => WindowKind.Past,

        // "if it ended after 6 months", "if the lease ends after 180 days": the first months are all there is.
        Word.Since when s.WordAt(i - 1) is Word.End or Word.Ended => WindowKind.First,
        // Asked of every token: one switch on the spelling instead of a comparison per spelling.
        _ when s.IsFree(i) && s.Tokens[i].Kind == TokenKind.Word => s.TextOf(i) switch
        {
            "first" or "initial" or "opening" => WindowKind.First,
            "past" or "previous" or "prior" or "trailing" => WindowKind.Past,
            "final" or "closing" => WindowKind.Final,
            _ => null,
        },
        _ => null,
    };

    /// <summary>"12 months", "two years", "a year", "year" (one), "90 days", "2 weeks": a whole count and a unit.</summary>
    private static bool TryLength(ref Sentence s, int i, out int count, out Word unit, out int next)
    {
        (count, unit, next) = (1, Word.None, i + 1);
        if (s.IsNumber(i))
        {
            var number = s.Tokens[i].Number;
            // "first 1.5 years": a length of whole months said in years.
            var inMonths = number.Value * 12m;
            if (!s.Tokens[i].Negative && number.Exact && number.Value != decimal.Truncate(number.Value) && s.IsWord(i + 1, Word.Year)
                && inMonths == decimal.Truncate(inMonths) && inMonths is >= 1m and <= MaxMonths)
            {
                (count, unit, next) = ((int)inMonths, Word.Month, i + 2);
                return true;
            }

            if (s.Tokens[i].Negative || !number.Exact || number.Value != decimal.Truncate(number.Value) || number.Value is < 1m or > MaxMonths * 31m)
            {
                return false;
            }

            (count, i) = ((int)number.Value, i + 1);
        }
        else if (DurationReader.WordValue(ref s, i) is > 0 and var words)
        {
            (count, i) = (words, i + 1);
        }

        unit = s.WordAt(i);
        next = i + 1;

        // "the first quarter of the deal": three months of the deal. "first half of 2027" is a calendar half, which the
        // month reader owns; "the first half of the deal" could be half its months, so no length is read for it.
        var part = s.IsWord(i, Word.Quarters) || s.IsText(i, "quarter") ? 3 : 0;
        if (part > 0 && !(s.IsWord(i + 1, Word.Of) && MonthsFollow(ref s, i + 2)))
        {
            (count, unit) = (count * part, Word.Month);
        }

        var months = unit switch
        {
            Word.Month => count,
            Word.Year => count * 12,
            Word.Week or Word.Day => 1,
            _ => 0,
        };
        return months is > 0 and <= MaxMonths;
    }

    /// <summary>A year or month expression at <paramref name="i"/> ("2027", "the year 2027").</summary>
    private static bool MonthsFollow(ref Sentence s, int i) =>
        Months.MonthExpressionParser.TryRead(ref s, s.SkipThe(i), out _) || Months.DateParts.IsYear(ref s, s.SkipThe(i));

    /// <summary>
    /// "of the deal", "of the term", "of it", "of the xai lease": uses up those words (a deal's name stays for the
    /// deal picker) and says whether they were there.
    /// </summary>
    private static bool UseOfTheDeal(ref Sentence s, int i)
    {
        if (!s.IsWord(i, Word.Of))
        {
            return false;
        }

        var j = s.SkipThe(i + 1);
        var named = j;
        // A phrase alias ("anthropic xai") names its first word; the words after it are already used, and "deal" may be
        // one of them ("the colossus deal").
        while (named < s.Count && named < j + 3 && (!s.Tokens[named].Entity.IsNone || s.Tokens[named].Used)
            && !(s.Tokens[named].Kind == TokenKind.Word && s.Tokens[named].Word is Word.Deal or Word.Term))
        {
            named++;
        }

        if (named >= s.Count || s.Tokens[named].Kind != TokenKind.Word || s.Tokens[named].Word is not (Word.Deal or Word.Term or Word.It))
        {
            return false;
        }

        s.Use(i, j);
        s.Use(named, named + 1);
        return true;
    }
}
