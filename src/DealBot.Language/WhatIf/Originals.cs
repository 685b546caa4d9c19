using DealBot.Language.Composition;
using DealBot.Language.Months;
using DealBot.Language.Numbers;
using DealBot.Language.Tokens;
using DealBot.Language.Vocabulary;

namespace DealBot.Language.WhatIf;

/// <summary>
/// "$1B a month instead of 1.25", "300 MW instead of 200", "ended dec 2028 instead of may 2029": the value the deal has
/// now, said beside a change; "same end date", "same 2 month ramp": what a change keeps. Used up before any reader
/// sees it, so it is neither an amount, a window nor the measure asked.
/// </summary>
internal static class Originals
{
    public static void Use(ref Sentence s)
    {
        for (var i = 0; i + 1 < s.Count; i++)
        {
            if (s.IsWord(i, Word.Same) && Kept(ref s, i + 1) is > 0 and var kept)
            {
                s.Use(i, kept);
                continue;
            }

            if (FromTheStart(ref s, i) is > 0 and var started)
            {
                s.Use(i, started);
                continue;
            }

            var instead = (s.IsWord(i, Word.Instead) && s.IsWord(i + 1, Word.Of)) || (s.IsText(i, "rather") && s.IsText(i + 1, "than"));
            if ((instead || s.IsText(i, "not")) && RateAfter(ref s, instead ? i + 2 : i + 1) is > 0 and var rateEnd)
            {
                // "per year, not per month", "yearly please, not monthly": the period not wanted.
                s.Use(i, rateEnd);
                continue;
            }

            if (!instead)
            {
                continue;
            }

            var at = s.SkipThe(i + 2);
            if (at >= s.Count)
            {
                continue;
            }

            if (MonthExpressionParser.TryRead(ref s, at, out var month))
            {
                s.Use(i, month.Next);
            }
            else if ((s.IsNumber(at) || (s.IsSymbol(at, '$') && s.IsNumber(at + 1))) && NumberParser.TryRead(ref s, at, out var amount))
            {
                // With its unit, if one follows: "instead of 200 MW", "instead of $920M a month".
                var end = UnitReader.TryRead(ref s, amount.Next, out _, out var unitEnd) ? unitEnd : amount.Next;
                s.Use(i, end);
            }
        }
    }

    /// <summary>
    /// "from the start through june 2027", "from the beginning to the end of 2027": where a window ending at a month
    /// starts, which is where the deal starts anyway. The end of the words, or 0.
    /// </summary>
    private static int FromTheStart(ref Sentence s, int i)
    {
        if (!s.IsWord(i, Word.From) && !s.IsText(i, "since"))
        {
            return 0;
        }

        var at = s.SkipThe(i + 1);
        var end = s.IsWord(at, Word.Start) || s.IsText(at, "beginning") || s.IsText(at, "outset") || s.IsText(at, "kickoff") ? at + 1
            : s.IsText(at, "day") && s.IsText(at + 1, "one") ? at + 2
            : 0;
        // "from the start up to dec 2027".
        end = end > 0 && s.IsText(end, "up") ? end + 1 : end;
        return end > 0 && s.WordAt(end) is Word.To or Word.Through or Word.Until ? end : 0;
    }

    /// <summary>"per month", "a month", "monthly" at <paramref name="i"/>: the end of the words, or 0.</summary>
    private static int RateAfter(ref Sentence s, int i) =>
        s.WordAt(i) is Word.Monthly or Word.Yearly or Word.Daily or Word.Weekly ? i + 1
        : (s.IsWord(i, Word.Per) || s.IsText(i, "a")) && s.WordAt(i + 1) is Word.Month or Word.Year or Word.Day or Word.Week or Word.Hour ? i + 2
        : 0;

    /// <summary>"same end date": said whether or not <see cref="Use"/> has used the words up.</summary>
    public static bool KeepsEnd(ref Sentence s) => SameBefore(ref s, Word.End);

    /// <summary>"same length", "same duration", "same term": the months of the term, wherever they start.</summary>
    public static bool KeepsLength(ref Sentence s) => SameBefore(ref s, Word.Term);

    private static bool SameBefore(ref Sentence s, Word what)
    {
        for (var i = 0; i + 1 < s.Count; i++)
        {
            if (s.Tokens[i].Kind == TokenKind.Word && s.Tokens[i].Word == Word.Same
                && s.Tokens[i + 1].Kind == TokenKind.Word && s.Tokens[i + 1].Word == what)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "scrap that, real end date but the ramp was free": after a what-if, the deal's own end or start said as what stays,
    /// used up so it is not the measure asked.
    /// </summary>
    public static void UseRealDates(ref Sentence s)
    {
        for (var i = 0; i + 1 < s.Count; i++)
        {
            if (s.IsWord(i, Word.Original) && (s.IsWord(i + 1, Word.End) || s.IsWord(i + 1, Word.Start)))
            {
                s.Use(i, s.IsWord(i + 2, Word.Date) ? i + 3 : i + 2);
            }
        }
    }

    /// <summary>The end of "end date", "end", "term", "ramp", "2 month ramp", "window" after "same", or 0.</summary>
    private static int Kept(ref Sentence s, int i)
    {
        var j = s.IsNumber(i) && s.IsWord(i + 1, Word.Month) ? i + 2 : s.IsNumber(i) && s.IsDash(i + 1) && s.IsWord(i + 2, Word.Month) ? i + 3 : i;
        if (s.IsWord(j, Word.End) || s.IsWord(j, Word.Start))
        {
            return s.IsWord(j + 1, Word.Date) ? j + 2 : j + 1;
        }

        // "same window for google xai": the window asked before, which a follow-up keeps anyway.
        return s.IsWord(j, Word.Ramp) || s.IsWord(j, Word.Term) || (j == i && s.TextOf(j) is "window" or "period" or "timeframe" or "dates" or "stretch") ? j + 1 : 0;
    }
}
