using DealBot.Language.Tokens;
using DealBot.Language.Vocabulary;

namespace DealBot.Language.WhatIf;

/// <summary>The parts of a what-if a follow-up takes back.</summary>
[Flags]
internal enum ChangeParts
{
    None = 0,
    Fee = 1,
    End = 2,
    Start = 4,
    Size = 8,
    Ramp = 16,
    All = Fee | End | Start | Size | Ramp,
}

/// <summary>
/// Reads "drop the hike", "forget the extension", "scrap that", "without the fee cut": what a follow-up takes back from
/// the what-if before it, so "ok drop the hike, just the extension — total?" keeps the new end and the catalog fee.
/// </summary>
internal static class UndoReader
{
    public static ChangeParts Read(ref Sentence s)
    {
        var undone = ChangeParts.None;
        for (var i = 0; i < s.Count; i++)
        {
            if (!IsUndo(ref s, i))
            {
                continue;
            }

            var parts = ChangeParts.None;
            var end = i + 1;
            for (var j = i + 1; j < s.Count && j <= i + 4 && parts == ChangeParts.None; j++)
            {
                parts = Part(ref s, j);
                end = j + 1;
            }

            // "drop the fee to $1B" changes the fee rather than taking a change back.
            if (parts != ChangeParts.None && !s.IsText(end, "to") && !s.IsText(end, "by"))
            {
                s.Use(i, end);
                undone |= parts;
            }
        }

        return undone;
    }

    private static bool IsUndo(ref Sentence s, int i) =>
        s.IsFree(i) && s.TextOf(i) is "drop" or "forget" or "scrap" or "remove" or "undo" or "ignore" or "ditch";

    /// <summary>The part of a what-if named at <paramref name="i"/>; "that", "it", "everything" is all of it.</summary>
    private static ChangeParts Part(ref Sentence s, int i)
    {
        var text = s.TextOf(i);
        return s.WordAt(i) switch
        {
            Word.Fee or Word.Price => ChangeParts.Fee,
            Word.Extend or Word.End or Word.Ended or Word.Term => ChangeParts.End,
            Word.Start or Word.Started => ChangeParts.Start,
            Word.Gpu or Word.Power or Word.Mw or Word.Gw or Word.Capacity => ChangeParts.Size,
            Word.Ramp => ChangeParts.Ramp,
            _ => text is "hike" or "increase" or "raise" or "rise" or "cut" or "discount" or "bump" or "escalation" ? ChangeParts.Fee
                : text is "extension" or "stretch" or "shortening" or "delay" ? ChangeParts.End
                : text is "that" or "it" or "everything" or "all" or "scenario" or "changes" ? ChangeParts.All
                : ChangeParts.None,
        };
    }
}
