using System.Collections.Immutable;
using DealBot.Language.Entities;
using DealBot.Language.Tokens;
using DealBot.Language.Vocabulary;

namespace DealBot.Language.Months;

/// <summary>
/// Spots a misspelt month before a year ("Smarch 2027", "Janury 2028"). Guessing the month would answer a
/// different question than the one asked, so the parser says it could not tell instead.
/// </summary>
internal static class MonthTypos
{
    private static readonly ImmutableArray<string> Names =
    [
        "january", "february", "march", "april", "may", "june",
        "july", "august", "september", "october", "november", "december",
    ];

    public static bool HasMisspeltMonth(ref Sentence s)
    {
        for (var i = 0; i + 1 < s.Count; i++)
        {
            ref readonly var token = ref s.Tokens[i];
            if (token.Kind == TokenKind.Word && token.Word == Word.None && token.Entity.IsNone && !token.Used && token.Length >= 4
                && DateParts.IsYear(ref s, i + 1) && IsNearMonth(s.TextOf(i)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNearMonth(ReadOnlySpan<char> word)
    {
        foreach (var name in Names)
        {
            if (EditDistance.IsWithin(word, name, name.Length >= 6 ? 2 : 1))
            {
                return true;
            }
        }

        return false;
    }
}
