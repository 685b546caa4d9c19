using DealBot.Language.Entities;
using DealBot.Language.Tokens;
using DealBot.Language.Vocabulary;

namespace DealBot.Language.Intents;

/// <summary>Phrases several measures look for: "how much", "how many GPUs", "end up", "pull out".</summary>
internal static class Phrases
{
    public static bool HowMuch(ref Sentence s) => s.HasPair(Word.How, Word.Much);

    /// <summary>A GPU word ("GPUs", "chips") or a hardware name ("H100s") at <paramref name="i"/>.</summary>
    public static bool IsGpu(ref Sentence s, int i) =>
        s.IsWord(i, Word.Gpu) || (s.IsFree(i) && s.Tokens[i].Entity.Kind == EntityKind.Hardware);

    public static bool HasGpu(ref Sentence s)
    {
        for (var i = 0; i < s.Count; i++)
        {
            if (IsGpu(ref s, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"how many GPUs", "how many H100s", "number of chips", "GPU count".</summary>
    public static bool AsksGpuCount(ref Sentence s)
    {
        for (var i = 0; i < s.Count; i++)
        {
            var counting = (s.IsWord(i, Word.How) && s.IsWord(i + 1, Word.Many)) || (s.IsWord(i, Word.Count) && s.IsWord(i + 1, Word.Of));
            if ((counting && (IsGpu(ref s, i + 2) || IsGpu(ref s, i + 3))) || (IsGpu(ref s, i) && s.IsWord(i + 1, Word.Count)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"How many" followed, a few words on, by one of <paramref name="words"/>: "how many MW".</summary>
    public static bool HowManyOf(ref Sentence s, Word first, Word second)
    {
        for (var i = s.Find(Word.Many); i >= 0; i = s.Find(Word.Many, i + 1))
        {
            if (s.Within(i, first, 2) || s.Within(i, second, 2))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"end up paying".</summary>
    public static bool EndUp(ref Sentence s) => s.HasPair(Word.End, Word.Up);

    /// <summary>Cancel words, and "pull out", "back out", "get out", "walk away".</summary>
    public static bool Cancels(ref Sentence s) => s.Has(Word.Cancel) || s.HasPair(Word.PullOut, Word.Out);

    /// <summary>"compute" as a noun ("how much compute"), not the adjective of "compute deal".</summary>
    public static bool AsksCompute(ref Sentence s)
    {
        var i = s.Find(Word.Compute);
        return i >= 0 && !s.IsWord(i + 1, Word.Deal);
    }
}
