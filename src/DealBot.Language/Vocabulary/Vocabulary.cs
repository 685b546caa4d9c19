using System.Collections.Frozen;

namespace DealBot.Language.Vocabulary;

/// <summary>
/// Every word the parser knows, by class. Built once into a frozen table that is looked up by span,
/// so classifying a word allocates nothing. Plural "s" is retried by <see cref="Classify"/>.
/// </summary>
internal static class Vocabulary
{
    private static readonly FrozenDictionary<string, Word> Table = Build();

    private static readonly FrozenDictionary<string, Word>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Table.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The class of a lower-case word, trying it without a plural "s" when the exact form is unknown.</summary>
    public static Word Classify(ReadOnlySpan<char> word)
    {
        if (Lookup.TryGetValue(word, out var found))
        {
            return found;
        }

        return word.Length > 3 && word[^1] == 's' && Lookup.TryGetValue(word[..^1], out found) ? found : Word.None;
    }

    private static FrozenDictionary<string, Word> Build()
    {
        var table = new Dictionary<string, Word>(StringComparer.Ordinal);
        foreach (var (word, spellings) in Spellings.All)
        {
            foreach (var spelling in spellings.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                // First listing wins, so a spelling's main meaning is the one listed first.
                table.TryAdd(spelling, word);
            }
        }

        return table.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
