using DealBot.Core.Quantities;
using DealBot.Core.Queries;
using DealBot.Language.Months;
using DealBot.Language.Tokens;
using DealBot.Language.Vocabulary;

namespace DealBot.Language.Windows;

/// <summary>
/// Reads which months a question is about: "so far", "remaining", "to term", "between May 2027 and Dec 2028",
/// "from Jan 2027 to mid-2028", "in 2027", "through 2028", "until May 2028". Durations ("for 3 years") are
/// quantities; the query builder turns them into windows.
/// </summary>
internal static class WindowReader
{
    /// <summary>
    /// The window the question names, or null. <paramref name="problem"/> says why it cannot be used: it ends before
    /// it starts, or it names a phase inside another window ("full-rate months left"), which one window cannot hold.
    /// </summary>
    public static Window? Read(ref Sentence s, out string? problem)
    {
        problem = Unplaced(ref s);
        if (problem is not null)
        {
            return null;
        }

        for (var i = 0; i < s.Count; i++)
        {
            if (TryMonths(ref s, i, out var from, out var to, out var next))
            {
                if (NamesTheDeal(ref s, i, next))
                {
                    // "anthropic's 2026 deal with xai", "the deal signed in may 2026": when it was made, not months billed.
                    s.Use(i, next);
                    continue;
                }

                // "from now until end of 2027": a start of today, which a window of calendar months does not hold.
                var fromNow = (from is null && (s.HasPair(Word.From, Word.Now) || s.HasText("today"))) || s.HasPair(Word.Between, Word.Now);
                s.Use(i, next);
                // "january and march 2027" is two months, not a window; March alone would be a wrong total. "the remaining
                // months of 2026" is a part of the year placed by today.
                var phrase = PhraseWindows.Read(ref s, out _);
                problem = fromNow ? LanguageMessages.FromNowTo : from is { } f && to is { } t && t < f ? LanguageMessages.ReversedWindow
                    : LeftOverMonth(ref s) ? LanguageMessages.MonthList
                    : phrase is { Kind: WindowKind.SoFar or WindowKind.Remaining } ? LanguageMessages.ThisPeriod
                    // "the first 6 full-rate months of 2027": a phase counted inside a window, which no window holds.
                    : phrase is { Kind: WindowKind.FullRate, Months: not null } ? LanguageMessages.PhaseInWindow : null;
                // "2026 without the ramp": the window's full-rate months.
                return new Window(WindowKind.Between, from, to) { FullRateOnly = phrase is { Kind: WindowKind.FullRate, Months: null } };
            }
        }

        var window = PhraseWindows.Read(ref s, out var phaseInWindow);
        problem = phaseInWindow ? LanguageMessages.PhaseInWindow : null;
        return window;
    }

    /// <summary>
    /// "this year", "this quarter", "the back half of the deal": windows placed by today or by a share of the term, which
    /// no reader places; left alone, the answer would be the whole term's. Returns why, or null.
    /// </summary>
    private static string? Unplaced(ref Sentence s)
    {
        for (var i = 0; i + 1 < s.Count; i++)
        {
            // "this year", "the rest of the year": placed by today's calendar, not by the deal's months.
            var rest = s.IsWord(i, Word.Rest) && s.IsWord(i + 1, Word.Of) ? s.SkipThe(i + 2) : -1;
            if ((s.IsText(i, "this") && (s.IsWord(i + 1, Word.Year) || s.IsWord(i + 1, Word.Month) || s.IsText(i + 1, "quarter")))
                || (rest > 0 && (s.IsWord(rest, Word.Year) || s.IsWord(rest, Word.Month) || s.IsText(rest, "quarter"))))
            {
                return LanguageMessages.ThisPeriod;
            }

            // "the back half of the deal", "its second half"; "the second half of 2027" is a calendar half.
            var ofTheDeal = s.IsText(i, "half") && s.IsWord(i + 1, Word.Of) && s.WordAt(s.SkipThe(i + 2)) is Word.Deal or Word.Term or Word.It;
            var placedHalf = i > 0 && s.IsText(i, "half") && (s.TextOf(i - 1) is "first" or "second" or "back" or "front" or "latter" or "last")
                && !MonthExpressionParser.TryRead(ref s, i - 1, out _);
            if (ofTheDeal || placedHalf)
            {
                return LanguageMessages.HalfOfTerm;
            }

            if (UnplacedPeriodAt(ref s, i))
            {
                return LanguageMessages.UnplacedPeriod;
            }
        }

        return null;
    }

