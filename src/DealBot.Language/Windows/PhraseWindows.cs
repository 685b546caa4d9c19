using DealBot.Core.Queries;
using DealBot.Language.Months;
using DealBot.Language.Tokens;
using DealBot.Language.Vocabulary;

namespace DealBot.Language.Windows;

/// <summary>Windows said in words: "so far", "to date", "until now", "already"; "remaining", "left", "still to pay",
/// "from now on", "going forward"; "to term", "over the life", "full term", "in total", "to the end"; the deal's phases:
/// "the ramp (months)", "full-rate months".</summary>
internal static class PhraseWindows
{
    private static readonly Window SoFar = new(WindowKind.SoFar);
    private static readonly Window Remaining = new(WindowKind.Remaining);
    private static readonly Window Ramp = new(WindowKind.Ramp);
    private static readonly Window FullRate = new(WindowKind.FullRate);

    /// <summary>
    /// The window said in words, or null. <paramref name="phaseInWindow"/> is set when a phase comes with "so far" or
    /// "remaining" ("how many full-rate months are left"): the phase alone would count months already past.
    /// </summary>
    public static Window? Read(ref Sentence s, out bool phaseInWindow)
    {
        phaseInWindow = false;
        for (var i = 0; i < s.Count; i++)
        {
            var length = SoFarLength(ref s, i);
            if (length > 0)
            {
                s.Use(i, i + length);
                phaseInWindow = Any(ref s, i + length, IsPhaseAt);
                return SoFar;
            }

            length = RemainingLength(ref s, i);
            if (length > 0)
            {
                s.Use(i, i + length);
                phaseInWindow = Any(ref s, i + length, IsPhaseAt);
                return Remaining;
            }

            length = ToTermLength(ref s, i);
            if (length > 0)
            {
                s.Use(i, i + length);
                return Window.ToTerm;
            }

            length = FullRateLength(ref s, i);
            if (length > 0 && s.IsText(i - 2, "first") && s.IsNumber(i - 1) && s.Tokens[i - 1].Number is { Exact: true } first
                && first.Value == decimal.Truncate(first.Value) && first.Value is >= 1m and <= 1_200m)
            {
                // "the first 6 full-rate months": counted from the month the full fee starts.
                s.Use(i - 2, i + length);
                phaseInWindow = Any(ref s, i + 1, IsPositionAt);
                return new Window(WindowKind.FullRate, Months: (int)first.Value);
            }

            if (length > 0 || s.IsWord(i, Word.Ramp))
            {
                // "excluding the ramp", "without the ramp months": the months at the full rate.
                var before = s.IsText(i - 1, "the") ? i - 2 : i - 1;
                var excluded = length == 0 && s.TextOf(Math.Max(before, 0)) is "excluding" or "without" or "minus" or "except" or "ex" or "excl" or "exclude"
                    && before >= 0;
                // "months" stays: "how many ramp months" asks for a length.
                s.Use(excluded ? before : i, length > 0 ? i + length : i + 1);
                phaseInWindow = Any(ref s, i + 1, IsPositionAt);
                return length > 0 || excluded ? FullRate : Ramp;
            }
        }

        return null;
    }

    private delegate bool Test(ref Sentence s, int i);

    /// <summary>Whether a word from <paramref name="from"/> on passes <paramref name="test"/>.</summary>
    private static bool Any(ref Sentence s, int from, Test test)
    {
        for (var j = from; j < s.Count; j++)
        {
            if (test(ref s, j))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"so far", "remaining" and the like: where the months lie relative to today.</summary>
    private static bool IsPositionAt(ref Sentence s, int i) => SoFarLength(ref s, i) > 0 || RemainingLength(ref s, i) > 0;

    /// <summary>"full rate", "ramp": a phase of the deal.</summary>
    private static bool IsPhaseAt(ref Sentence s, int i) => FullRateLength(ref s, i) > 0 || s.IsWord(i, Word.Ramp);

    private static int SoFarLength(ref Sentence s, int i) => s.WordAt(i) switch
    {
        Word.Already => 1,
        Word.So when s.IsWord(i + 1, Word.Far) => 2,
        Word.To when s.IsWord(i + 1, Word.Date) => 2,
        Word.Until when s.IsWord(i + 1, Word.Now) || s.IsWord(i + 1, Word.Today) => 2,
        Word.Up when s.IsWord(i + 1, Word.To) && s.IsWord(i + 2, Word.Now) => 3,
        // "how many months has it been running": the months billed up to now.
        Word.Be when s.IsText(i, "been") && (s.IsWord(i + 1, Word.Run) || s.IsWord(i + 1, Word.Going)) => 2,
        _ => 0,
    };

    private static int RemainingLength(ref Sentence s, int i) => s.WordAt(i) switch
    {
        Word.Remaining or Word.Still => 1,
        Word.From when s.IsWord(i + 1, Word.Now) || s.IsText(i + 1, "here") => s.IsWord(i + 2, Word.On) ? 3 : 2,
        Word.Going when s.IsWord(i + 1, Word.Forward) => 2,
        Word.Rest when s.IsWord(i + 1, Word.Of) => 2,
        // "how many months until the xai deal ends": from now to its end, not the whole term.
        Word.Until when EndsSoon(ref s, i + 1) => 1,
        // "between now and the end (of the deal)".
        Word.Between when s.IsWord(i + 1, Word.Now) && s.IsWord(i + 2, Word.And) && s.IsWord(s.SkipThe(i + 3), Word.End) => s.SkipThe(i + 3) - i + 1,
        _ => 0,
    };

    /// <summary>"(until) the deal ends", "it expires": a verb of ending within the next few words, with no month between.</summary>
    private static bool EndsSoon(ref Sentence s, int from)
    {
        for (var j = from; j < from + 4 && j < s.Count; j++)
        {
            if (s.IsNumber(j) || s.IsWord(j, Word.MonthName))
            {
                return false;
            }

            if (s.IsText(j, "ends") || s.IsText(j, "expires") || s.IsText(j, "finishes") || (s.IsWord(j, Word.End) && s.IsWord(j - 1, Word.It)))
            {
                return true;
            }
        }

        return false;
    }

    private static int ToTermLength(ref Sentence s, int i)
    {
        var next = s.SkipThe(i + 1);
        return s.WordAt(i) switch
        {
            Word.To or Word.Over or Word.Full or Word.Total when s.IsWord(next, Word.Term) => next - i + 1,
            Word.Over when s.IsWord(next, Word.Life) => next - i + 1,
            Word.Life when s.IsWord(i + 1, Word.Of) => 2,
            Word.In when s.IsWord(i + 1, Word.Total) => 2,
            Word.To or Word.Until or Word.Through when s.IsWord(next, Word.End) && !IsMonthAt(ref s, next) => next - i + 1,
            _ => 0,
        };
    }

    /// <summary>"full rate", "full-rate": the months billed at the full fee.</summary>
    private static int FullRateLength(ref Sentence s, int i) =>
        s.IsWord(i, Word.Full) && Intents.Phrases.RateAfter(ref s, i) is > 0 and var end ? end - i : 0;

    private static bool IsMonthAt(ref Sentence s, int i) => MonthExpressionParser.TryRead(ref s, i, out _);
}
