using DealBot.Language.Tokens;
using DealBot.Language.Vocabulary;

namespace DealBot.Language.Intents;

/// <summary>
/// Reads the kind of question: a leading slash command ("/compare" ⇒ compare, "/whatif" ⇒ what-if, "/deal help"),
/// help ("what can you do", "how do I use you", a greeting), what-if and compare wording. A lone "?" asks nothing:
/// it is not help.
/// </summary>
internal static class CueDetector
{
    public static Cues Detect(ref Sentence s)
    {
        var cues = Command(ref s);
        for (var i = 0; i < s.Count; i++)
        {
            cues |= s.WordAt(i) switch
            {
                Word.Help => Cues.Help,
                Word.WhatIf or Word.Suppose or Word.Instead => Cues.WhatIf,
                Word.What when s.IsWord(i + 1, Word.If) || (s.IsDash(i + 1) && s.IsWord(i + 2, Word.If)) => Cues.WhatIf,
                Word.Make when s.IsWord(i + 1, Word.It) || s.IsWord(i + 1, Word.The) => Cues.WhatIf,
                Word.If when s.Within(i, Word.Be, 3) => Cues.WhatIf | Cues.If,
                Word.If => Cues.If,

                // "same for 500 MW" is the previous question with a change, like "if it were 500 MW".
                Word.Same => Cues.If,
                Word.Original => Cues.Original,
                Word.Thanks => Cues.Thanks,
                Word.Superlative => Cues.Ranking,
                Word.Filler when s.IsText(i, "most") && (s.IsText(i + 1, "expensive") || s.IsText(i + 1, "costly")) => Cues.Ranking,
                Word.Compare or Word.Versus or Word.Against or Word.Difference => Cues.Compare,

                // "is this bigger than the oracle deal?": "than" a deal compares; "more than $40B" checks a figure.
                _ when s.IsText(i, "than") && NamesDealWithin(ref s, i + 1, 4) => Cues.Compare,
                Word.Deal or Word.Pay or Word.Price or Word.Fee or Word.Total or Word.Worth or Word.Bill => Cues.DealTalk,
                Word.How when s.IsWord(i + 1, Word.Much) => Cues.DealTalk,
                _ => Cues.None,
            };
        }

        return cues | AsksForHelp(ref s);
    }

    private static bool NamesDealWithin(ref Sentence s, int from, int tokens)
    {
        for (var i = from; i < Math.Min(s.Count, from + tokens); i++)
        {
            if (s.Tokens[i].Entity.Kind is Entities.EntityKind.Deal or Entities.EntityKind.Company)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A leading "/deal", "/ask", "/dealbot", "/compare", "/whatif" or "/help": used up, and a hint for the last three.</summary>
    private static Cues Command(ref Sentence s)
    {
        if (!s.IsSymbol(0, '/') || s.WordAt(1) is not (Word.Deal or Word.Ask or Word.BotName or Word.Compare or Word.WhatIf or Word.Help))
        {
            return Cues.None;
        }

        var cue = s.WordAt(1) switch
        {
            Word.Compare => Cues.Compare,
            Word.WhatIf => Cues.WhatIf,
            Word.Help => Cues.Help,
            _ => Cues.None,
        };

        s.Use(0, 2);
        return cue;
    }

    /// <summary>"what can you do", "what can I ask", "how do I use you", "how does this work", "hi".</summary>
    private static Cues AsksForHelp(ref Sentence s)
    {
        var whatCanYouDo = s.Has(Word.What) && s.Has(Word.Can) && ((s.Has(Word.You) && s.Has(Word.Do)) || s.Has(Word.Ask));
        var howToUse = s.Has(Word.How) && (s.Has(Word.Use) || s.IsText(s.Find(Word.Do) + 2, "work")) && (s.Has(Word.You) || s.Has(Word.It));
        return whatCanYouDo || howToUse || IsGreeting(ref s) ? Cues.Help : Cues.None;
    }

    /// <summary>"hey dealbot", "hi": a greeting alone is met with what the bot can do.</summary>
    private static bool IsGreeting(ref Sentence s)
    {
        for (var i = 0; i < s.Count; i++)
        {
            if (s.WordAt(i) is not (Word.Greeting or Word.BotName))
            {
                return false;
            }
        }

        return true;
    }
}
