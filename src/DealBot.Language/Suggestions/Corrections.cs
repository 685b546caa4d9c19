using DealBot.Language.Entities;
using DealBot.Language.Tokens;
using DealBot.Language.Vocabulary;

namespace DealBot.Language.Suggestions;

/// <summary>Finds a word that looks like a misspelt name ("antrpic") in a question that named no deal.</summary>
internal static class Corrections
{
    /// <summary>"Did you mean" suggestions for the first near-miss word, or null when there is none.</summary>
    public static IReadOnlyList<string>? Find(ref Sentence s, AliasTable aliases, SuggestionBook book)
    {
        for (var i = 0; i < s.Count; i++)
        {
            ref readonly var token = ref s.Tokens[i];
            if (token.Kind != TokenKind.Word || token.Word != Word.None || !token.Entity.IsNone || token.Used || !IsLetters(s.TextOf(i)))
            {
                continue;
            }

            if (aliases.NearMiss(s.TextOf(i)) is { } alias)
            {
                return book.WithCorrection(s.Text, token.Start, token.Length, alias);
            }
        }

        return null;
    }

    private static bool IsLetters(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (c is < 'a' or > 'z')
            {
                return false;
            }
        }

        return true;
    }
}