    /// <summary>A period at <paramref name="i"/> no reader places; one switch on the word keeps the common case cheap.</summary>
    private static bool UnplacedPeriodAt(ref Sentence s, int i)
    {
        if (s.IsNumber(i))
        {
            return YearOfTheDeal(ref s, i);
        }

        if (!s.IsFree(i) || s.Tokens[i].Kind != TokenKind.Word)
        {
            return false;
        }

        return s.TextOf(i) switch
        {
            "fiscal" or "fy" => true,
            "spring" or "summer" or "autumn" or "fall" or "winter" or "holiday" or "holidays" or "christmas" or "xmas" => Season(ref s, i),
            "second" or "third" or "fourth" or "fifth" or "sixth" or "seventh" or "final" or "penultimate" or "first" or "last" => YearOfTheDeal(ref s, i),
            "half" or "quarter" => PartOfNextYear(ref s, i),
            _ when s.IsWord(i, Word.Quarter) => PartOfNextYear(ref s, i),
            _ when s.IsWord(i, Word.Year) => YearOfTheDeal(ref s, i) || (s.IsText(i + 1, "after") && s.IsWord(i + 2, Word.Next)),
            _ => false,
        };
    }

    /// <summary>
    /// "the second year of the deal", "its final year", "the first full calendar year", "year three": a year counted on
    /// the deal's own timeline, which no reader places. "The first year" is the first 12 months, and "year 2027" a year.
    /// </summary>
    private static bool YearOfTheDeal(ref Sentence s, int i)
    {
        var numbered = s.IsNumber(i) && s.IsWord(i + 1, Word.Ordinal) && s.Tokens[i].Number.AsInt is >= 2 and <= 9;
        var word = s.IsFree(i) && s.Tokens[i].Kind == TokenKind.Word ? s.TextOf(i) : [];
        var ordinal = numbered || word is "second" or "third" or "fourth" or "fifth" or "sixth" or "seventh" or "final" or "penultimate";
        var open = word is "first" or "last";
        var j = numbered ? i + 2 : i + 1;
        var qualified = false;
        while (s.IsText(j, "full") || s.IsWord(j, Word.Full) || s.IsText(j, "calendar") || s.IsText(j, "contract") || s.IsText(j, "complete"))
        {
            (qualified, j) = (true, j + 1);
        }

        var year = s.IsWord(j, Word.Year) && !s.IsText(j, "years") && !s.IsText(j, "yrs");
        if (year && (ordinal || (open && (qualified || (word is "last" && s.IsWord(j + 1, Word.Of))))))
        {
            return true;
        }

        // "year three", "yr 2": a year of the term by its number ("year 2027" is the calendar year).
        return s.IsWord(i, Word.Year) && s.IsNumber(i + 1) && s.Tokens[i + 1].Number.IntegerDigits < 4;
    }

