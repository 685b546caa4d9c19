using DealBot.Language.Tokens;
using DealBot.Language.Vocabulary;

namespace DealBot.Language.Intents;

/// <summary>What a left-over qualifier does to the figure asked.</summary>
internal enum Qualifier : byte
{
    None,

    /// <summary>"excluding 2026", "not counting the first two months": a part taken out.</summary>
    Excludes,

    /// <summary>"average per month", "on average": a figure spread over months, ramp and all.</summary>
    Averages,

    /// <summary>"how much more", "how many times bigger", "cheaper by how much": one figure against another.</summary>
    Compares,

    /// <summary>"using the 20b figure", "the larger gpu count", "including the options": another of a fact's figures.</summary>
    PicksFigure,

    /// <summary>"xai plus google xai per year", "both combined": two deals' figures added up.</summary>
    Adds,

    /// <summary>"how many GW do openai's deals add up to": a company's deals, in the plural, added up.</summary>
    AddsDeals,

    /// <summary>"what share of the total falls in 2027": one figure as a part of another ("the 2028 portion" is an amount).</summary>
    Shares,
}

/// <summary>
/// Words that change which figure is asked in ways no reader here takes. Left over after every reader, they mean the
/// answer would be the figure without them: a confident wrong number.
/// </summary>
internal static class Qualifiers
{
    /// <summary>The first qualifier left over, or <see cref="Qualifier.None"/>.</summary>
    public static Qualifier Unread(ref Sentence s)
    {
        for (var i = 0; i < s.Count; i++)
        {
            // "what % of the oracle deal is paid per year": a share asked, as "what share" is.
            if ((s.IsSymbol(i, '%') || s.IsText(i, "percent")) && (s.IsText(i - 1, "what") || s.IsText(i - 1, "which")))
            {
                return Qualifier.Shares;
            }

            if (!s.IsFree(i) || s.Tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }

            var found = ExcludesAt(ref s, i) ? Qualifier.Excludes
                : AveragesAt(ref s, i) ? Qualifier.Averages
                : ComparesAt(ref s, i) ? Qualifier.Compares
                : PicksFigureAt(ref s, i) ? Qualifier.PicksFigure
                : s.TextOf(i) is "share" or "fraction" or "proportion" or "percentage" ? Qualifier.Shares
                : ((s.TextOf(i) is "plus" || s.IsSymbol(i, '+')) && NamedBeforeAndAfter(ref s, i)) || Adds(ref s, i) ? Qualifier.Adds
                : Qualifier.None;
            if (found != Qualifier.None)
            {
                // "how many GW do openai's deals add up to": deals in the plural, added up whatever was picked.
                return found == Qualifier.Adds && (s.HasText("deals") || s.HasText("contracts")) ? Qualifier.AddsDeals : found;
            }
        }

        return Qualifier.None;
    }

    /// <summary>"combined", "together", "sum", "added", "add up" at <paramref name="i"/>; "adds up to $40B" checks a figure.</summary>
    public static bool Adds(ref Sentence s, int i) =>
        s.TextOf(i) is "combined" or "together" or "altogether" or "sum" or "summed" or "added"
        || (s.TextOf(i) is "add" or "adds" && s.IsText(i + 1, "up") && !(s.IsWord(i + 2, Word.To) && i + 3 < s.Count && (s.Tokens[i + 3].Kind == TokenKind.Number || s.IsSymbol(i + 3, '$'))));

    /// <summary>Whether the question prices something at a market rate ("at the reserved price"), said in words.</summary>
    public static bool NamesMarketPrice(ref Sentence s)
    {
        for (var i = 0; i < s.Count; i++)
        {
            if (s.IsFree(i) && MarketPriceAt(ref s, i))
            {
                return true;
            }
        }

        return false;
    }

    private static bool MarketPriceAt(ref Sentence s, int i) =>
        s.TextOf(i) is "reserved" or "on-demand" or "ondemand" or "market" or "spot" or "neocloud" or "neoclouds"
        || (s.IsText(i, "on") && (s.IsText(i + 1, "demand") || (s.IsDash(i + 1) && s.IsText(i + 2, "demand"))));

    public static bool NamedBeforeAndAfter(ref Sentence s, int at)
    {
        var before = false;
        for (var i = 0; i < s.Count; i++)
        {
            if (s.Tokens[i].Entity.Kind is Entities.EntityKind.Company or Entities.EntityKind.Deal)
            {
                if (i > at && before)
                {
                    return true;
                }

                before |= i < at;
            }
        }

        return false;
    }

    private static bool ExcludesAt(ref Sentence s, int i) => s.TextOf(i) switch
    {
        "excluding" or "exclude" or "excludes" or "excl" or "except" or "without" => true,
        // "xai total minus google xai total" is a difference of two deals', not a part of one left out.
        "minus" => !NamedBeforeAndAfter(ref s, i),
        "other" => s.IsText(i + 1, "than"),
        "not" => s.IsText(i + 1, "counting") || s.IsText(i + 1, "including") || s.IsText(i + 1, "incl"),
        "apart" or "aside" => s.IsWord(i + 1, Word.From),
        "leaving" => s.IsText(i + 1, "out"),
        "net" => s.IsWord(i + 1, Word.Of),
        // "before the full rate kicked in"; "as before" and "before that" refer back, not to a part of the term.
        "before" => i + 1 < s.Count && !s.IsWord(i + 1, Word.It) && !s.IsText(i + 1, "then"),
        _ => false,
    };

    /// <summary>Not "the average household" or "average price": those are the sourced reference figures.</summary>
    private static bool AveragesAt(ref Sentence s, int i) =>
        s.TextOf(i) is "average" or "averaged" or "avg" or "averages"
        && !(s.IsWord(i + 1, Word.Homes) || s.IsText(i + 1, "household") || s.IsText(i + 1, "us") || s.IsWord(i + 1, Word.Price)
            || s.IsWord(i + 1, Word.Energy) || s.IsText(i + 1, "load") || s.IsText(i + 1, "draw") || s.IsWord(i + 1, Word.Kwh));

    private static bool ComparesAt(ref Sentence s, int i) => s.TextOf(i) switch
    {
        "more" or "less" => s.IsWord(i - 1, Word.Much) && s.IsWord(i - 2, Word.How),
        "times" => s.IsWord(i - 1, Word.Many) || s.IsText(i + 1, "bigger") || s.IsText(i + 1, "larger") || s.IsText(i + 1, "more") || s.IsText(i + 1, "as"),
        "cheaper" or "pricier" or "costlier" or "gap" or "ratio" => true,
        "bigger" or "smaller" or "larger" => !s.IsWord(i - 1, Word.The),
        "by" => s.IsWord(i + 1, Word.How) && s.IsWord(i + 2, Word.Much),
        _ => false,
    };

    private static bool PicksFigureAt(ref Sentence s, int i) => s.TextOf(i) switch
    {
        "figure" or "options" or "option" or "dedicated" or "addons" or "add-ons" or "prepayment" or "prepayments" or "prepay" or "prepaid"
            or "prepays" or "upfront" or "up-front" or "deposit" or "tranche" or "tranches" => true,
        "number" => !s.IsWord(i + 1, Word.Of),
        "higher" or "lower" or "upper" or "max" or "maximum" or "low" or "high" => !s.IsWord(i - 1, Word.How),
        "bigger" or "smaller" or "larger" => s.IsWord(i - 1, Word.The),
        _ => false,
    };
}
