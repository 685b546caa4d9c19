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
    private static readonly Window IncludingRamp = new(WindowKind.ToTerm) { WithRamp = true };

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

            if (length > 0 && s.IsText(i - 1, "first") && s.IsText(i + length, "month"))
            {
                // "the first full-rate month": one month.
                s.Use(i - 1, i + length + 1);
                return new Window(WindowKind.FullRate, Months: 1);
            }

            if (length > 0 || s.IsWord(i, Word.Ramp))
            {
                // "excluding the ramp", "ramp not counted": the months at the full rate. "including the ramp": the whole term.
                var (side, from, to) = (0, i, i);
                if (length == 0)
                {
                    side = RampSide(ref s, i, out from, out to);
                }

                // "months" stays: "how many ramp months" asks for a length.
                s.Use(side != 0 ? from : i, side != 0 ? to : length > 0 ? i + length : i + 1);
                phaseInWindow = Any(ref s, i + 1, IsPositionAt);
                return side > 0 ? IncludingRamp : length > 0 || side < 0 ? FullRate : Ramp;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether the ramp at <paramref name="ramp"/> is left out (−1: "excluding the ramp", "sans ramp", "ramp not counted",
    /// "after the ramp"), counted in (+1: "including the ramp", "ramp included") or asked about (0), with the words that say so.
    /// </summary>
    private static int RampSide(ref Sentence s, int ramp, out int from, out int to)
    {
        // "ex-ramp": the hyphen joins the word to "ramp".
        var before = s.IsText(ramp - 1, "the") || s.IsText(ramp - 1, "any") || s.IsText(ramp - 1, "its") ? ramp - 2
            : s.IsDash(ramp - 1) && s.Tokens[ramp].Glued && s.IsText(ramp - 2, "ex") ? ramp - 2 : ramp - 1;
        var after = s.IsWord(ramp + 1, Word.Month) ? ramp + 2 : ramp + 1;
        (from, to) = (ramp, after);
        var negated = s.IsText(before - 1, "not") || s.IsText(before - 1, "don") || s.IsText(before - 1, "dont") || s.IsText(before - 1, "never");
        var word = before >= 0 && s.IsFree(before) ? s.TextOf(before) : [];
        var side = word switch
        {
            "excluding" or "without" or "minus" or "except" or "ex" or "excl" or "exclude" or "no" or "sans" or "ignoring" or "ignore"
                or "disregarding" or "disregard" or "beyond" or "after" or "past" or "once" or "aside" or "mind" => -1,
            "count" or "counting" or "include" or "including" when negated => -1,
            "including" or "incl" or "include" or "counting" or "plus" or "with" => 1,
            _ => 0,
        };
        if (side == 0 && before >= 0 && s.IsDash(before) && !s.Tokens[ramp].Glued)
        {
            // "total - ramp".
            side = -1;
        }

        if (side != 0)
        {
            from = negated ? before - 1 : before;
            return side;
        }

        // "ramp excluded", "ramp months not included", "ramp aside", "once the ramp is over".
        var notAfter = s.IsText(after, "not");
        var next = notAfter ? after + 1 : after;
        next = s.IsWord(next, Word.Be) ? next + 1 : next;
        side = s.IsFree(next) ? s.TextOf(next) switch
        {
            "excluded" or "aside" or "over" or "done" => -1,
            "included" or "counted" or "incl" => notAfter ? -1 : 1,
            _ => 0,
        } : 0;
        to = side != 0 ? next + 1 : to;
        return side;
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
        Word.Be when s.IsText(i, "been") && (s.IsWord(i + 1, Word.Run) || s.IsWord(i + 1, Word.Going) || s.IsWord(i + 1, Word.Pay)) => 2,
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
        // A deal's name may take several words: "until the anthropic xai deal ends".
        for (var j = from; j < from + 6 && j < s.Count; j++)
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
        !s.IsWord(i, Word.Full) ? 0
        : Intents.Phrases.RateAfter(ref s, i) is > 0 and var end ? end - i
        : AfterAmount(ref s, i) is var amount && amount > i && (s.IsText(amount + 1, "rate") || s.IsWord(amount + 1, Word.Fee)) ? amount + 2 - i : 0;

    /// <summary>
    /// "the full $1.25B rate", "the full $1.25B fee": the last token of an amount said right after <paramref name="i"/>,
    /// or <paramref name="i"/>. With the amount between, "fee" says the full rate as well as "rate" does.
    /// </summary>
    private static int AfterAmount(ref Sentence s, int i)
    {
        // The amount's tokens are already read as an amount, so they are looked at whatever their state.
        var j = IsKind(ref s, i + 1, TokenKind.Symbol) && s.Tokens[i + 1].Symbol == '$' ? i + 2 : i + 1;
        if (!IsKind(ref s, j, TokenKind.Number))
        {
            return i;
        }

        // "1.25b", "1.25 billion": a scale glued on or said as a word.
        return j + 1 < s.Count && (s.Tokens[j + 1].Glued || s.TextOf(j + 1) is "billion" or "million" or "bn") ? j + 1 : j;
    }

    private static bool IsKind(ref Sentence s, int i, TokenKind kind) => i < s.Count && s.Tokens[i].Kind == kind;

    private static bool IsMonthAt(ref Sentence s, int i) => MonthExpressionParser.TryRead(ref s, i, out _);
}
