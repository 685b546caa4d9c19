using DealBot.Language.Composition;
using DealBot.Language.Months;
using DealBot.Language.Numbers;
using DealBot.Language.Tokens;
using DealBot.Language.Vocabulary;

namespace DealBot.Language.WhatIf;

/// <summary>
/// "$1B a month instead of 1.25", "300 MW instead of 200", "ended dec 2028 instead of may 2029": the value the deal has
/// now, said beside a change. It is used up before any reader sees it, so it is neither an amount nor a window.
/// </summary>
internal static class Originals
{
    public static void Use(ref Sentence s)
    {
        for (var i = 0; i + 2 < s.Count; i++)
        {
            var instead = (s.IsWord(i, Word.Instead) && s.IsWord(i + 1, Word.Of)) || (s.IsText(i, "rather") && s.IsText(i + 1, "than"));
            if (!instead)
            {
                continue;
            }

            var at = s.SkipThe(i + 2);
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
}
