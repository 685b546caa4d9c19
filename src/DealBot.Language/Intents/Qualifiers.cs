using DealBot.Language.Tokens;
using DealBot.Language.Vocabulary;

namespace DealBot.Language.Intents;

/// <summary>
/// Words that change which figure is asked ("excluding 2026", "the average per month") in ways no reader here takes.
/// Left over after every reader, they mean the answer would be the figure without them: a confident wrong number.
/// </summary>
internal static class Qualifiers
{
    /// <summary>Why the question cannot be answered as read, or null when no such word is left over.</summary>
    public static string? Unread(ref Sentence s)
    {
        for (var i = 0; i < s.Count; i++)
        {
            if (!s.IsFree(i) || s.Tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }

            if (ExcludesAt(ref s, i))
            {
                return LanguageMessages.PartLeftOut;
            }

            if (AveragesAt(ref s, i))
            {
                return LanguageMessages.Average;
            }
        }

        return null;
    }

    /// <summary>"excluding 2026", "not counting the first two months", "other than q1": a part taken out of a figure.</summary>
    private static bool ExcludesAt(ref Sentence s, int i) => s.TextOf(i) switch
    {
        "excluding" or "exclude" or "excludes" or "excl" or "except" or "minus" or "without" => true,
        "other" => s.IsText(i + 1, "than"),
        "not" => s.IsText(i + 1, "counting") || s.IsText(i + 1, "including") || s.IsText(i + 1, "incl"),
        "apart" or "aside" => s.IsWord(i + 1, Word.From),
        "leaving" => s.IsText(i + 1, "out"),
        "net" => s.IsWord(i + 1, Word.Of),
        // "before the full rate kicked in"; "as before" and "before that" refer back, not to a part of the term.
        "before" => i + 1 < s.Count && !s.IsWord(i + 1, Word.It) && !s.IsText(i + 1, "then"),
        _ => false,
    };

    /// <summary>"average per month", "on average", "avg yearly spend"; not "the average household" or "average price".</summary>
    private static bool AveragesAt(ref Sentence s, int i) =>
        s.TextOf(i) is "average" or "averaged" or "avg" or "averages"
        && !(s.IsWord(i + 1, Word.Homes) || s.IsText(i + 1, "household") || s.IsText(i + 1, "us") || s.IsWord(i + 1, Word.Price)
            || s.IsWord(i + 1, Word.Energy) || s.IsText(i + 1, "load") || s.IsText(i + 1, "draw") || s.IsWord(i + 1, Word.Kwh));
}
