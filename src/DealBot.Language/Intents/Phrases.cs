using DealBot.Language.Entities;
using DealBot.Language.Tokens;
using DealBot.Language.Vocabulary;

namespace DealBot.Language.Intents;

/// <summary>Phrases several measures look for: "how much", "how many GPUs", "end up", "pull out".</summary>
internal static class Phrases
{
    public static bool HowMuch(ref Sentence s) => s.HasPair(Word.How, Word.Much);

    /// <summary>"at the same price per gpu": the "per" at <paramref name="per"/> holds a rate fixed in a scenario; it asks nothing.</summary>
    /// <remarks>"at the same rate, per year?" asks its period.</remarks>
    public static bool HeldRate(ref Sentence s, int per) =>
        // "at xai, cost per gpu per month": a comma ends the deal's name; the rate after it is asked.
        (s.IsWord(per - 2, Word.Same) || (DealsRateAt(ref s, per - 2) && !s.IsCommaBefore(per - 1)) || (s.IsSymbol(per - 1, '$') && s.IsWord(per - 2, Word.At)))
        && (s.IsWord(per - 1, Word.Price) || s.IsWord(per - 1, Word.Fee) || s.IsText(per - 1, "rate") || s.IsText(per - 1, "cost") || s.IsSymbol(per - 1, '$'))
        && !s.IsCommaBefore(per) && !s.IsWord(per + 1, Word.Year) && !s.IsWord(per + 1, Word.Month);

    /// <summary>
    /// "if it cost 5% less per month, how much would they save over the remaining term": a period right after a what-if's
    /// move is the fee's own, which moves, when what is asked is said elsewhere (a total, what is left, a saving).
    /// </summary>
    public static bool PeriodOfMove(ref Sentence s, int per) =>
        s.Has(Word.If) && s.TextOf(per - 1) is "less" or "more" or "cheaper" or "lower" or "higher" or "pricier"
        && (s.Has(Word.Total) || s.Has(Word.Remaining) || s.HasText("save") || s.HasText("savings"));

    /// <summary>"at google xai's price per GPU": a deal's rate held for other amounts, named after "at".</summary>
    public static bool DealsRateAt(ref Sentence s, int end)
    {
        // The name may run over a few tokens ("google-xai's", "the oracle deal's"), some of them taken by the deal reader.
        var (i, named) = (end, false);
        while (i >= 0 && i > end - 5 && (s.Tokens[i].Entity.Kind is EntityKind.Company or EntityKind.Deal || s.IsDash(i) || !s.IsFree(i)
            || s.IsWord(i, Word.Deal) || s.IsText(i, "'s") || s.IsText(i, "s")))
        {
            named |= s.Tokens[i].Entity.Kind is EntityKind.Company or EntityKind.Deal;
            i--;
        }

        return named && (s.IsWord(i, Word.At) || (s.IsWord(i, Word.The) && s.IsWord(i - 1, Word.At)));
    }

    /// <summary>A GPU word ("GPUs", "chips") or a hardware name ("H100s") at <paramref name="i"/>.</summary>
    public static bool IsGpu(ref Sentence s, int i) =>
        s.IsWord(i, Word.Gpu) || (s.IsFree(i) && s.Tokens[i].Entity.Kind == EntityKind.Hardware);