    /// <summary>A year within a few words of the season at <paramref name="i"/>: "summer 2027", "the holiday season of 2027".</summary>
    private static bool Season(ref Sentence s, int i)
    {
        for (var j = i + 1; j < i + 4 && j < s.Count; j++)
        {
            if (Months.DateParts.IsYear(ref s, j))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"q1 of next year", "the first half of next year": a part of a year placed by today.</summary>
    private static bool PartOfNextYear(ref Sentence s, int i)
    {
        var part = s.IsWord(i, Word.Quarter) || s.IsText(i, "half") || s.IsText(i, "quarter");
        var j = s.IsWord(i + 1, Word.Of) ? i + 2 : i + 1;
        return part && (s.IsWord(j, Word.Next) || s.IsText(j, "last") || s.IsText(j, "this")) && s.IsWord(j + 1, Word.Year);
    }

    /// <summary>A month (other than "may", also a verb) or a quarter ("2027 q3 and q4") named that no window took.</summary>
    private static bool LeftOverMonth(ref Sentence s)
    {
        for (var i = 0; i < s.Count; i++)
        {
            if ((s.IsWord(i, Word.MonthName) && !s.IsText(i, "may")) || s.IsWord(i, Word.Quarter))
            {
                return true;
            }
        }

        return false;
    }

    private static bool TryMonths(ref Sentence s, int i, out YearMonth? from, out YearMonth? to, out int next)
    {
        (from, to, next) = (null, null, i);
        var word = s.WordAt(i);
        MonthExpression first;
        switch (word)
        {
            case Word.Between or Word.From or Word.Since or Word.Start or Word.In or Word.During or Word.For or Word.Over:
                // "starting in 2028", "from in 2027".
                var at = word is Word.Start or Word.From && s.IsWord(i + 1, Word.In) ? i + 2 : s.SkipThe(i + 1);
                if (!MonthExpressionParser.TryRead(ref s, at, out first))
                {
                    return false;
                }

                // "after May 2027" starts the month after; "in 2027" is the whole year unless a range follows.
                from = s.IsText(i, "after") ? first.Last.AddMonths(1) : first.First;
                to = word is Word.In or Word.During or Word.For or Word.Over ? first.Last : null;
                break;
            case Word.Until or Word.Through or Word.By or Word.To:
                // "up to and including march 2027": the words between say the month is in, as "through" does.
                var including = s.IsText(i + 1, "and") && (s.IsText(i + 2, "including") || s.IsText(i + 2, "incl")) ? 2 : 0;
                if (!MonthExpressionParser.TryRead(ref s, s.SkipThe(i + 1 + including), out first))
                {
                    return false;
                }

                (to, next) = (first.Last, first.Next);
                return true;
            case Word.Filler or Word.None when Before(ref s, i) is > 0 and var words:
                // "before 2028", "prior to july 2027": up to the month before, which is left out.
                if (!MonthExpressionParser.TryRead(ref s, s.SkipThe(i + words), out first))
                {
                    return false;
                }

                (to, next) = (first.First.AddMonths(-1), first.Next);
                return true;
            default:
                // "may-jun 2026": the first month of a range takes the year of the second.
                if (SharedYearRange(ref s, i, out from, out to, out next))
                {
                    return true;
                }

                // A bare month is its own span ("xai total 2027"), or the start of a range ("May 2027 - Dec 2028").
                if (!MonthExpressionParser.TryRead(ref s, i, out first))
                {
                    return false;
                }

                (from, to) = (first.First, first.Last);
                break;
        }

        next = first.Next;
        if (IsRangeJoin(ref s, next, word) && MonthExpressionParser.TryRead(ref s, next + 1, out var last))
        {
            (to, next) = (last.Last, last.Next);
        }
        else if (IsRangeJoin(ref s, next, word) && s.IsWord(next + 1, Word.MonthName))
        {
            // "between march 2027 and june": the later month in the first one's year, or the year after.
            var month = DateParts.MonthNumber(s.TextOf(next + 1));
            var year = month >= first.Last.Month ? first.Last.Year : first.Last.Year + 1;
            (to, next) = (new YearMonth(year, month), next + 2);
        }
        else if (from is not null && to is null && ToTheEnd(ref s, next) is > 0 and var end)
        {
            // "from jul 2027 to the end of the deal": to the term's end, which the window leaves open.
            next = end;
        }
        else if (word == Word.None && first.First.Month == 1 && first.Last.Month == 12 && first.First.Year == first.Last.Year
            && (s.IsWord(next, Word.And) || s.IsSymbol(next, '&') || s.IsText(next, "plus")) && MonthExpressionParser.TryRead(ref s, next + 1, out var year)
            && year.First == new YearMonth(first.Last.Year + 1, 1) && year.Last == new YearMonth(first.Last.Year + 1, 12))
        {
            // "2027 and 2028 combined": two calendar years in a row are one window.
            (to, next) = (year.Last, year.Next);
        }

        return true;
    }

    /// <summary>A date that says which deal: right before "deal", or after "signed", "announced" and the like.</summary>
    private static bool NamesTheDeal(ref Sentence s, int first, int next) =>
        (s.IsWord(next, Word.Deal) && !s.IsWord(first, Word.In) && !s.IsWord(first, Word.During)) || IsMaking(ref s, first - 1) || IsMaking(ref s, first - 2);

    private static bool IsMaking(ref Sentence s, int i) =>
        i >= 0 && s.TextOf(i) is "signed" or "announced" or "agreed" or "struck" or "inked" or "disclosed" or "made" or "reached";

    /// <summary>"before", "prior to", "ahead of": how many words, or 0.</summary>
    private static int Before(ref Sentence s, int i) =>
        s.IsText(i, "before") ? 1 : (s.IsText(i, "prior") || s.IsText(i, "ahead")) && (s.IsWord(i + 1, Word.To) || s.IsWord(i + 1, Word.Of)) ? 2 : 0;

    /// <summary>"to the end of the deal", "until the end of the term", "thru the end": the index after it, or 0.</summary>
    private static int ToTheEnd(ref Sentence s, int i)
    {
        if (!IsRangeJoin(ref s, i, Word.None))
        {
            return 0;
        }

        var end = s.SkipThe(i + 1);
        if (!s.IsWord(end, Word.End))
        {
            return 0;
        }

        var of = end + 1;
        var what = s.IsWord(of, Word.Of) ? s.SkipThe(of + 1) : -1;
        return what >= 0 && (s.IsWord(what, Word.Deal) || s.IsWord(what, Word.Term) || s.IsWord(what, Word.It) || s.IsText(what, "contract"))
            ? what + 1 : end + 1;
    }

    /// <summary>
    /// "may-jun 2026", "between july and september 2026", "may and june 2026", "july, august and september 2026": months
    /// that take the year of the last. A list is one window only when its months follow one another.
    /// </summary>
    private static bool SharedYearRange(ref Sentence s, int i, out YearMonth? from, out YearMonth? to, out int next)
    {
        (from, to, next) = (null, null, i);
        var month = s.IsWord(i, Word.MonthName) ? DateParts.MonthNumber(s.TextOf(i)) : 0;
        if (month == 0)
        {
            return false;
        }

        var between = s.IsWord(i - 1, Word.Between);
        var j = i + 1;
        var previous = month;
        var listed = false;
        while (!between && s.IsWord(j, Word.MonthName) && !MonthExpressionParser.TryRead(ref s, j, out _)
            && DateParts.MonthNumber(s.TextOf(j)) == previous + 1)
        {
            // "july, august and september": the commas are gone, the months follow one another.
            (previous, listed, j) = (previous + 1, true, j + 1);
        }

        var joined = IsRangeJoin(ref s, j, between ? Word.Between : Word.None);
        var listEnd = !joined && (s.IsWord(j, Word.And) || s.IsSymbol(j, '&'));
        if (!(joined || listEnd) || !MonthExpressionParser.TryRead(ref s, j + 1, out var last)
            || last.First != last.Last || last.First.Month < month
            || ((listEnd || listed) && last.First.Month != previous + 1))
        {
            return false;
        }

        (from, to, next) = (new YearMonth(last.First.Year, month), last.Last, last.Next);
        return true;
    }

    /// <summary>"to", "until", "through", a dash, and "and" after "between".</summary>
    private static bool IsRangeJoin(ref Sentence s, int i, Word opener) =>
        s.WordAt(i) is Word.To or Word.Until or Word.Through || s.IsDash(i) || (opener == Word.Between && s.IsWord(i, Word.And));
}
