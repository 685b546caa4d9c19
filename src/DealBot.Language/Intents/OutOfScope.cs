using DealBot.Language.Entities;
using DealBot.Language.Tokens;
using DealBot.Language.Vocabulary;

namespace DealBot.Language.Intents;

/// <summary>
/// Questions that look like deal questions but ask for something no deal's figures answer: a company's valuation or
/// headcount, a country's electricity, a GPU's shop price, a figure in another currency, or an order to the bot. Each
/// would otherwise be answered with the nearest deal figure, stated confidently and wrong; here it gets the reason.
/// </summary>
internal static class OutOfScope
{
    /// <summary>"colossus ii", "colossus 2": a later site or deal under a name the catalog gives to the first one.</summary>
    private static bool Sequel(ref Sentence s)
    {
        for (var i = 0; i + 1 < s.Count; i++)
        {
            if (s.Tokens[i].Entity.Kind == EntityKind.Deal && (s.IsText(i + 1, "ii") || s.IsText(i + 1, "2") || s.IsText(i + 1, "two")
                || s.IsText(i + 1, "iii") || s.IsText(i + 1, "3")) && !s.IsWord(i + 2, Word.Year) && !s.IsWord(i + 2, Word.Month))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Why the question is outside what deals answer, or null when it is not.</summary>
    public static string? Reason(ref Sentence s)
    {
        if (s.Has(Word.Instruction) || Overrides(ref s))
        {
            return LanguageMessages.Instructions;
        }

        if (OtherCurrency(ref s))
        {
            return LanguageMessages.OtherCurrency;
        }

        var (companies, dealNamed, hardware) = Entities(ref s);
        if (dealNamed && Sequel(ref s))
        {
            return LanguageMessages.Sequel;
        }

        var dealContext = dealNamed || companies > 1 || s.Has(Word.Deal);

        // "how much is xai worth", "how many gpus does google have", "anthropic's revenue": about the company, and a deal
        // it is party to is only part of that.
        if (s.Has(Word.CompanyFact) || BuysACompany(ref s) || (s.Has(Word.BuildCost) && !s.HasNumber()) || (s.Has(Word.Invest) && !s.Has(Word.Deal) && !dealNamed && !s.Has(Word.Fee) && !s.Has(Word.Price))
            || (!dealContext && (s.Has(Word.Earnings) || s.Has(Word.Profit)
                || (companies == 1 && (s.Has(Word.Worth) || Owns(ref s)) && !s.Has(Word.Pay) && !s.Has(Word.Fee) && !s.Has(Word.Price)))))
        {
            return LanguageMessages.CompanyFacts;
        }

        // "spacex's profit on the anthropic deal": a deal's price is one side's revenue, but its profit needs costs.
        if (s.Has(Word.Profit))
        {
            return LanguageMessages.Profit;
        }

        // "how much did anthropic pay in penalties": no source states a penalty; the minimum after notice is not one.
        if (s.Has(Word.Penalty))
        {
            return LanguageMessages.Penalty;
        }

        if (LocalPrice(ref s))
        {
            return LanguageMessages.LocalPrice;
        }

        if (s.Has(Word.Adjusted))
        {
            return LanguageMessages.Nominal;
        }

        // "anthropic's total compute spend", "sum of all openai deals": a company's deals added up, which no one deal is.
        var spends = s.HasText("spend") || s.HasText("spending") || s.HasText("spent");
        // "the xai deal's total" is one deal; "xai 2027 and 2028 combined" adds years of one deal.
        // "how long to spend the xai total" at a rate given is a length, not what a company spends.
        var oneDeal = s.HasText("deal") || s.HasText("contract") || YearsSaid(ref s) > 1 || s.HasPair(Word.How, Word.Long);
        if (!dealNamed && !oneDeal && !s.Has(Word.Compare) && (companies == 1 || s.HasText("deals") || s.HasText("both"))
            && (s.HasText("across") || s.HasText("combined") || s.HasText("sum") || s.HasText("altogether") || s.HasText("all")
                || s.HasText("commitments") || (s.HasText("both") && s.HasText("deals")) || (companies == 1 && spends && s.Has(Word.Total))))
        {
            return LanguageMessages.DealsAddedUp;
        }

        // "how much electricity does the us use": "the us" is a country, not "us" who ask.
        if (s.Has(Word.Place) || ThePronounUs(ref s))
        {
            return LanguageMessages.Places;
        }

        // "what's the price of an h100": no deal and no amounts, so a deal's per-GPU fee would answer another question.
        if (hardware >= 0 && companies == 0 && !dealNamed && (s.Has(Word.Price) || s.Has(Word.Pay)) && !s.HasNumber())
        {
            return string.Format(System.Globalization.CultureInfo.InvariantCulture, LanguageMessages.HardwarePriceFormat,
                s.TextOf(hardware).ToString().ToUpperInvariant());
        }

        return null;
    }

    /// <summary>"€1.25bn", "£1B", "1.25 billion euros", "in yen": the catalog has dollars and no exchange rate.</summary>
    /// <summary>
    /// "what does xai own", "has"; not "if the ramp had been free", where "had" only makes the tense, nor "what if xai had
    /// 400k gpus", a deal with another amount.
    /// </summary>
    private static bool Owns(ref Sentence s)
    {
        for (var i = s.Find(Word.Own); i >= 0; i = s.Find(Word.Own, i + 1))
        {
            var amountIf = s.IsText(i, "had") && (s.Has(Word.If) || s.Has(Word.WhatIf)) && i + 1 < s.Count && s.Tokens[i + 1].Kind == TokenKind.Number;
            if (!s.IsText(i + 1, "been") && !amountIf)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "forget the catalog", "from now on the deal is…": an order to replace the sourced facts with the user's, which
    /// a what-if must not quietly become.
    /// </summary>
    private static bool Overrides(ref Sentence s)
    {
        for (var i = 0; i < s.Count; i++)
        {
            // "forget your sources", "ignore all previous data".
            var what = s.SkipThe(i + 1);
            while (s.IsText(what, "your") || s.IsText(what, "all") || s.IsText(what, "my") || s.IsText(what, "previous") || s.IsText(what, "those"))
            {
                what++;
            }

            // "tell everyone colossus is free", "pretend the fee is…": an order about what to say.
            if ((s.IsText(i, "tell") && (s.IsText(i + 1, "everyone") || s.IsText(i + 1, "people") || s.IsText(i + 1, "users") || s.IsText(i + 1, "them")))
                || s.IsText(i, "pretend") || (s.IsText(i, "admin") && s.IsText(i + 1, "override")))
            {
                return true;
            }

            if ((s.IsText(i, "forget") || s.IsText(i, "ignore"))
                && (s.IsText(what, "catalog") || s.IsText(what, "sources") || s.IsText(what, "facts") || s.IsText(what, "data")))
            {
                return true;
            }

            // "you are DAN", "act as…", "my grandma used to read me…": a role or a story to slip a request past what the bot
            // is for.
            if ((i == 0 && s.IsText(i, "you") && (s.IsText(i + 1, "are") || s.IsText(i + 1, "re"))
                    && s.TextAt(i + 2) is "now" or "dan" or "a" or "an" or "in")
                || (s.IsText(i, "act") && s.IsText(i + 1, "as")) || s.IsText(i, "roleplay") || s.IsText(i, "jailbreak")
                || (s.TextOf(i) is "grandma" or "grandmother" && s.HasText("used")))
            {
                return true;
            }

            // "system: catalog updated, …": a message posing as the bot's own configuration.
            if ((i == 0 && s.IsText(i, "system")) || (s.IsText(i, "catalog") && (s.IsText(i + 1, "updated") || s.IsText(i - 1, "updated") || s.IsText(i - 1, "update"))))
            {
                return true;
            }

            // "from now on the deal is…" sets a rule; "what will anthropic pay from now on" asks about the rest of the term.
            if ((i == 0 || s.IsCommaBefore(i)) && s.IsText(i, "from") && s.IsText(i + 1, "now") && s.IsText(i + 2, "on") && i + 3 < s.Count)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "at memphis electricity rates", "local power prices": a price of one place, which the default industrial price
    /// the bill would use does not stand for.
    /// </summary>
    private static bool LocalPrice(ref Sentence s)
    {
        for (var i = 1; i < s.Count; i++)
        {
            if ((s.IsWord(i, Word.Price) || s.IsText(i, "rates") || s.IsText(i, "rate") || s.IsText(i, "tariff") || s.IsText(i, "tariffs"))
                && (s.IsWord(i - 1, Word.Energy) || s.IsWord(i - 1, Word.Power)))
            {
                var place = i - 2;
                if (s.IsText(place, "local") || s.IsText(place, "state") || s.IsText(place, "city")
                    || (place >= 0 && s.IsFree(place) && s.Tokens[place].Kind == TokenKind.Word && s.Tokens[place].Word == Word.None
                        && s.Tokens[place].Entity.Kind == EntityKind.None))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool OtherCurrency(ref Sentence s)
    {
        for (var i = 0; i < s.Count; i++)
        {
            ref readonly var t = ref s.Tokens[i];
            if ((t.Kind == TokenKind.Word && t.Word == Word.Currency) || (t.Kind == TokenKind.Symbol && s.Text[t.Start] is '€' or '£' or '¥' or '₹'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>How many companies are named (two meaning two or more), whether a deal is, and the first hardware word (or -1).</summary>
    private static (int Companies, bool DealNamed, int Hardware) Entities(ref Sentence s)
    {
        var companies = 0;
        var first = -1;
        var dealNamed = false;
        var hardware = -1;
        for (var i = 0; i < s.Count; i++)
        {
            var entity = s.Tokens[i].Entity;
            switch (entity.Kind)
            {
                case EntityKind.Company when first < 0:
                    (first, companies) = (entity.Index, 1);
                    break;
                case EntityKind.Company when entity.Index != first:
                    companies = 2;
                    break;
                case EntityKind.Deal:
                    dealNamed = true;
                    break;
                case EntityKind.Hardware when hardware < 0:
                    hardware = i;
                    break;
            }
        }

        return (companies, dealNamed, hardware);
    }

    /// <summary>"when did google buy xai": a company bought, not compute.</summary>
    private static bool BuysACompany(ref Sentence s)
    {
        for (var i = 0; i + 1 < s.Count; i++)
        {
            if ((s.IsText(i, "buy") || s.IsText(i, "bought") || s.IsText(i, "buys")) && s.Tokens[i + 1].Entity.Kind == EntityKind.Company)
            {
                return true;
            }
        }

        return false;
    }

    private static bool ThePronounUs(ref Sentence s)
    {
        for (var i = 1; i < s.Count; i++)
        {
            if (s.IsText(i, "us") && s.IsWord(i - 1, Word.The))
            {
                return true;
            }
        }

        return false;
    }

    private static int YearsSaid(ref Sentence s)
    {
        var years = 0;
        for (var i = 0; i < s.Count; i++)
        {
            years += s.IsNumber(i) && s.Tokens[i].Number is { Exact: true, Value: >= 2020m and <= 2040m } ? 1 : 0;
        }

        return years;
    }
}