    /// <summary>Whether a free token names catalog hardware ("H100s", "GB200").</summary>
    public static bool NamesHardware(ref Sentence s)
    {
        for (var i = 0; i < s.Count; i++)
        {
            if (s.IsFree(i) && s.Tokens[i].Entity.Kind == EntityKind.Hardware)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "anthropic xai gpus", "trainium chips in project rainier?": GPUs named in the plural with no "what" or "which"
    /// ask how many; "what gpus", "which chips", "what hardware" ask which.
    /// </summary>
    public static bool NamesGpusInPlural(ref Sentence s)
    {
        if (s.Has(Word.What) || s.Has(Word.Hardware) || s.HasText("which") || s.HasText("kind") || s.HasText("type") || s.HasText("model"))
        {
            return false;
        }

        for (var i = s.Find(Word.Gpu); i >= 0; i = s.Find(Word.Gpu, i + 1))
        {
            if (s.TextOf(i) is [.., 's'])
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A word of rising: "up", "rose", "grows", "escalating", "compounded", "increase".</summary>
    public static bool Rises(ref Sentence s)
    {
        for (var i = 0; i < s.Count; i++)
        {
            var text = s.TextOf(i);
            if (text is "up" or "rise" or "rises" or "rose" or "rising" or "raise" or "raises" or "raised" or "grow" or "grows" or "grew"
                or "growing" or "growth" or "climb" or "climbs" || text.StartsWith("escalat") || text.StartsWith("increas") || text.StartsWith("compound"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A word of falling: "drops", "fell", "goes down", "decreases".</summary>
    public static bool Falls(ref Sentence s)
    {
        for (var i = 0; i < s.Count; i++)
        {
            var text = s.TextOf(i);
            if (text is "down" or "drop" or "drops" or "dropped" or "fall" or "falls" or "fell" or "falling" or "lower" or "lowered" or "shrink" or "shrinks"
                || text.StartsWith("decreas") || text.StartsWith("reduc"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// What a comparison asks of two figures: "the difference", "how much more", "how much cheaper" a difference;
    /// "how many times bigger", "the ratio", "how many fit in" a ratio; "what % of", "as a fraction of" a share;
    /// "plus", "combined", "the sum of" a sum.
    /// </summary>
    public static Core.Queries.Contrast Contrast(ref Sentence s)
    {
        if (ShareOf(ref s) >= 0)
        {
            return Core.Queries.Contrast.Share;
        }

        if (AddsUp(ref s))
        {
            return Core.Queries.Contrast.Sum;
        }

        for (var i = 0; i < s.Count; i++)
        {
            // "xai minus google xai": the first less the second.
            if (s.TextOf(i) is "minus" && i > 0 && i + 1 < s.Count)
            {
                return Core.Queries.Contrast.Difference;
            }
        }

        if (s.HasText("times") || s.HasText("ratio") || s.HasText("multiple") || s.HasText("fit") || s.HasText("fits") || HowManyDeals(ref s) >= 0
            || DealOverDeal(ref s) || OverWhatCameBefore(ref s))
        {
            return Core.Queries.Contrast.Ratio;
        }

        // "is it bigger than the oracle deal?" asks yes or no, which both figures side by side answer; "charged 10% more, how
        // much per year" asks the new figure. "How much more", "what would google save" ask the difference.
        if (s.HasText("difference") || s.HasText("diff") || s.HasText("gap") || s.HasText("save") || s.HasText("saves")
            || s.HasText("saving") || s.HasText("savings") || HowMuchMore(ref s))
        {
            return Core.Queries.Contrast.Difference;
        }

        // "in total", "the total of X and Y", "total gpus in X and Y", "both meta coreweave deals' total": of two deals, one
        // figure made of both ("how much more in total" is still a difference).
        if (s.HasText("both") && s.Has(Word.Total) && !s.Has(Word.Compare))
        {
            return Core.Queries.Contrast.Sum;
        }

        for (var i = 0; i < s.Count; i++)
        {
            if (s.TextOf(i) is "total" && ((i > 0 && s.TextOf(i - 1) is "in") || s.IsWord(i + 1, Word.Of) || s.IsWord(i + 2, Word.In) || s.IsText(i + 2, "across")))
            {
                return Core.Queries.Contrast.Sum;
            }
        }

        return Core.Queries.Contrast.None;
    }

    /// <summary>"xai total over google xai total": one deal's figure divided by the other's, named right after "over".</summary>
    private static bool DealOverDeal(ref Sentence s)
    {
        for (var i = 1; i + 1 < s.Count; i++)
        {
            if (OverDealAt(ref s, i) && Qualifiers.NamedBeforeAndAfter(ref s, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"over" right before a deal's name, as in "xai over google xai"; "over the colossus term" is a window.</summary>
    public static bool OverDealAt(ref Sentence s, int i)
    {
        if (!s.IsText(i, "over") || i + 1 >= s.Count || s.Tokens[i + 1].Entity.Kind is not (Entities.EntityKind.Company or Entities.EntityKind.Deal))
        {
            return false;
        }

        var end = i + 1;
        while (end < s.Count && s.Tokens[end].Entity.Kind is Entities.EntityKind.Company or Entities.EntityKind.Deal)
        {
            end++;
        }

        return !(s.IsWord(end, Word.Term) || s.IsWord(end, Word.Deal));
    }

    /// <summary>"ratio xai over it": the deal in view before is the divisor.</summary>
    public static bool OverWhatCameBefore(ref Sentence s)
    {
        for (var i = 1; i + 1 < s.Count; i++)
        {
            if (OverWhatCameBeforeAt(ref s, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"over it" at <paramref name="i"/>, after some word; "over that period" is a window.</summary>
    public static bool OverWhatCameBeforeAt(ref Sentence s, int i) =>
        i > 0 && i + 1 < s.Count && s.IsText(i, "over") && s.TextOf(i + 1) is "it" or "that" or "this" or "them"
        && (i + 2 >= s.Count || s.Tokens[i + 2].Kind != TokenKind.Word);

    /// <summary>"combined", "together", "plus", "X + Y": figures added, whatever else the question asks.</summary>
    public static bool AddsUp(ref Sentence s)
    {
        for (var i = 0; i < s.Count; i++)
        {
            if (Qualifiers.Adds(ref s, i) || PlusAt(ref s, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"plus", or a "+" not glued to a number ("+10%" is a sign).</summary>
    public static bool PlusAt(ref Sentence s, int i) =>
        s.IsText(i, "plus") || (s.IsSymbol(i, '+') && i + 1 < s.Count && !(s.Tokens[i + 1].Kind == TokenKind.Number && s.Tokens[i + 1].Glued));

    /// <summary>The token of "of" in "what % of", "as a fraction of", "what share of", or -1.</summary>
    private static int ShareOf(ref Sentence s)
    {
        for (var i = 1; i < s.Count; i++)
        {
            if (s.IsWord(i, Word.Of) && s.TextOf(i - 1) is "%" or "percent" or "percentage" or "pct" or "fraction" or "proportion" or "share")
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Whether a ratio's deals were named divisor first, so the parser swaps them: "what % of the oracle deal is xai's"
    /// (the deal after "of" named first), "how many colossus deals fit in the oracle deal" (the deal that fits named first).
    /// </summary>
    public static bool DivisorNamedFirst(ref Sentence s, Core.Queries.Contrast contrast)
    {
        var first = -1;
        for (var i = 0; i < s.Count && first < 0; i++)
        {
            first = s.Tokens[i].Entity.IsNone ? -1 : i;
        }

        if (contrast == Core.Queries.Contrast.Share)
        {
            return ShareOf(ref s) is var of and >= 0 && first > of;
        }

        for (var i = 0; i < s.Count; i++)
        {
            if (s.TextOf(i) is "fit" or "fits")
            {
                return first >= 0 && first < i;
            }
        }

        return HowManyDeals(ref s) == first && first >= 0;
    }

    /// <summary>
    /// "how many colossus's worth of power is stargate", "how many xai deals would it take to match oracle", "how many
    /// oracle-sized deals is openai microsoft": the deal counted in (the divisor) named right after "how many"; its token,
    /// or -1. "how many xai gpus" counts the deal's GPUs instead.
    /// </summary>
    private static int HowManyDeals(ref Sentence s)
    {
        for (var i = 0; i + 3 < s.Count; i++)
        {
            if (!(s.IsWord(i, Word.How) && s.IsWord(i + 1, Word.Many)) || s.Tokens[i + 2].Entity.IsNone)
            {
                continue;
            }

            var j = i + 2;
            while (j < s.Count && (!s.Tokens[j].Entity.IsNone || s.TextOf(j) is "'" or "s" || s.IsDash(j)))
            {
                j++;
            }

            return j < s.Count && s.TextOf(j) is "worth" or "deals" or "deal" or "sized" or "size" or "contracts" or "contract" ? i + 2 : -1;
        }

        return -1;
    }

    /// <summary>"how much more", "how much cheaper", "how much extra": a comparative right after "how much".</summary>
    private static bool HowMuchMore(ref Sentence s)
    {
        for (var i = 2; i < s.Count; i++)
        {
            // "how many more GPUs", "how many fewer homes": a difference of counts.
            if (s.IsWord(i - 2, Word.How) && (s.IsWord(i - 1, Word.Much) || s.IsWord(i - 1, Word.Many)) && s.TextOf(i) is "more" or "less" or "fewer"
                or "extra" or "cheaper" or "pricier" or "bigger" or "larger" or "smaller" or "higher" or "lower")
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

    /// <summary>"compute per month", "monthly compute": FLOPs, where "cost per month for anthropic's compute" is a fee.</summary>
    public static bool ComputePerMonth(ref Sentence s)
    {
        var i = s.Find(Word.Compute);
        var perMonth = s.WordAt(i + 1) is Word.Per or Word.A && s.IsWord(i + 2, Word.Month);
        return i >= 0 && (perMonth || s.IsWord(i + 1, Word.Monthly) || s.IsWord(i - 1, Word.Monthly));
    }

    /// <summary>"GPUs for power", "power in GB200s": the deal's power counted in accelerators.</summary>
    public static bool PowerInGpus(ref Sentence s)
    {
        for (var i = s.Find(Word.Power); i >= 0; i = s.Find(Word.Power, i + 1))
        {
            var gpusFor = s.IsWord(i - 1, Word.For) && IsGpu(ref s, i - 2);
            var inGpus = s.IsWord(i + 1, Word.In) && (IsGpu(ref s, i + 2) || IsGpu(ref s, i + 3));
            if (gpusFor || inGpus)
            {
                return true;
            }
        }

        return false;
    }

    public static bool HasFreeSymbol(ref Sentence s, char symbol)
    {
        for (var i = 0; i < s.Count; i++)
        {
            if (s.IsSymbol(i, symbol))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"deal size", "size of the deal", "contract size": a size in dollars, not in megawatts.</summary>
    public static bool DealSize(ref Sentence s)
    {
        var size = -1;
        for (var i = 0; i < s.Count; i++)
        {
            size = s.IsText(i, "size") ? i : size;
        }

        return size >= 0 && (s.IsWord(size - 1, Word.Deal) || (s.IsWord(size + 1, Word.Of) && s.Within(size + 1, Word.Deal, 3)));
    }

    /// <summary>"full rate", "full-rate", "reduced rate" from the word at <paramref name="i"/>: the index after "rate", or -1.</summary>
    public static int RateAfter(ref Sentence s, int i)
    {
        var rate = s.IsDash(i + 1) ? i + 2 : i + 1;
        // "full rate", "full billing", "full price" ("the full fee" is the fee itself).
        return s.IsText(rate, "rate") || s.IsText(rate, "billing") || s.IsText(rate, "price") ? rate + 1 : -1;
    }
}
