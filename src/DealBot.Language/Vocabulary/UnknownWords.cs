using DealBot.Language.Tokens;

namespace DealBot.Language.Vocabulary;

/// <summary>Counts the words of a question that are neither vocabulary nor a catalog name ("rent a car", "super bowl").</summary>
internal static class UnknownWords
{
    public static int Count(ref Sentence s)
    {
        var count = 0;
        for (var i = 0; i < s.Count; i++)
        {
            ref readonly var token = ref s.Tokens[i];
            // Single letters ("x" in "10000 gpus x $2/hr") are punctuation more often than words; used tokens
            // are the later words of a name ("v5p" in "TPU v5p").
            if (token.Kind == TokenKind.Word && token.Word == Word.None && token.Entity.IsNone && token.Length > 1 && !token.Used)
            {
                count++;
            }
        }

        return count;
    }
}
