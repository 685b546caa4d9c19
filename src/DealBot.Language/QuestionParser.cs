using System.Runtime.CompilerServices;
using DealBot.Core.Answers;
using DealBot.Core.Calculations;
using DealBot.Core.Catalog;
using DealBot.Core.Units;
using DealBot.Language.Composition;
using DealBot.Core.Queries;
using DealBot.Language.Entities;
using DealBot.Language.Intents;
using DealBot.Language.Months;
using DealBot.Language.Suggestions;
using DealBot.Language.Tokens;
using DealBot.Language.Units;
using DealBot.Language.Vocabulary;
using DealBot.Language.WhatIf;
using DealBot.Language.Windows;

namespace DealBot.Language;

/// <summary>
/// Understands a chat message about compute deals as a <see cref="DealQuery"/>. Built once per catalog
/// (alias tables are precomputed); immutable afterwards, so one instance serves every thread.
/// Parsing works on the stack and allocates little more than the query it returns.
/// </summary>
public sealed class QuestionParser
{
    /// <summary>A what-if fee below this is a number misread as one (compute deals cost millions a month).</summary>
    private const decimal SmallestFee = 1_000m;

    /// <summary>Longer messages are pastes, not questions.</summary>
    public const int MaxLength = 2_000;

    // A real question has a few dozen tokens; past this many the rest is ignored.
    private const int MaxTokens = 256;

    private readonly DealResolver _resolver;
    private readonly DealPicker _picker;
    private readonly QueryBuilder _builder;
    private readonly IReadOnlyList<Company> _companies;
    private readonly string[] _dealIds;

    public QuestionParser(DealCatalog catalog)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        _resolver = new DealResolver(catalog);
        _picker = new DealPicker(catalog);
        _builder = new QueryBuilder(catalog, new SuggestionBook(catalog));
        _companies = catalog.Companies;
        _dealIds = [.. catalog.Deals.Select(d => d.Id)];
    }

    /// <summary>
    /// Reads <paramref name="text"/>, as a follow-up to <paramref name="previous"/> when given. Never throws:
    /// anything not understood comes back as <see cref="QueryKind.Unknown"/> with a problem and suggestions.
    /// </summary>
    public DealQuery Parse(string? text, DealQuery? previous = null)
    {
        try
        {
            if (previous is { ScenarioRefused: true })
            {
                return AfterRefusedScenario(text);
            }

            var query = ParseUnguarded(text, previous);
            if (query.Kind == QueryKind.Unknown && text is not null && WhatIfOfOwnSum(text, previous) is { } changed)
            {
                return changed;
            }

            // A refused what-if, even as the first message, leaves nothing a bare follow-up could lean on; nor do amounts of
            // the user's own that were refused ("budget is $50M", then "how many gpus for a year with it?").
            // Nor does a question about a company with several deals: "nebius deal size" then "total?" is still unsure.
            if (query.Kind == QueryKind.Unknown && previous is not { Kind: QueryKind.Unknown }
                && (HasWord(text, ScenarioWords) || (previous is null or { Kind: QueryKind.Compose or QueryKind.Compute } && text.AsSpan().IndexOfAnyInRange('0', '9') >= 0)
                    || DealPicker.AsksWhichDeal(query.Problem)))
            {
                return query with { ScenarioRefused = true };
            }

            // "how many more MW would it need for 325k gpus": the amount beyond what a deal has, which the amount alone is not.
            if (query.Kind == QueryKind.Compose && HowManyMore(text))
            {
                return _builder.Unknown(LanguageMessages.HowManyMore);
            }

            // "20,000 GPUs at 1.2 kW each" then "and the power bill per month at 7c/kWh?": a follow-up of the user's own
            // arithmetic is about their numbers, never the default deal's.
            if (query is { Kind: QueryKind.Deal or QueryKind.WhatIf or QueryKind.Compare, DealIds.Count: 0 } && previous is { Kind: QueryKind.Compose or QueryKind.Compute, DealIds.Count: 0 })
            {
                return _builder.Unknown(LanguageMessages.OwnNumbersFollowUp);
            }

            // "what if the fee dropped $250M" then "how many years to pay $30B at that rate?": the deal as changed.
            return query is { Kind: QueryKind.Compose, Escalation: null, DealIds.Count: 1, Changes: null }
                && previous is { Kind: QueryKind.WhatIf, Changes: not null }
                && query.DealIds.SequenceEqual(previous.DealIds.Count > 0 ? previous.DealIds : _builder.DefaultDeal)
                && !HasWord(text, OriginalWords)
                ? query with { Changes = previous.Changes, ScenarioCarried = true }
                : query;
        }
        catch (Exception)
        {
            // A chat bot must answer every message. The fuzz tests run ParseUnguarded to keep this net unused.
            return _builder.Unknown(LanguageMessages.NotUnderstood);
        }
    }

    /// <summary>
    /// "1000 b200s at $3.75/hr for 6 months, what if the price drops to $3": the user's own sum and a what-if of it in one
    /// message, read as the sum and then the what-if that follows it. Null when either part is not that.
    /// </summary>
    private DealQuery? WhatIfOfOwnSum(string text, DealQuery? previous)
    {
        var at = text.IndexOf("what if", StringComparison.OrdinalIgnoreCase);
        if (at <= 0)
        {
            return null;
        }

        var sum = ParseUnguarded(text[..at].TrimEnd(' ', ',', ';', '-', '.'), previous);
        if (sum is not ({ Kind: QueryKind.Compute } or { Kind: QueryKind.Compose, DealIds.Count: 0 }))
        {
            return null;
        }

        var changed = Parse(text[at..], sum);
        return changed.Kind == sum.Kind && changed != sum ? changed : null;
    }

    /// <summary>
    /// After a refused what-if, a message is answered only if it stands on its own: it names its deal, or it is the
    /// user's own arithmetic. "Just 2027?" or "how much would they save?" would otherwise get the figure from before
    /// the scenario, without it.
    /// </summary>
    private DealQuery AfterRefusedScenario(string? text)
    {
        // A composition with a deal's facts in it may have the deal by default ("how many years to pay 30b at that rate?").
        var query = ParseUnguarded(text, null);
        return query.Kind is QueryKind.Unknown or QueryKind.Help or QueryKind.Compute || (query.Kind == QueryKind.Compose && query.DealIds.Count == 0)
            || (query.Kind != QueryKind.Compose && query.DealIds.Count > 0)
            ? query
            : _builder.Unknown(LanguageMessages.AfterRefusedScenario);
    }

    /// <summary>"we pay", "our site", "i have": the user speaking of their own figures.</summary>
    private static bool SaysOwn(ref Sentence s)
    {
        for (var i = 0; i < s.Count; i++)
        {
            if (s.Tokens[i].Kind == TokenKind.Word && s.TextOf(i) is "we" or "our" or "i" or "my" or "ours" or "us")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"houses like mine", "my home": the user's own household, whose use the sourced average is not.</summary>
    private static bool OwnHousehold(ref Sentence s)
    {
        for (var i = 0; i < s.Count; i++)
        {
            if ((s.TextOf(i) is "mine" or "ours" && s.IsText(i - 1, "like"))
                || (s.TextOf(i) is "my" or "our" && s.TextAt(i + 1) is "house" or "home" or "household" or "apartment" or "flat"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"the newer one", "the second deal", "the original": words that order two deals, in one pass over the words.</summary>
    private static bool SaysOrder(ref Sentence s)
    {
        for (var i = 0; i < s.Count; i++)
        {
            if (s.IsFree(i) && s.TextOf(i) is "newer" or "newest" or "latest" or "second" or "2nd" or "older" or "oldest" or "original" or "earlier" or "recent")
            {
                return true;
            }

            // "meta's coreweave deal that starts in 2027": a start said to tell two deals apart, which the catalog has no
            // months to match.
            if (s.TextOf(i) is "starts" or "starting" or "started" or "begins" or "beginning" or "signed" && s.HasNumber())
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"how many more", "how many extra", "how many additional", looked at only for a composed answer.</summary>
    private static bool HowManyMore(string? text) =>
        text is not null && (text.Contains("how many more", StringComparison.OrdinalIgnoreCase) || text.Contains("how many extra", StringComparison.OrdinalIgnoreCase)
            || text.Contains("how many additional", StringComparison.OrdinalIgnoreCase));

    /// <summary>"what if they paid 75% of that", "suppose it ran longer": words that set up a scenario.</summary>
    private static readonly string[] ScenarioWords = ["if", "suppose", "assume", "assuming", "say", "imagine", "instead", "escalation", "escalating", "escalator"];

    /// <summary>"for the actual deal": back from a what-if.</summary>
    private static readonly string[] OriginalWords = ["actual", "real", "original", "originally", "baseline"];

    /// <summary>
    /// Whether the raw text has one of <paramref name="words"/>; looked at only for a refusal or a composition after a
    /// what-if, off the path most questions take.
    /// </summary>
    private static bool HasWord(string? text, string[] words)
    {
        foreach (var word in (text ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (words.Contains(word.Trim(',', '.', '?', '!', ':', ';').ToLowerInvariant()))
            {
                return true;
            }
        }

        return false;
    }

    // The stack buffers are sized for the worst case (a token per character), and a question uses a fraction of
    // them: zeroing them cost more than several readers together. ChatNoise.Clean writes every character, Tokenize
    // each token it counts, and the sentence holds only those tokens, so nothing unwritten is ever read.
    [SkipLocalsInit]
    internal DealQuery ParseUnguarded(string? text, DealQuery? previous)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return _builder.Unknown(LanguageMessages.EmptyQuestion);
        }

        if (text.Length > MaxLength)
        {
            return _builder.Unknown(LanguageMessages.TooLong);
        }

        Span<char> clean = stackalloc char[text.Length];
        ChatNoise.Clean(text, clean);
        Span<Token> tokens = stackalloc Token[Math.Min(MaxTokens, text.Length)];
        var count = Tokenizer.Tokenize(clean, tokens);
        var s = new Sentence
        {
            Text = clean, Tokens = tokens[..count], Count = count,
            ContextYear = previous?.Window is { Kind: WindowKind.Between, From: { } from, To: { } to } && from.Year == to.Year ? from.Year : 0,
        };
        if (s.Count == 0)
        {
            // Only a mention, emoji or punctuation: nothing was asked.
            return _builder.Unknown(LanguageMessages.EmptyQuestion);
        }

        _resolver.Tag(ref s);
        if (OutOfScope.Reason(ref s) is { } outside)
        {
            return _builder.Unknown(outside);
        }

        var understood = Understand(ref s, previous, out var expression);

        // "300 MW x 24 h", "$1.25b / 220k gpus": a sum, unless the user's own arithmetic read it with its own working. It
        // names no deal, so a deal's figure (the default's what-if, "whats 1.25b/mo / 300 mw") would answer something else.
        if (expression is not null && understood.Kind is not (QueryKind.Compose or QueryKind.Compute))
        {
            understood = expression;
        }

        // "100 gpus at $2/hr 8 hours a day for a month", "for a fortnight", "for a year and a half": time the user's own
        // arithmetic left unread would make it the figure of another length.
        if (understood is not ({ Kind: QueryKind.Compute } or { Kind: QueryKind.Compose, DealIds.Count: 0 }))
        {
            return understood;
        }

        // "lorem ipsum 40 MW dolor sit h100", "the quick brown fox 300 MW jumps over 9 cents": numbers in words mostly
        // unknown are no question, whatever the numbers would make.
        if (Vocabulary.UnknownWords.Count(ref s) is >= 3 and var unknown && unknown * 2 > WordCount(ref s))
        {
            return _builder.Unknown(LanguageMessages.NotUnderstood);
        }

        // "power bill for 10k h100s at 9 cents per month": a bill with no power or energy to price, which the amounts alone
        // would make a price per GPU.
        if (understood is { Kind: QueryKind.Compose, AcceleratorId: null } && (s.Has(Word.Bill) || s.Has(Word.Energy))
            && !understood.Given.Any(g => g.Quantity.Dimension[BaseDimension.Power] != 0))
        {
            return _builder.Unknown(LanguageMessages.BillWithoutPower);
        }

        // "1000 gpus at $2/hr from march through june": months of no year, which the user's own arithmetic cannot count;
        // one month's cost would be wrong for them.
        if (understood.Duration is null && !understood.Given.Any(g => g.Quantity.Dimension == Dimension.Time) && NamesMonths(ref s))
        {
            return _builder.Unknown(LanguageMessages.MonthsOfOwnNumbers);
        }

        return LeftOverTime(ref s) is { } unread
            ? _builder.Unknown(string.Format(System.Globalization.CultureInfo.InvariantCulture, LanguageMessages.TimeNotUsed, unread))
            : UnreadAmount(ref s) is { } amount
            ? _builder.Unknown(string.Format(System.Globalization.CultureInfo.InvariantCulture, LanguageMessages.OwnPartNotUsedFormat, amount))
            : understood;
    }

    /// <summary>A month or part of a year named, read or not: "march", "q1", "h2"; "may" is more often the verb.</summary>
    private static bool NamesMonths(ref Sentence s)
    {
        for (var i = 0; i < s.Count; i++)
        {
            if (s.Tokens[i].Kind == TokenKind.Word && (s.Tokens[i].Word == Word.Quarter || (s.Tokens[i].Word == Word.MonthName && !s.TextOf(i).SequenceEqual("may"))))
            {
                return true;
            }
        }

        return false;
    }

    private static int WordCount(ref Sentence s)
    {
        var words = 0;
        for (var i = 0; i < s.Count; i++)
        {
            words += s.Tokens[i].Kind == TokenKind.Word ? 1 : 0;
        }

        return words;
    }

    /// <summary>
    /// Amounts of the user's own the readers take only in part: a range ("$2-3/hr", "8 to 9 cents"), a count of groups
    /// ("two clusters of 1000 gpus"), numbers in words with "point" or "hundred and" ("four point five MW").
    /// </summary>
    private static string? UnreadAmount(ref Sentence s)
    {
        for (var i = 0; i < s.Count; i++)
        {
            var number = i + 1 < s.Count && (s.Tokens[i].Kind == TokenKind.Number || s.WordAt(i) == Word.NumberWord);
            var next = s.IsSymbol(i + 2, '$') ? i + 3 : i + 2;
            var year = s.Tokens[i].Kind == TokenKind.Number && s.Tokens[i].Number.IntegerDigits == 4;
            if (number && !year && ((s.IsDash(i + 1) && s.Tokens[i + 1].Glued) || s.IsText(i + 1, "to")) && next < s.Count && s.Tokens[next].Kind == TokenKind.Number
                && s.Tokens[next].Number.IntegerDigits < 4)
            {
                return $"{s.TextOf(i)}–{s.TextOf(next)}";
            }

            // "two clusters of 1000 gpus"; "1,000 racks of 72 gpus" counts things a composition knows.
            if (number && s.Tokens[i + 1].Kind == TokenKind.Word && s.IsText(i + 2, "of") && i + 3 < s.Count && s.Tokens[i + 3].Kind == TokenKind.Number
                && UnitReader.Word(ref s, i + 1) is null)
            {
                return $"{s.TextOf(i)} {s.TextOf(i + 1)} of";
            }

            // "for a month times two", "x3", "twice": a multiple of the whole, which no amount holds. "5 MW times 8760 h"
            // multiplies two amounts.
            var text = s.TextOf(i);
            if (text is "twice" or "thrice" || (text is "times" && i + 1 < s.Count && (s.Tokens[i + 1].Kind == TokenKind.Number || s.Tokens[i + 1].Word == Word.NumberWord)
                    && (i + 2 >= s.Count || Prelude.Find(s.TextOf(i + 2)) is null))
                || (s.Tokens[i].Kind == TokenKind.Word && text.Length > 1 && text[0] == 'x' && int.TryParse(text[1..], out _)))
            {
                return text.ToString();
            }

            if ((s.TextOf(i) is "point" && i > 0 && (s.Tokens[i - 1].Kind == TokenKind.Number || s.Tokens[i - 1].Word == Word.NumberWord))
                || (s.TextOf(i) is "hundred" && s.IsText(i + 1, "and")))
            {
                return s.TextOf(i).ToString();
            }
        }

        return null;
    }

    /// <summary>Words that point at the turns before or at more than one deal ("both", "deals", "if so", "over it"), in one pass.</summary>
    private static void ReadPointers(ref Sentence s, ref Reading r)
    {
        var (sum, otherTotal) = (false, false);
        for (var i = 0; i < s.Count; i++)
        {
            var sumAt = s.IsText(i, "sum") || s.IsText(i, "summed");
            (sum, otherTotal) = (sum || sumAt, otherTotal || (!sumAt && s.IsWord(i, Word.Total)));
            r.BothSaid |= s.IsText(i, "both");
            r.DealsPlural |= s.IsText(i, "deals") || s.IsText(i, "contracts");
            r.ConditionBack |= ConditionBackAt(ref s, i);
            r.OverBack |= Phrases.OverWhatCameBeforeAt(ref s, i);
            r.PlusBack |= i == 0 && s.Count > 1 && Phrases.PlusAt(ref s, i) && !s.Tokens[1].Entity.IsNone;
        }

        r.SumOnly = sum && !otherTotal;
    }

    /// <summary>"half the gpus", "half of the power": a share in words of something the deal has.</summary>
    private static bool HalfOfSomething(ref Sentence s)
    {
        for (var i = 0; i + 1 < s.Count; i++)
        {
            if (s.IsText(i, "half") && (s.IsText(i + 1, "the") || (s.IsText(i + 1, "of") && s.IsText(i + 2, "the"))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"a year early", "6 months later", "1 year longer": a length and the way it moves something.</summary>
    private static bool MovedByLength(ref Sentence s)
    {
        for (var i = 1; i < s.Count; i++)
        {
            if (s.TextOf(i) is "early" or "earlier" or "later" or "longer" or "shorter" && s.WordAt(i - 1) is Word.Year or Word.Month or Word.Week or Word.Day)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"if so", "in that case", "if that happened", "if they did": a condition that points back.</summary>
    private static bool ConditionBackAt(ref Sentence s, int i) =>
        (s.IsWord(i, Word.If) && i + 1 < s.Count && s.TextOf(i + 1) is "so" or "that" or "they" or "it"
            && (s.TextOf(i + 1) is "so" || s.IsText(i + 2, "happened") || s.IsText(i + 2, "happens") || s.IsText(i + 2, "did") || s.IsText(i + 2, "does")))
        || (s.IsText(i, "in") && s.IsText(i + 1, "that") && s.IsText(i + 2, "case"));

    /// <summary>The question in a tagged sentence, in the light of the previous one.</summary>
    private DealQuery Understand(ref Sentence s, DealQuery? previous, out DealQuery? expression)
    {
        Originals.Use(ref s);

        var asked = new QuantityQuestion();
        GivenReader.Read(ref s, asked);
        TargetReader.Read(ref s, asked);
        GivenReader.PerEach(asked);
        GivenReader.OfOne(asked);
        GivenReader.ApplyPue(ref s, asked);
        TargetReader.ReadCost(ref s, asked);
        expression = ExpressionReader.Read(ref s, asked);
        if (asked.Problem is { } problem)
        {
            return _builder.Unknown(problem);
        }

        // "220k h100s at the reserved price for a month": a market rate in words, which no composition holds.
        if (Qualifiers.NamesMarketPrice(ref s))
        {
            return _builder.Unknown(LanguageMessages.MarketPrice);
        }

        if (EscalationReader.Read(ref s, asked) is { } rise)
        {
            // "what if it were extended by a year" then "and the fee rose 3% a year?": the rise is read on the deal as it is.
            return previous is { Kind: QueryKind.WhatIf, Changes: not null } && !NamesCompany(ref s)
                ? _builder.Unknown(LanguageMessages.EscalationWithScenario)
                : Escalation(ref s, rise, asked, previous);
        }

        // "if the fee rose 4% a year, year 3?" then "and year 4?": the same rise, another year.
        if (previous is { Escalation: not null } && EscalationReader.ReadYear(ref s, asked) is var (year, period))
        {
            return previous with { EscalationYear = year, Target = period ?? (s.Has(Word.Total) ? Prelude.Usd : previous.Target ?? Prelude.Usd) };
        }

        if (ComposeQuery(ref s, asked, previous) is { } composed)
        {
            return composed;
        }

        var fraction = FractionOfDeal(ref s, out var fractionWords);
        var reading = Read(ref s, previous);
        if (ShorterPeriodOfEnergy(reading, previous, s.HasText("that") && (s.HasText("cost") || s.Has(Word.Bill)), asked) is { } shorter)
        {
            return shorter;
        }

        var query = _builder.Build(reading, previous);

        // "how many h100s can 100 MW feed" then "and with 1.2 kW each?": a power for each GPU, not a new total power.
        if (previous is { Kind: QueryKind.Compute, Measure: Measure.GpusForPower } && query is { Kind: QueryKind.Compute, Measure: Measure.GpusForPower }
            && query.Power != previous.Power && (s.HasText("each") || s.HasText("apiece") || s.HasText("draws") || s.HasText("per")))
        {
            return _builder.Unknown(LanguageMessages.OwnNumbersFollowUp);
        }

        // "the first year of oracle than google xai's total", "first year of oracle plus google xai": a window placed by each
        // deal's own start, said of one deal beside another's whole.
        if (query is { Kind: QueryKind.Compare, Window.Kind: WindowKind.First or WindowKind.Final } && (s.Has(Word.Total) || s.HasText("whole")
            || s.HasText("entire") || s.HasText("full")))
        {
            return _builder.Unknown(LanguageMessages.WindowOfOneDeal);
        }

        // "difference in yearly electricity cost between stargate and openai amd": bills are compared a month at a time.
        if (query is { Kind: QueryKind.Compare, Measure: Measure.ElectricityBill } && RateMeasures.PeriodOf(reading.AskedRate) is { } comparedPer && comparedPer != Prelude.Month)
        {
            return _builder.Unknown(string.Format(System.Globalization.CultureInfo.InvariantCulture, LanguageMessages.ComparisonUnitFormat, Core.Text.UnitFormat.Words(Prelude.Usd.Per(comparedPer))));
        }

        // "how many TPUs could 1 GW feed", "blackwell GPUs for stargate's power": a chip with no all-in power of its own here,
        // which the default H100's would silently replace.
        if (query.Measure == Measure.GpusForPower && query.AcceleratorId is null && NamesOtherChip(ref s) is { } chip)
        {
            return _builder.Unknown(string.Format(System.Globalization.CultureInfo.InvariantCulture, LanguageMessages.ChipPowerUnknownFormat, chip));
        }

        // "how many months has google xai been at full rate", "…has anthropic been paying xai full price": the full-rate
        // months up to today, which neither window alone counts.
        if (reading.Window is { } phase && (((phase.Kind == WindowKind.FullRate || phase.FullRateOnly) && SaysSoFar(ref s))
            || (phase.Kind == WindowKind.SoFar && (SaysFullRate(ref s) || (s.HasText("full") && (s.Has(Word.Price) || s.Has(Word.Fee)))))))
        {
            return _builder.Unknown(LanguageMessages.FullRateSoFar);
        }

        // "xai total if the fee rose 5% a year" then "just 2027?": the deal's own 2027 would drop the rise.
        if (previous is { Escalation: not null } && reading.Deals.Count == 0 && query.Kind is QueryKind.Deal or QueryKind.WhatIf or QueryKind.Compare)
        {
            return _builder.Unknown(LanguageMessages.EscalationWithScenario);
        }

        // "we pay 6.5 cents per kwh": the user's own figure, said of themselves, is no question about the default deal.
        if (query is { Kind: QueryKind.Deal, DealIds.Count: 0 } && previous?.DealIds is null or { Count: 0 } && asked.Given.Count > 0 && SaysOwn(ref s))
        {
            return _builder.Unknown(LanguageMessages.OwnNumbersStated);
        }

        if (fraction > 0m)
        {
            // "a third of the xai total", "half the oracle deal's power": that share of the deal's figure, or nothing.
            var measure = query.Measure == Measure.Summary ? Measure.Total : query.Measure;
            return query is { Kind: QueryKind.Deal, DealIds.Count: <= 1, Changes: null, Window: null } && asked.Given.Count == 0
                && DealMeasures.UnitOf(measure)?.ToUnit() is { } unit
                ? new DealQuery
                {
                    Kind = QueryKind.Compose, DealIds = query.DealIds.Count > 0 ? query.DealIds : _builder.DefaultDeal, Target = unit,
                    Given = [new Term(fractionWords, Core.Units.Quantity.Exactly(fraction, Dimension.None)) { Given = true }],
                }
                : _builder.Unknown(string.Format(System.Globalization.CultureInfo.InvariantCulture, LanguageMessages.UnusedWordsFormat, fractionWords));
        }

        // "if xai started in jan 2027 and ran to the same end, total": "ran to the same end" says what stays; the total is asked.
        if (query is { Kind: QueryKind.WhatIf, Measure: Measure.End } && s.Has(Word.Total) && !reading.WhenAsked && !s.Has(Word.Date) && !s.HasText("end"))
        {
            query = query with { Measure = Measure.Total };
        }

        // "xai monthly fee 8% higher, total for 2027": "monthly fee" names what changes; the total or the year is asked.
        if (query is { Kind: QueryKind.WhatIf, Measure: Measure.MonthlyCost, Changes: { FeeFactor: not null } or { MonthlyFee: not null } })
        {
            query = s.Has(Word.Total) || query.Window is { Kind: WindowKind.Between } ? query with { Measure = Measure.Total }
                : (reading.AskedRate & RateUnit.Year) != 0 ? query with { Measure = Measure.YearlyCost }
                : query;
        }

        if (OwnEnergyOverLength(query, reading, asked) is { } energy)
        {
            return energy;
        }

        if (query is { Kind: QueryKind.Unknown, Problem: LanguageMessages.PartNotUsed } && Rescued(ref s, reading, asked) is { } rescued)
        {
            return rescued;
        }

        if (asked.BareNumbers == 0 && PricedLikeAnother(ref s, query, previous, asked) is { } priced)
        {
            return priced;
        }
        if (query.Kind is QueryKind.Deal or QueryKind.WhatIf or QueryKind.Compute && query.Measure == Measure.FlopsPerMonth
            && RateMeasures.PeriodOf(reading.AskedRate) is { } other && other != Prelude.Month)
        {
            return _builder.Unknown(LanguageMessages.FlopsPeriod);
        }

        // "if the notice period were 180 days, what would they owe": a notice of another length, which the deal's own would ignore.
        if (query.Measure is Measure.MinimumCommitment or Measure.Termination
            && asked.Given.Any(g => g.Quantity.Dimension == Dimension.Time && !_builder.RestatesNotice(query, g)))
        {
            return _builder.Unknown(LanguageMessages.ScenarioNotUnderstood);
        }

        // "how long is the colossus deal", "amazon anthropic term?": its length in months, as "how many months is it" asks;
        // the end month is "when".
        if (query is { Kind: QueryKind.Deal, Measure: Measure.End, Window: null } && !s.HasText("when") && !s.HasText("until") && !s.HasText("till")
            && !s.HasText("til") && !s.HasText("end") && !s.HasText("ends") && !s.HasText("expire") && !s.HasText("expires"))
        {
            if (asked.Target == Prelude.Month && asked.TargetOnlyForComposing)
            {
                asked.TargetOnlyForComposing = false;
            }
            else if (asked.Target is null && s.HasText("term"))
            {
                asked.Target = Prelude.Month;
            }

            // "colossus 2029" then "how many months is that": the months of the window just answered.
            if (asked.Target?.Dimension == Dimension.Time && previous is { Kind: QueryKind.Deal, Window: { } before } && query.DealIds.SequenceEqual(previous.DealIds)
                && reading.Deals.Count == 0 && (s.HasText("that") || s.HasText("this") || s.HasText("it")))
            {
                query = query with { Window = before };
            }
        }

        if (query is { Kind: QueryKind.Deal, Measure: Measure.PerGpuHour or Measure.PerMwYear } && (query.Window is not null || SaidAnywhere(ref s, Word.Total, Word.Total))
            && RateMeasures.PeriodOf(reading.AskedRate) is null && RateMeasures.ThingOf(reading.AskedRate) is { } thing)
        {
            // "per GPU over the term", "in 2027 per gpu", "oracle total per GW": the total per GPU, not the hourly rate inside it.
            query = query with { Measure = Measure.Total };
            asked.Target = Prelude.Usd.Per(thing);
        }
        else if (query.Kind is QueryKind.Deal or QueryKind.WhatIf && query.Measure != Measure.Total && (asked.Target is null || asked.TargetAssumesMoney)
            && !(previous is { Measure: Measure.Total } && RateMeasures.PeriodOf(reading.AskedRate) is null))
        {
            // "daily cost per GPU", "weekly cost per MW", "yearly electricity bill": a period no measure holds, asked in a unit.
            // After a total, "and per gw?" divides that total, which the follow-up reader does.
            asked.Target = RateMeasures.UnitOf(reading.AskedRate)
                ?? (query.Measure == Measure.ElectricityBill && RateMeasures.PeriodOf(reading.AskedRate) is { } billed && billed != Prelude.Month
                    ? Prelude.Usd.Per(billed) : asked.Target);
        }

        // "in billions?", "and in GW?" after an answer: the same question in another unit.
        // A deliberate refusal ("doubled", a scenario not understood) stays one.
        if (query is { Kind: QueryKind.Unknown, Problem: LanguageMessages.NotUnderstood or LanguageMessages.WhichDeal }
            && previous is { Kind: QueryKind.Deal or QueryKind.Compute or QueryKind.WhatIf } && asked.Given.Count == 0
            && asked.BareNumbers == 0 && (asked.Target is not null || asked.TargetScale > 0m) && !asked.TargetOnlyForComposing)
        {
            // After a what-if, the same scenario in another unit.
            query = previous.Kind == QueryKind.WhatIf ? previous with { ScenarioCarried = true } : previous;
        }

        // "how many mwh does xai use a day", "xai weekly energy": the energy of one such period, not of a year.
        if (query is { Kind: QueryKind.Deal, DealIds.Count: <= 1, Measure: Measure.EnergyPerYear or Measure.EnergyPerMonth }
            && (asked.Given.Count == 0 || (asked.Given.Count == 1 && asked.Given[0].Quantity.Dimension == Dimension.Time))
            && (asked.Target is null || asked.TargetAssumesMoney || asked.Target.Dimension == Dimension.Energy) && ShortPeriod(ref s) is { } one)
        {
            return new DealQuery
            {
                Kind = QueryKind.Compose, DealIds = query.DealIds.Count == 1 ? query.DealIds : _builder.DefaultDeal,
                Given = asked.Given.Count == 1 ? asked.Given : [Term.OneOf(one)],
                Target = asked.Target is { Dimension: var asks } unit && asks == Dimension.Energy ? unit : Prelude.MegawattHour,
            };
        }

        // "how many months of xai's fee to pay for oracle's 300b" then "and with google's xai fee instead?" or "and
        // anthropic's?": the fee counted is the new deal's; what it is matched against stays.
        if (previous is { Kind: QueryKind.Compose or QueryKind.Deal, Target.Dimension: var lengthBefore, DealIds.Count: >= 1 } && lengthBefore == Dimension.Time
            && (previous.Kind == QueryKind.Compose || previous.Given.Count > 0)
            && query is { Kind: QueryKind.Deal, DealIds.Count: 1 } && (query.Measure is Measure.MonthlyCost or Measure.Summary || !reading.MeasureNamed)
            && asked.Given.Count == 0 && asked.Target is null && (s.Has(Word.Instead) || s.IsWord(0, Word.And) || s.HasText("about"))
            && query.DealIds[0] != previous.DealIds[0])
        {
            return previous with { DealIds = [query.DealIds[0], .. previous.DealIds.Skip(1)] };
        }

        // "how much less is that?", "how much would google save over the whole deal?" after a what-if: the change it makes.
        if (previous is { Kind: QueryKind.WhatIf, Changes: not null, Contrast: Contrast.None } && query.Kind is QueryKind.Unknown or QueryKind.Deal
            && (query.DealIds.Count == 0 || query.DealIds.SequenceEqual(previous.DealIds)) && asked.Given.Count == 0 && asked.BareNumbers == 0
            && Phrases.Contrast(ref s) == Contrast.Difference)
        {
            // "how much less than the real total": the totals, though "real total" named the original; a unit asked of
            // another measure goes with it.
            var measure = SaidAnywhere(ref s, Word.Total, Word.Total) ? Measure.Total
                : query.Kind == QueryKind.Deal && query.Measure != Measure.Summary ? query.Measure : previous.Measure;
            return previous with
            {
                Contrast = Contrast.Difference, ScenarioCarried = true, Measure = measure,
                Target = measure == previous.Measure ? previous.Target : null, TargetScale = measure == previous.Measure ? previous.TargetScale : 0m,
                Window = query.Kind == QueryKind.Deal ? query.Window : previous.Window,
            };
        }

        // "how much would google save?" with no what-if: nothing to save against, and the deal's cost answers another question.
        if (query.Kind == QueryKind.Deal && (s.HasText("save") || s.HasText("saves") || s.HasText("saving") || s.HasText("savings")))
        {
            return _builder.Unknown(LanguageMessages.ScenarioNotUnderstood);
        }

        return InAskedUnit(ref s, query, asked, previous);
    }

    /// <summary>
    /// The user's own amounts and an asked unit, no what-if: answered by dimensional analysis when exactly one product
    /// of the amounts has the asked dimension ("900 GPUs at 1 kW each in MW", "48 hours in days"). "At the same rate"
    /// brings in the deal named or in context, whose facts then join the composition. After a composed answer, a
    /// message with only an amount or only a unit changes that one part ("and 9 cents?", "in GW?").
    /// </summary>
    private DealQuery? ComposeQuery(ref Sentence s, QuantityQuestion asked, DealQuery? previous)
    {
        // "what if colossus were 1 GW at the same price per MW" scales by the deal's rate; other what-ifs change the deal.
        // With no deal in view and no fee, "if each home uses 10,000 kWh a year" is an assumption of the user's own
        // arithmetic; "what if it were $2B a month" is about a deal.
        var dealInView = NamesCompany(ref s) || previous is { Kind: QueryKind.Deal or QueryKind.WhatIf or QueryKind.Compare }
            || asked.Given.Any(g => g.Quantity.Dimension[BaseDimension.Money] != 0);
        if (asked.BareNumbers > 0 || (!SameRate(ref s) && dealInView && (s.Has(Word.If) || s.Has(Word.WhatIf) || s.Has(Word.Suppose))))
        {
            return null;
        }

        var given = asked.Given;
        var target = asked.Target ?? ScaledMoney(asked);

        // "$68k per GPU-year, what's that per hour": the period changes, the thing it is per stays. After "300 MW of h100s",
        // "at $2.35/gpu-hour, cost per month?" rents those GPUs.
        if (given.Count == 1 && asked.TargetAssumesMoney && previous is not { Kind: QueryKind.Compute, Measure: Measure.GpusForPower } && target is not null && Prelude.PerCountOf(given[0].Quantity.Dimension) is { } thing
            && target.Dimension / thing.Dimension == given[0].Quantity.Dimension
            && Prelude.All.FirstOrDefault(u => u.Dimension == Dimension.Time && Prelude.Usd.Per(u).Factor == target.Factor) is { } period)
        {
            target = Prelude.Usd.Per(thing).Per(period);
        }
        IReadOnlyList<string> deals = [];
        var complete = given.Count > 0 && target is not null;
        if (previous is { Kind: QueryKind.Compose } && !NamesCompany(ref s) && !complete && (given.Count > 0 || target is not null))
        {
            // "if the fee rose 5% a year" then "and per year on average?": the rise is no amount to carry into a composition.
            if (previous.Escalation is not null)
            {
                return _builder.Unknown(LanguageMessages.EscalationWithScenario);
            }

            var typed = new Term?[asked.Given.Count];
            for (var k = 0; k < typed.Length; k++)
            {
                typed[k] = AsRate(ref s, previous.Given, asked.Given[k], asked.Spans[k].Start);
            }

            given = Replaced(previous.Given, typed);
            target ??= previous.Target;
            deals = previous.DealIds;
        }
        // "at $2B a month, how long to spend the xai deal's total": a length of a deal's amount at the user's rate.
        else if ((SameRate(ref s) || (target?.Dimension == Dimension.Time && given.Count == 1 && NamesCompany(ref s)
                && given[0].Quantity.Dimension == Dimension.Money / Dimension.Time && !s.Has(Word.If) && !s.Has(Word.WhatIf)))
            && (given.Count > 0 || (previous is { Kind: QueryKind.Deal or QueryKind.WhatIf, DealIds.Count: 1 } && NamesCompany(ref s) && SaysRate(ref s)))
            && !(given.All(g => g.Quantity.Dimension == Dimension.Time) && (s.Has(Word.Extend) || s.HasText("longer") || s.HasText("shorter"))))
        {
            // "if extended by a year at the same rate" is a new end, which the what-if reads; "what would 2 years cost at
            // the same rate" is the rate times the length.
            // "if colossus went up 200 MW at the same rate": the amount is a step, not the new size.
            if (ChangeReader.ChangesBy(ref s, asked))
            {
                return _builder.Unknown(LanguageMessages.ChangeBy);
            }

            // With no deal named or in view, "the same rate" is the default deal's, as for any deal question.
            // "at that rate, what would oracle's 4.5 GW cost": the rate just asked about, applied to another deal's size.
            var thatRate = s.HasText("that") && previous is { Kind: QueryKind.Deal or QueryKind.WhatIf, DealIds.Count: 1 };
            deals = thatRate ? previous!.DealIds
                : NamedDeal(ref s, previous) is { } named ? [named]
                : previous is { Kind: QueryKind.Deal or QueryKind.WhatIf, DealIds.Count: 1 } ? previous.DealIds
                : previous is { Kind: QueryKind.WhatIf, DealIds.Count: 0 } ? _builder.DefaultDeal
                : previous is null && !NamesCompany(ref s) ? _builder.DefaultDeal : [];
            if (deals.Count == 0)
            {
                return null;
            }

            // "what would 500 MW cost a year at the same rate": one period, not after "for", is the rate's period;
            // "for 2 years" is a length to total over. A what-if ("if it ran 10 years at the same rate") changes the deal.
            if (target is null && !s.Has(Word.If) && !s.Has(Word.WhatIf) && !s.Has(Word.Suppose) && OnePeriod(ref s, asked) is var (each, index))
            {
                target = index < 0 ? Prelude.Usd : Prelude.Usd.Per(each);
                given = index < 0 ? given : [.. given.Where((_, k) => k != index)];
            }

            // "at the same price per MW, what would 1 GW cost a year": "per MW" is the rate kept; the period says what is
            // asked, and "a year" is that period, not an amount.
            if (IsMoneyPerThingWithoutTime(target))
            {
                target = s.Has(Word.Yearly) || s.Has(Word.Year) ? Prelude.Usd.Per(Prelude.Year)
                    : s.Has(Word.Monthly) || s.Has(Word.Month) ? Prelude.Usd.Per(Prelude.Month)
                    : s.Has(Word.Total) ? Prelude.Usd
                    : target;
                given = [.. given.Where(g => g.Quantity.Dimension != Dimension.Time)];
            }

            // "xai per MW-month" then "what would oracle cost a month at the same rate per MW?": the rate is the deal's
            // before, the size the deal named now. Per what is the rate asked before, else the one said.
            if (given.Count == 0 && previous is { Kind: QueryKind.Deal or QueryKind.WhatIf, DealIds: [var before] }
                && NamedDeal(ref s, previous) is { } other && other != before)
            {
                var per = PerOf(previous.Measure) is var kept && kept != Dimension.None ? kept
                    : s.HasText("mw") || s.HasText("gw") || s.HasText("megawatt") ? Dimension.Power
                    : s.HasText("gpu") || s.HasText("gpus") ? Dimension.Gpu
                    : Dimension.None;
                if (per == Dimension.None || _builder.SizeOf(other, per) is not { } size)
                {
                    return _builder.Unknown(LanguageMessages.SameRateOfWhat);
                }

                (deals, given) = ([before], [size]);
            }
            else if (given.Count == 0)
            {
                return null;
            }
        }
        else if (given.Count == 0 || NamesCompany(ref s))
        {
            return null;
        }

        // "10,000 H100s in MW": the user's own arithmetic may use the all-in power of the one chip it names. How many
        // chips a power feeds is a measure of its own, with its rounding to whole chips.
        var chip = deals.Count == 0 && target?.Dimension != Dimension.Gpu ? _builder.NamedChip(ref s) : null;
        IReadOnlyList<Term> own = chip is { AllIn: var allIn } ? [allIn] : [];

        // "1 GW running all year, how many homes at 12,000 kWh/yr": a length no number said, which only fits left out.
        if (target is not null && deals.Count == 0 && asked.Implied.Count > 0 && Composer.Compose(given, own, target.Dimension).Count == 0)
        {
            given = [.. given.Where(g => !asked.Implied.Contains(g))];
        }

        if (target is null || (deals.Count == 0 && Composer.Compose(given, own, target.Dimension).Count != 1))
        {
            // After a composed answer, amounts that no longer fit are not a question about the default deal.
            return previous is { Kind: QueryKind.Compose } && given != asked.Given
                ? _builder.Unknown(string.Format(System.Globalization.CultureInfo.InvariantCulture, LanguageMessages.FollowUpDoesNotFitFormat,
                    string.Join(", ", asked.Given.Select(g => g.Label)), previous.Target?.Symbol))
                : null;
        }

        // "each rack pulls 130 kW, total MW?": an amount for each of something no amount counts.
        if (deals.Count == 0 && (s.HasText("each") || s.HasText("apiece")) && given.All(g => Prelude.PerCountOf(g.Quantity.Dimension) is null))
        {
            return _builder.Unknown(LanguageMessages.EachWithoutCount);
        }

        return new DealQuery
        {
            Kind = QueryKind.Compose, Given = given, Target = target, Whole = asked.Whole, DealIds = deals, AcceleratorId = chip?.Id,
        };
    }

    /// <summary>
    /// "xai's 300 MW, how many homes if a home uses 9,000 kWh a year", "colossus's 300 MW at a PUE of 1.2, in MW": a deal
    /// is named, but its query cannot use the amounts typed, while they alone make exactly the unit asked. The user's
    /// own arithmetic is then the question, answered with their amounts.
    /// </summary>
    private static DealQuery? OwnArithmetic(QuantityQuestion asked, DealQuery query)
    {
        var measure = query.Measure;
        // "…, power at 7c/kwh for 30 days - bill?": a bill or an energy asked in no unit is in dollars or MWh.
        var target = asked.Target ?? measure switch
        {
            Measure.ElectricityCost or Measure.ElectricityBill or Measure.PowerCost or Measure.GpuRentalCost => Prelude.Usd,
            Measure.EnergyPerMonth or Measure.EnergyPerYear => Prelude.MegawattHour,
            _ => null,
        };
        if (asked.Given.Count == 0 || asked.BareNumbers != 0 || target is null)
        {
            return null;
        }

        if (asked.Given.Count > 1 && Composer.Compose(asked.Given, [], target.Dimension).Count == 1)
        {
            return new DealQuery { Kind = QueryKind.Compose, Given = asked.Given, Target = target, Whole = asked.Whole };
        }

        // "4 MW of IT at a PUE of 1.2, yearly energy in GWh": one of the period the question asks per.
        var period = (query.Kind == QueryKind.Compute && query.Duration is { } duration ? duration.Hours : QueryInputs.PeriodHours(measure)) switch
        {
            8_760m => Prelude.Year,
            730m => Prelude.Month,
            168m => Prelude.Week,
            24m => Prelude.Day,
            1m => Prelude.Hour,
            _ => null,
        };
        // A deal named has a period of its own: "xai electricity at 7 cents, per year" is no sum of the user's.
        if (period is null || asked.Given.Any(g => g.Quantity.Dimension == Dimension.Time) || query.DealIds.Count > 0)
        {
            return null;
        }

        IReadOnlyList<Term> given = [.. asked.Given, Term.OneOf(period)];
        return Composer.Compose(given, [], target.Dimension).Count == 1
            ? new DealQuery { Kind = QueryKind.Compose, Given = given, Target = target, Whole = asked.Whole }
            : null;
    }

    /// <summary>
    /// A yearly rise of a fee: the base the user typed, or the fee of the deal named, in context or the default. The year
    /// asked is in the period said ("monthly fee in year 3"), else the one asked before ("per year" → "what's year 3?"),
    /// else that year's total.
    /// </summary>
    private DealQuery Escalation(ref Sentence s, (decimal Rate, int? Year, IReadOnlyList<Term> Given, Unit? Target) rise, QuantityQuestion asked, DealQuery? previous)
    {
        IReadOnlyList<string> deals = NamedDeal(ref s, previous) is { } named ? [named]
            : previous is { Kind: QueryKind.Deal or QueryKind.WhatIf or QueryKind.Compare, DealIds.Count: > 0 } ? [previous.DealIds[0]] : [];
        // "xai in 2028" then "what if 3% escalation per year?": the rise counts years of the term, not calendar months.
        if (rise.Year is null && rise.Target is null && previous?.Window is { Kind: not WindowKind.ToTerm } && !s.Has(Word.Total) && !s.Has(Word.Term))
        {
            return _builder.Unknown(LanguageMessages.EscalationWindow);
        }

        // "what does anthropic pay in year 3", "what's year 5": that year's total, unless a rate was asked before.
        var target = rise.Target ?? (s.Has(Word.Total) || s.Has(Word.Pay) || Phrases.HowMuch(ref s) || s.HasText("spend") ? Prelude.Usd
            : previous?.Measure == Measure.YearlyCost ? Prelude.Usd.Per(Prelude.Year)
            : previous?.Measure == Measure.MonthlyCost ? Prelude.Usd.Per(Prelude.Month)
            : Prelude.Usd);
        return new DealQuery
        {
            Kind = QueryKind.Compose, DealIds = deals, Given = rise.Given, Escalation = rise.Rate, EscalationYear = rise.Year,
            Target = rise.Year is null ? null : target,
            // "whats 3 years at full rate": every month at the full fee, the ramp's months too.
            Window = SaysFullRate(ref s) ? FullRateWindow : null,
        };
    }

    /// <summary>
    /// Time the readers of the user's own arithmetic do not take, which would leave the figure one of another length:
    /// "fortnight", "decade", "weekdays", "12 hours a day", "5 days a week", "a year and a half", "2 months and 2 weeks",
    /// "half the time", "a third of the time", "every other day", "for a yaer".
    /// </summary>
    private static string? LeftOverTime(ref Sentence s)
    {
        for (var i = 0; i < s.Count; i++)
        {
            var text = s.TextOf(i);
            if (s.Tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }

            // Read or not: "8 hours a day" may have had "a day" taken as a length of its own.
            var unit = IsTimeUnit(ref s, i);
            var after = s.IsText(i + 1, "and") ? i + 2 : i + 1;
            if (text is "fortnight" or "fortnights" or "decade" or "decades" or "weekend" or "weekends" or "semester" or "semesters"
                    or "weekday" or "weekdays" or "nights"
                || (text is "other" && s.IsText(i - 1, "every"))
                // "a third of the time"; "80% of the time" is a share the readers take.
                || (text is "time" && s.IsText(i - 1, "the") && s.IsText(i - 2, "of") && i >= 3 && s.Tokens[i - 3].Kind == TokenKind.Word)
                // "for a yaer", "for a wek": a misspelt length, which would leave the default month.
                || (s.IsFree(i) && s.Tokens[i].Word == Word.None && s.Tokens[i].Entity.IsNone && (s.IsText(i - 1, "a") || s.IsText(i - 1, "an"))
                    && s.IsText(i - 2, "for") && i == s.Count - 1)
                || (text is "half" && (s.IsText(i - 1, "and") || s.IsText(i - 2, "and") || s.IsText(i + 2, "time")))
                || (s.Tokens[i].Word is Word.Day or Word.Week && i >= 2 && (s.TextAt(i - 1) is "a" or "per" or "each" or "/")
                    && s.Tokens[i - 2].Kind == TokenKind.Word && s.Tokens[i - 2].Word is Word.Hour or Word.Day)
                || (unit && i > 0 && s.Tokens[i - 1].Kind == TokenKind.Number && after + 1 < s.Count && s.Tokens[after].Kind == TokenKind.Number
                    && IsTimeUnit(ref s, after + 1)))
            {
                return text.ToString();
            }
        }

        return null;
    }

    private static bool IsTimeUnit(ref Sentence s, int i) =>
        i < s.Count && s.Tokens[i].Kind == TokenKind.Word && s.Tokens[i].Word is Word.Hour or Word.Day or Word.Week or Word.Month or Word.Year;

    /// <summary>"has been", "so far", "to date", "already": up to today.</summary>
    private static bool SaysSoFar(ref Sentence s)
    {
        for (var i = 0; i < s.Count; i++)
        {
            // "how many months has google xai been at full rate": "been" after "has", with the subject between.
            if ((s.TextOf(i) is "been" && i > 0 && HasBefore(ref s, i, "has", "have", "hasn", "haven"))
                || (s.TextOf(i) is "so" && s.TextAt(i + 1) is "far") || (s.TextOf(i) is "to" && s.TextAt(i + 1) is "date")
                || s.TextOf(i) is "already")
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasBefore(ref Sentence s, int end, params ReadOnlySpan<string> words)
    {
        for (var i = 0; i < end; i++)
        {
            foreach (var word in words)
            {
                if (s.TextOf(i).SequenceEqual(word))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static readonly Window FullRateWindow = new(WindowKind.FullRate);

    private static readonly Window RampWindow = new(WindowKind.Ramp);

    private static bool SaysFullRate(ref Sentence s)
    {
        for (var i = 0; i < s.Count; i++)
        {
            if (s.IsWord(i, Word.Full) && Phrases.RateAfter(ref s, i) > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "if xai cost the same per MW as oracle, what would anthropic pay a month", "openai amd priced like oracle per mw,
    /// per year": the first deal's size at the second's rate, the rate named after "as", "like" or "at". A comparison of
    /// two rates read so would only set the two side by side. "oracle per MW-year" then "if xai cost that per MW, what
    /// would its monthly fee be?": the rate is the one just given, of the deal before.
    /// </summary>
    private DealQuery? PricedLikeAnother(ref Sentence s, DealQuery query, DealQuery? previous, QuantityQuestion asked)
    {
        // "xai at oracle's price per MW, monthly fee": the rate held after "at", the fee over the period asked.
        var per = query is { Kind: QueryKind.Compare, Measure: Measure.MonthlyCost or Measure.YearlyCost } ? HeldRateThing(ref s) : PerOf(query.Measure);
        // "what would anthropic pay a month": one of a period is the period asked, never an amount.
        var period = query.Measure switch
        {
            Measure.PerMwYear or Measure.PerGpuYear or Measure.YearlyCost => Prelude.Year,
            Measure.PerGpuHour => Prelude.Hour,
            _ => Prelude.Month,
        };
        if (per == Dimension.None || asked.Given.Any(g => g.Quantity != Core.Units.Quantity.Of(1m, period)))
        {
            return null;
        }

        var rated = query is { Kind: QueryKind.Compare, DealIds.Count: 2 } && RateOfSecond(ref s) ? query.DealIds[1]
            : query is { Kind: QueryKind.Deal, DealIds: [var sized] } && previous is { Kind: QueryKind.Deal, DealIds: [var before] }
                && before != sized && PerOf(previous.Measure) == per && SaysThatRate(ref s) ? before
            : null;
        if (rated is null || _builder.SizeOf(query.DealIds[0], per) is not { } size)
        {
            return null;
        }

        return new DealQuery { Kind = QueryKind.Compose, DealIds = [rated], Given = [size], Target = Prelude.Usd.Per(period) };
    }

    /// <summary>What a rate held after "at a deal's price per …" is per: power or GPUs; none when no such rate is said.</summary>
    private static Dimension HeldRateThing(ref Sentence s)
    {
        for (var i = 2; i + 1 < s.Count; i++)
        {
            if (s.Tokens[i].Word == Word.Per && s.TextOf(i - 1) is "price" or "rate" or "cost" && Phrases.DealsRateAt(ref s, i - 2))
            {
                return s.Tokens[i + 1].Word switch
                {
                    Word.Mw or Word.Gw or Word.Kw => Dimension.Power,
                    Word.Gpu => Dimension.Gpu,
                    _ => Dimension.None,
                };
            }
        }

        return Dimension.None;
    }

    /// <summary>"at the same rate", "at that price", "the same per MW": a rate, where "same for oracle" asks the same question.</summary>
    private static bool SaysRate(ref Sentence s) => s.HasText("rate") || s.HasText("price") || s.Has(Word.Per);

    private static Dimension PerOf(Measure measure) => measure switch
    {
        Measure.PerMwMonth or Measure.PerMwYear => Dimension.Power,
        Measure.PerGpuHour or Measure.PerGpuMonth or Measure.PerGpuYear => Dimension.Gpu,
        _ => Dimension.None,
    };

    /// <summary>"if xai cost that per MW", "priced at the same rate": a rate said before, applied with a what-if.</summary>
    private static bool SaysThatRate(ref Sentence s) =>
        (s.HasText("that") || s.Has(Word.Same)) && (s.HasText("if") || s.HasText("would")) && SaysPricing(ref s);

    private static bool SaysPricing(ref Sentence s) =>
        s.HasText("cost") || s.Has(Word.Pay) || s.HasText("priced") || s.HasText("price") || s.HasText("run") || s.HasText("be") || s.Has(Word.Bill);

    /// <summary>"the same per MW as oracle", "priced like oracle", "at oracle's rate", with what it would cost asked.</summary>
    private static bool RateOfSecond(ref Sentence s)
    {
        var first = -1;
        for (var i = 0; i < s.Count; i++)
        {
            if (s.Tokens[i].Entity.IsNone)
            {
                continue;
            }

            if (first < 0)
            {
                first = i;
                continue;
            }

            // The words between the first name and this one say this one's rate is the one applied.
            for (var j = first + 1; j < i; j++)
            {
                var said = (s.TextOf(j) is "as" && s.Has(Word.Same)) || s.TextOf(j) is "like" || (s.TextOf(j) is "at" && j == i - 1);
                if (said && SaysPricing(ref s))
                {
                    return true;
                }
            }

            return false;
        }

        return false;
    }

    /// <summary>
    /// "colossus energy per month" then "per day?", "and in a week?": the deal's energy over that period, composed as
    /// "colossus energy per day" is; the deal's cost per day would answer something else. FLOPs are counted by the month
    /// only, so "per year?" after them is refused.
    /// </summary>
    private DealQuery? ShorterPeriodOfEnergy(in Reading r, DealQuery? previous, bool costOfThat, QuantityQuestion asked)
    {
        // "how much energy does 100 MW use in a year" then "and in a week?", "over 3 years?": the user's power over the new
        // period or length.
        if (previous is { Kind: QueryKind.Compute, Measure: Measure.EnergyPerMonth or Measure.EnergyPerYear, Power: { } power }
            && r.Deals.Count == 0 && r.Changes is null && r.Parameters.Power is null && asked.BareNumbers == 0
            && (asked.Given is [{ Quantity.Dimension: var typed } length] && typed == Dimension.Time ? length
                : r.MeasureNamed && asked.Given.Count == 0 && RateMeasures.PeriodOf(r.Measure) is { } each ? Term.OneOf(each)
                : null) is { } over)
        {
            return new DealQuery
            {
                Kind = QueryKind.Compose,
                Given = [new Term($"{Core.Text.UnitFormat.Number(power.Megawatts)} MW", Core.Units.Quantity.Of(power.Megawatts, Prelude.Megawatt)) { Given = true }, over],
                Target = asked.Target is { } inUnit && inUnit.Dimension == Dimension.Energy ? inUnit : Prelude.MegawattHour,
            };
        }

        if (previous is not { Kind: QueryKind.Deal, DealIds.Count: <= 1, Changes: null } || r.Deals.Count > 0 || r.Changes is not null || r.Window is not null)
        {
            return null;
        }

        // "how much electricity does colossus use a year" then "what does that cost?": the power bill over that period.
        if (costOfThat && previous.Measure is Measure.EnergyPerMonth or Measure.EnergyPerYear && r.Parameters.Budget is null)
        {
            return previous with
            {
                Measure = Measure.ElectricityBill, TargetScale = 0m,
                Target = previous.Measure == Measure.EnergyPerYear ? Prelude.Usd.Per(Prelude.Year) : null,
                ElectricityPricePerKwh = r.Parameters.ElectricityPricePerKwh,
            };
        }

        var period = !r.MeasureNamed || r.Has(Cues.DealTalk) ? null : RateMeasures.PeriodOf(r.Measure);
        if (period is null)
        {
            return null;
        }

        // "xai in $ per kW per month" then "and per year": still per kW, now a year.
        if (previous.Target is { } before && before.Dimension.HasDenominator(except: BaseDimension.Time)
            && Prelude.WithPeriod(before, period) is { } rerated)
        {
            return previous with { Target = rerated, TargetScale = 0m };
        }

        if (previous.Measure == Measure.FlopsPerMonth)
        {
            return period == Prelude.Month ? previous : _builder.Unknown(LanguageMessages.FlopsPeriod);
        }

        return previous.Measure is Measure.EnergyPerMonth or Measure.EnergyPerYear or Measure.EnergyOverTerm && period.Factor < Prelude.Month.Factor
            ? new DealQuery
            {
                Kind = QueryKind.Compose, DealIds = previous.DealIds.Count > 0 ? previous.DealIds : _builder.DefaultDeal,
                Given = [Term.OneOf(period)],
                Target = previous.Target is { } energy && energy.Dimension == Dimension.Energy ? energy : Prelude.MegawattHour,
            }
            : null;
    }

    /// <summary>
    /// "energy of 10 MW over 3 years", "energy of 50 MW per day", "25 MW for 90 days, energy": the user's power over the
    /// length or the period said. The energy reader counts a month or a year only, and would drop any other length.
    /// </summary>
    private static DealQuery? OwnEnergyOverLength(DealQuery query, in Reading r, QuantityQuestion asked)
    {
        if (query is not { Kind: QueryKind.Compute, Measure: Measure.EnergyPerMonth or Measure.EnergyPerYear } || asked.BareNumbers > 0)
        {
            return null;
        }

        // The amounts other than a length make one power: "10 MW", "4,096 GPUs each drawing 1.2 kW".
        IReadOnlyList<Term> powers = [.. asked.Given.Where(g => g.Quantity.Dimension != Dimension.Time)];
        if (Composer.Compose(powers, [], Dimension.Power).Count != 1)
        {
            return null;
        }

        // A power alone over a month or a year is the energy reader's, which picks the scale.
        var plain = powers is [{ Quantity.Dimension: var only }] && only == Dimension.Power;
        var target = asked.Target is { } asked1 && asked1.Dimension == Dimension.Energy ? asked1 : Prelude.MegawattHour;
        // "energy of 1 MW in q1 2027": the months a window said are the length.
        IReadOnlyList<Term> given = query.Duration is { } months && !asked.Given.Any(g => g.Quantity.Dimension == Dimension.Time)
            ? [.. asked.Given, new Term(Core.Text.QuantityFormat.Duration(months), Core.Units.Quantity.Of(months.Hours, Prelude.Hour)) { Given = true }]
            : asked.Given;
        if (given.Any(g => g.Quantity.Dimension == Dimension.Time))
        {
            var own = query.Measure == Measure.EnergyPerMonth ? Prelude.Month : Prelude.Year;
            if (plain && given.Count == 2 && given.Any(g => g.Quantity == Core.Units.Quantity.Of(1m, own)))
            {
                return null;
            }

            return Composer.Compose(given, [], Dimension.Energy).Count == 1
                ? new DealQuery { Kind = QueryKind.Compose, Given = given, Target = target }
                : null;
        }

        var period = (r.AskedRate & RateUnit.Hour) != 0 ? Prelude.Hour
            : (r.AskedRate & RateUnit.Day) != 0 ? Prelude.Day
            : (r.AskedRate & RateUnit.Week) != 0 ? Prelude.Week
            : plain ? null
            : query.Measure == Measure.EnergyPerMonth ? Prelude.Month
            : Prelude.Year;
        return period is null ? null
            : new DealQuery { Kind = QueryKind.Compose, Given = [.. asked.Given, Term.OneOf(period)], Target = target };
    }

    /// <summary>
    /// A percentage or a length the deal's measure has no place for may still be the question, composed: "12% of the xai
    /// total" is the share of that figure, "the xai deal's energy over a year, in GWh" its power over the length, and "how
    /// many kWh does a 35 MW datacenter use per day" the user's own arithmetic. Null: the refusal stands.
    /// </summary>
    private DealQuery? Rescued(ref Sentence s, in Reading r, QuantityQuestion asked)
    {
        if (asked.BareNumbers > 0 || asked.Given.Count == 0 || r.Changes is not null || r.Deals.Count > 1)
        {
            return null;
        }

        IReadOnlyList<string> deals = r.Deals.Count == 1 ? [_dealIds[r.Deals[0]]] : [];
        var measure = r.Measure == Measure.Summary ? Measure.Total : r.Measure;
        // "12% of the xai total", "20% of google xai's monthly fee": a share of the figure named right after; "at 40% of
        // capacity" is a utilisation, which a share of the price would get backwards.
        var of = asked.Spans.Count == 1 ? asked.Spans[0].End : -1;
        var percentOf = asked.Given.Count == 1 && asked.Given[0].Quantity.Dimension.IsDimensionless && asked.PueAt < 0
            && of > 0 && of + 1 < s.Count && s.TextOf(of) is "of" && s.SkipThe(of + 1) is var named && named < s.Count
            && !s.Tokens[named].Entity.IsNone && !s.IsWord(of - 2, Word.At);
        if (percentOf && r.Window is null && DealMeasures.UnitOf(measure)?.ToUnit() is { } unit && unit.Dimension[BaseDimension.Money] == 1)
        {
            return new DealQuery { Kind = QueryKind.Compose, DealIds = deals.Count > 0 ? deals : _builder.DefaultDeal, Given = asked.Given, Target = unit };
        }

        if (deals.Count == 1 && r.Window is null && measure is Measure.EnergyPerMonth or Measure.EnergyPerYear or Measure.EnergyOverTerm
            && asked.Given is [{ Quantity.Dimension: var length }] && length == Dimension.Time)
        {
            return new DealQuery { Kind = QueryKind.Compose, DealIds = deals, Given = asked.Given, Target = asked.Target ?? Prelude.MegawattHour };
        }

        return deals.Count == 0 && !NamesCompany(ref s) ? OwnArithmetic(asked, new DealQuery { Kind = QueryKind.Compute, Measure = measure }) : null;
    }

    /// <summary>
    /// "a third of the xai total", "half the oracle deal", "two thirds of google xai's fee": a fraction in words said of a
    /// deal, used up so no reader takes "a quarter" for three months. 0 when there is none.
    /// </summary>
    private static decimal FractionOfDeal(ref Sentence s, out string words)
    {
        words = "";
        for (var i = 0; i + 2 < s.Count; i++)
        {
            var count = s.IsText(i, "a") || s.IsText(i, "one") ? 1m : s.IsText(i, "two") ? 2m : s.IsText(i, "three") ? 3m : 0m;
            var at = count > 0m ? i + 1 : i;
            var part = s.IsFree(at) ? s.TextOf(at) switch
            {
                "half" => 2m,
                "third" or "thirds" => 3m,
                "quarter" or "quarters" or "fourth" or "fourths" => 4m,
                "fifth" or "fifths" => 5m,
                "tenth" or "tenths" => 10m,
                _ => 0m,
            } : 0m;
            var of = s.IsWord(at + 1, Word.Of) ? at + 2 : part == 2m ? at + 1 : -1;
            if (part == 0m || of < 0 || of >= s.Count || s.SkipThe(of) is var named && (named >= s.Count || s.Tokens[named].Entity.IsNone))
            {
                continue;
            }

            var fraction = Math.Max(count, 1m) / part;
            if (fraction >= 1m)
            {
                continue;
            }

            words = s.Text[s.Tokens[i].Start..(s.Tokens[of - 1].Start + s.Tokens[of - 1].Length)].ToString();
            s.Use(i, of);
            return fraction;
        }

        return 0m;
    }

    /// <summary>Whether a word of either class was said, read by a reader or not ("xai monthly fees … oracle's annual cost").</summary>
    private static bool SaidAnywhere(ref Sentence s, Word one, Word other)
    {
        for (var i = 0; i < s.Count; i++)
        {
            if (s.Tokens[i].Kind == TokenKind.Word && (s.Tokens[i].Word == one || s.Tokens[i].Word == other))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"what does one colossus GPU cost per hour", "a single xai gpu per month": the price of one GPU asked.</summary>
    private static bool OneGpu(ref Sentence s)
    {
        for (var i = 0; i + 1 < s.Count; i++)
        {
            if (!(s.IsText(i, "one") || s.IsText(i, "single") || s.IsText(i, "each")))
            {
                continue;
            }

            var j = i + 1;
            while (j < s.Count && !s.Tokens[j].Entity.IsNone && s.Tokens[j].Entity.Kind != EntityKind.Hardware)
            {
                j++;
            }

            if (s.IsWord(j, Word.Gpu) || (j < s.Count && s.Tokens[j].Entity.Kind == EntityKind.Hardware))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The one deal the message names, or null.</summary>
    private string? NamedDeal(ref Sentence s, DealQuery? previous)
    {
        var picks = new DealPicks();
        _picker.Pick(ref s, ref picks, out _, previous?.DealIds ?? [], pairsAllowed: false, out _, out _);
        return picks.Count == 1 ? _dealIds[picks[0]] : null;
    }

    /// <summary>
    /// "the deal is 45B total, per month?", "at what monthly fee would it total $40B": a total given beside a rate asked
    /// sets the fee, as a what-if does; "is it worth $45B total?" only checks it.
    /// </summary>
    private static bool AsksRate(ref Sentence s) =>
        s.Has(Word.Per) || s.Has(Word.Fee) || s.Has(Word.Monthly) || s.Has(Word.Yearly) || s.Has(Word.Daily) || s.Has(Word.Weekly) || s.Has(Word.Month) || s.Has(Word.Year);

    /// <summary>
    /// "how much water…", "how many tokens…", "what's the revenue…", "… per token": the thing asked about right after
    /// the question words, or what a rate is per, is a word no reader knows, so any figure would be about something else
    /// ("how many trainium chips" asks for chips). Returns that word, or null.
    /// </summary>
    private static string? UnknownThingAsked(ref Sentence s)
    {
        // "co2 emissions of the colossus deal per year": the question starts with what it asks about.
        if (IsUnknownWord(ref s, 0) && (s.IsWord(1, Word.Of) || (IsUnknownWord(ref s, 1) && s.IsWord(2, Word.Of))))
        {
            return s.TextOf(0).ToString();
        }

        for (var i = 0; i < s.Count; i++)
        {
            // "what % of ireland's electricity": someone else's energy, not the deal's.
            if (s.IsWord(i - 1, Word.Of) && IsUnknownWord(ref s, i) && s.IsWord(i + 1, Word.Energy))
            {
                return s.TextOf(i).ToString() + " " + s.TextOf(i + 1).ToString();
            }

            // "per chatgpt user?" opens a follow-up.
            var per = s.Tokens[i].Kind == TokenKind.Word && s.IsText(i, "per");
            var asks = per || (i > 0 && ((s.Tokens[i - 1].Kind == TokenKind.Word && s.Tokens[i - 1].Word == Word.How && s.Tokens[i].Word is Word.Much or Word.Many)
                || (s.Tokens[i - 1].Word == Word.What && s.Tokens[i].Word == Word.The)));
            var next = i + 1;

            // "per claude query", "per anthropic employee": the company says whose, the next word what; "per million
            // tokens": a count says how many.
            while (per && next < s.Count && (s.Tokens[next].Entity.Kind == EntityKind.Company || s.Tokens[next].Kind == TokenKind.Number
                || s.IsText(next, "thousand") || s.IsText(next, "million") || s.IsText(next, "billion")))
            {
                next++;
            }

            if (asks && IsUnknownWord(ref s, next) && UnitReader.Word(ref s, next + 1) is null)
            {
                return s.TextOf(next).ToString();
            }
        }

        return null;
    }

    /// <summary>"price per petaflop", "$ per FLOP": a price asked per unit of compute.</summary>
    private static bool PricedPerFlop(ref Sentence s)
    {
        var flop = s.Find(Word.Flop);
        return flop > 0 && (s.IsWord(flop - 1, Word.Per) || s.IsSymbol(flop - 1, '/'))
            && (s.Has(Word.Price) || s.Has(Word.Pay) || s.Has(Word.Fee) || s.HasText("$"));
    }

    /// <summary>"a day", "per week", "daily", "hourly", "each quarter": a period shorter than a month or a quarter, or null.</summary>
    /// <remarks>The measure reader has used the period's words by now, so they are looked at whether used or not.</remarks>
    private static Unit? ShortPeriod(ref Sentence s)
    {
        for (var i = 0; i < s.Count; i++)
        {
            if (s.Tokens[i].Kind != TokenKind.Word)
            {
                continue;
            }

            switch (s.Tokens[i].Word)
            {
                case Word.Day or Word.Daily:
                    return Prelude.Day;
                case Word.Week or Word.Weekly:
                    return Prelude.Week;
                case Word.Hour or Word.Hourly:
                    return Prelude.Hour;
                case Word.Quarters:
                    return Prelude.Quarter;
            }
        }

        return null;
    }

    /// <summary>
    /// "X is how many months of Y's payments": a length followed by "of" comes after the first deal named and before
    /// another, so the second deal is the one whose fee is counted.
    /// </summary>
    private static bool FeeNamedSecond(ref Sentence s)
    {
        var of = -1;
        for (var i = 1; i < s.Count && of < 0; i++)
        {
            of = s.IsText(i, "of") && UnitReader.Word(ref s, i - 1) is { } unit && unit.Dimension == Dimension.Time ? i : -1;
        }

        if (of > 0 && FirstMention(ref s, 0, of) >= 0 && FirstMention(ref s, of, s.Count) >= 0)
        {
            return true;
        }

        // "how many years would the oracle total last at xai's fee": the fee is the deal after "at".
        for (var at = 1; at < s.Count; at++)
        {
            if (s.IsFree(at) && s.TextOf(at) is "at" && FirstMention(ref s, 0, at) >= 0 && FirstMention(ref s, at, s.Count) >= 0
                && (s.Has(Word.Fee) || s.HasText("rate") || s.HasText("pace") || SaidAnywhere(ref s, Word.Fee, Word.Fee)))
            {
                return true;
            }
        }

        return false;
    }

    private static int FirstMention(ref Sentence s, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (s.Tokens[i].Entity.Kind is EntityKind.Company or EntityKind.Deal)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>A word neither the vocabulary, the catalog nor the unit table knows.</summary>
    private static bool IsUnknownWord(ref Sentence s, int i) =>
        i < s.Count && s.IsFree(i) && s.Tokens[i].Kind == TokenKind.Word && s.Tokens[i].Word == Word.None && s.Tokens[i].Entity.Kind == EntityKind.None
        && UnitReader.Word(ref s, i) is null;

    /// <summary>
    /// A number that names rather than counts: "S-1", "GPT-4" (a word and a dash before it), "page 146", the age in
    /// "explain it like i'm 5", and figures others claimed ("some say 45"). Chat is full of them; the guard is for amounts.
    /// </summary>
    private static bool IsName(ref Sentence s, int i) =>
        (s.IsDash(i - 1) && s.Tokens[i].Glued && i >= 2 && s.Tokens[i - 2].Kind == TokenKind.Word && s.Tokens[i - 1].Glued)
        || s.IsText(i - 1, "page") || s.IsText(i - 1, "pp") || s.IsText(i - 1, "p") || s.IsText(i - 1, "im") || s.IsText(i - 1, "i")
        || s.IsText(i - 1, "say") || s.IsText(i - 1, "says") || s.IsText(i - 1, "said") || s.IsText(i - 1, "claim") || s.IsText(i - 1, "claims");

    /// <summary>"that", "it", "this", read or not by the other readers.</summary>
    private static bool RefersBack(ref Sentence s)
    {
        for (var i = 0; i < s.Count; i++)
        {
            if (s.Tokens[i].Kind == TokenKind.Word && s.Tokens[i].Word == Word.It)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "fy2027", "2028e": a word with digits in it that no reader took and that names nothing in the catalog. It says a
    /// time or an amount the answer would leave out.
    /// </summary>
    private static bool IsCodedNumber(ref Sentence s, int i)
    {
        if (!s.IsFree(i) || s.Tokens[i].Kind != TokenKind.Word || s.Tokens[i].Word != Word.None || !s.Tokens[i].Entity.IsNone)
        {
            return false;
        }

        foreach (var c in s.TextOf(i))
        {
            if (char.IsAsciiDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Every base <paramref name="target"/> has, <paramref name="measure"/> has to the same power, and the two differ.</summary>
    private static bool SaysLess(Dimension target, Dimension measure) =>
        target != measure && Enum.GetValues<BaseDimension>().All(b => target[b] == 0 || target[b] == measure[b]);

    /// <summary>"per tpu", "per gpu", "each chip": a figure asked of one chip.</summary>
    private static bool PerChip(ref Sentence s)
    {
        for (var i = 0; i + 1 < s.Count; i++)
        {
            // Read whether used or not: "per tpu" is taken by the rate reader before this is asked.
            if ((s.TextOf(i) is "per" or "each" or "every" or "a") && s.Tokens[i + 1].Kind == TokenKind.Word
                && (Prelude.Find(s.TextOf(i + 1)) == Prelude.Gpu || s.Tokens[i + 1].Entity.Kind == Entities.EntityKind.Hardware))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"a year", "monthly", "per day": a period is said.</summary>
    private static bool SaysPeriod(ref Sentence s)
    {
        for (var i = 0; i < s.Count; i++)
        {
            if (s.Tokens[i].Kind == TokenKind.Word && Prelude.Find(s.TextOf(i)) is { } unit && unit.Dimension == Dimension.Time)
            {
                return true;
            }
        }

        return s.Has(Word.Yearly) || s.Has(Word.Monthly);
    }

    /// <summary>"cost", "price", "pay", "$": the question is about money.</summary>
    private static bool SaysMoney(ref Sentence s) =>
        s.Has(Word.Pay) || s.Has(Word.Price) || s.Has(Word.Fee) || s.Has(Word.Bill) || s.HasText("cost") || s.HasText("costs") || Phrases.HasFreeSymbol(ref s, '$');

    private static bool IsMoneyPerThingWithoutTime(Unit? target) =>
        target is { } t && t.Dimension[BaseDimension.Money] == 1 && t.Dimension[BaseDimension.Time] == 0 && t.Dimension != Dimension.Money;

    /// <summary>"at the same rate", "at xai's rate", "at that price": the deal's own rate applied to the user's amounts.</summary>
    /// <remarks>"for the same fee", "the same bill": the fee is kept, which is a what-if, not the deal's rate applied.</remarks>
    private static bool SameRate(ref Sentence s)
    {
        // "for the same price" pays the same; "at the same price (per MW)" pays by the same rate.
        var same = s.Find(Word.Same);
        return (same >= 0 && !(s.IsWord(same + 1, Word.Fee) || s.IsText(same + 1, "bill") || s.IsText(same + 1, "money") || s.IsWord(same + 1, Word.Total)
                || ((s.IsText(same - 1, "for") || s.IsText(same - 2, "for")) && !(UnitReader.IsPer(ref s, same + 2) && !s.IsCommaBefore(same + 2)))))
            // "at xai's rate", "at that price", "at xai rates"; "at pg&e rates" is a rate of no deal's.
            || (s.Has(Word.At) && !OthersRate(ref s) && (s.HasText("rate") || s.HasText("price") || (s.HasText("rates") && RateOfSomeDeal(ref s)) || AtDealsPrice(ref s)));
    }

    /// <summary>"at pg&amp;e rates", "at the ercot price": a rate named by a word that is no deal's nor any word known.</summary>
    private static bool OthersRate(ref Sentence s)
    {
        for (var i = 1; i < s.Count; i++)
        {
            if (s.TextOf(i) is not ("rate" or "rates" or "price" or "prices"))
            {
                continue;
            }

            // The words just before, back to a known one: "pg&e" is "pg" and "e"; "amazon's" ends in a lone "s".
            for (var j = i - 1; j >= 0 && s.Tokens[j] is { Kind: TokenKind.Word, Word: Word.None, Used: false } word && word.Entity.IsNone; j--)
            {
                if (word.Length > 1)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>A rate that can be a deal's: one is named, or the words point at one ("that", "its", "their", "this").</summary>
    private static bool RateOfSomeDeal(ref Sentence s) =>
        NamesCompany(ref s) || s.HasText("that") || s.HasText("this") || s.HasText("its") || s.HasText("their");

    /// <summary>"at colossus's $/mw", "at oracle $ per mw": a deal's own price per unit, named where a rate would be.</summary>
    private static bool AtDealsPrice(ref Sentence s)
    {
        for (var at = s.Find(Word.At); at >= 0; at = s.Find(Word.At, at + 1))
        {
            var j = at + 1;
            var named = false;
            while (j < s.Count && (s.Tokens[j].Entity.Kind is EntityKind.Company or EntityKind.Deal || s.IsText(j, "the") || s.IsText(j, "s")))
            {
                named |= s.Tokens[j].Entity.Kind != EntityKind.None;
                j++;
            }

            if (named && s.IsSymbol(j, '$') && UnitReader.IsPer(ref s, j + 1))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The earlier amounts, each replaced by a new one of the same dimension ("and 9 cents?"). None when a new amount could
    /// replace an amount or the same amount per thing ("2.3 kW GPUs in 240 MW" then "at 2.2 kW?"), which no answer should guess.
    /// </summary>
    private static IReadOnlyList<Term> Replaced(IReadOnlyList<Term> earlier, IReadOnlyList<Term?> now)
    {
        var merged = new List<Term>(earlier);
        foreach (var typed in now)
        {
            if (typed is null)
            {
                return [];
            }

            var term = PricedLike(earlier, typed);
            if (earlier.Any(t => Prelude.PerCountOf(t.Quantity.Dimension) is { } thing && t.Quantity.Dimension * thing.Dimension == term.Quantity.Dimension))
            {
                return [];
            }

            var at = merged.FindIndex(t => t.Quantity.Dimension == term.Quantity.Dimension);
            if (at >= 0)
            {
                merged[at] = term;
            }
            else
            {
                merged.Add(term);
            }
        }

        return merged;
    }

    /// <summary>
    /// "how long at $2B a month to reach $45B" then "what about at $1.5B?": an amount said after "at" is the new rate, in
    /// the period of the rate before. Null when a bare amount could be either the rate or the amount ("and $2B?").
    /// </summary>
    private static Term? AsRate(ref Sentence s, IReadOnlyList<Term> earlier, Term typed, int start)
    {
        var rates = earlier.Where(t => t.Quantity.Dimension == Dimension.Money / Dimension.Time).ToList();
        if (typed.Quantity.Dimension != Dimension.Money || rates.Count != 1 || typed.Quantity.In(Prelude.Usd) is not { } usd)
        {
            return typed;
        }

        var at = s.IsWord(start - 1, Word.At) || (s.IsSymbol(start - 1, '$') && s.IsWord(start - 2, Word.At));
        if (!at)
        {
            // "and to reach $100B?" names the amount; a bare "and $2B?" beside both a rate and an amount names neither.
            return earlier.Any(t => t.Quantity.Dimension == Dimension.Money) && !s.HasText("reach") && !s.HasText("hit") && !s.HasText("match") ? null : typed;
        }

        var period = Prelude.All.FirstOrDefault(u => u.Dimension == Dimension.Time && rates[0].Label.EndsWith("/" + u.Singular, StringComparison.Ordinal)) ?? Prelude.Month;
        return new Term($"{typed.Label}/{period.Singular}", Core.Units.Quantity.Of(usd.Low, usd.Value, usd.High, Prelude.Usd.Per(period))) { Given = true };
    }

    /// <summary>
    /// "7.5 cents per kWh in $/MWh" then "and 12 cents?": a bare price after the one price per kWh (or per GPU-hour) before
    /// is a price of the same thing, in the unit such prices are quoted in.
    /// </summary>
    private static Term PricedLike(IReadOnlyList<Term> earlier, Term typed)
    {
        if (typed.Quantity.Dimension != Dimension.Money || earlier.Any(t => t.Quantity.Dimension == Dimension.Money))
        {
            return typed;
        }

        var perKwh = Prelude.Usd.Per(Prelude.KilowattHour);
        var perGpuHour = Prelude.Usd.Per(Prelude.Gpu.Times(Prelude.Hour));
        var prices = earlier.Where(t => t.Quantity.Dimension == perKwh.Dimension || t.Quantity.Dimension == perGpuHour.Dimension).ToList();
        if (prices.Count != 1 || typed.Quantity.In(Prelude.Usd) is not { } usd)
        {
            return typed;
        }

        var unit = prices[0].Quantity.Dimension == perKwh.Dimension ? perKwh : perGpuHour;
        var per = unit == perKwh ? "kWh" : "GPU-hour";
        return new Term($"{typed.Label}/{per}", Core.Units.Quantity.Of(usd.Low, usd.Value, usd.High, unit)) { Given = true };
    }

    /// <summary>
    /// The one length typed: a single year, quarter, month, week or day not after "for", "over" or "during" is a
    /// period ("cost a year"), with its index into the amounts; any other length is totalled over (index -1).
    /// Null when no length or more than one was typed.
    /// </summary>
    private static (Unit Period, int Index)? OnePeriod(ref Sentence s, QuantityQuestion asked)
    {
        var at = -1;
        for (var k = 0; k < asked.Given.Count; k++)
        {
            if (asked.Given[k].Quantity.Dimension == Dimension.Time)
            {
                if (at >= 0)
                {
                    return null;
                }

                at = k;
            }
        }

        if (at < 0)
        {
            return null;
        }

        var start = asked.Spans[at].Start;
        var hours = asked.Given[at].Quantity.Value;
        var period = Array.Find(Periods, u => u.Factor == hours);
        return period is null || s.IsText(start - 1, "for") || s.IsText(start - 1, "over") || s.IsText(start - 1, "during")
            ? (Prelude.Usd, -1)
            : (period, at);
    }

    private static readonly Unit[] Periods = [Prelude.Year, Prelude.Quarter, Prelude.Month, Prelude.Week, Prelude.Day];

    private static Unit? ScaledMoney(QuantityQuestion asked) =>
        asked.TargetScale > 0m && asked.Given.Count == 1 && asked.Given[0].Quantity.Dimension == Dimension.Money
            ? Prelude.Usd.Scaled(Prelude.ScaleName(asked.TargetScale), asked.TargetScale)
            : null;

    /// <summary>
    /// The guard and the asked unit on a query the readers built. A number the readers left unused means the query
    /// answers a neighbouring question, so it becomes a refusal that names the number; otherwise the asked unit is
    /// attached, and the answerer converts to it, composes the deal's facts into it, or says why it cannot.
    /// </summary>
    private DealQuery InAskedUnit(ref Sentence s, DealQuery query, QuantityQuestion asked, DealQuery? previous)
    {
        if (query.Kind is QueryKind.Unknown or QueryKind.Help or QueryKind.NoSuchDeal)
        {
            return query;
        }

        if (UnknownThingAsked(ref s) is { } thing)
        {
            return _builder.Unknown(string.Format(System.Globalization.CultureInfo.InvariantCulture, LanguageMessages.UnknownThingFormat, thing));
        }

        // "google xai GPUs at 1.2 kW each, energy per year": an amount for each of something no amount counts is no size of
        // the deal's; read as one, the figure would be a single GPU's.
        if (asked.EachAt.Count > 0 && query.Kind is QueryKind.Deal or QueryKind.WhatIf or QueryKind.Compare
            && asked.EachAt.Any(k => Prelude.PerCountOf(asked.Given[k].Quantity.Dimension) is null))
        {
            return _builder.Unknown(LanguageMessages.EachWithoutCount);
        }

        for (var i = 0; i < s.Count; i++)
        {
            if ((s.IsNumber(i) && !IsName(ref s, i)) || IsCodedNumber(ref s, i))
            {
                return OwnArithmetic(asked, query) ?? _builder.Unknown(string.Format(System.Globalization.CultureInfo.InvariantCulture,
                    s.IsNumber(i) ? LanguageMessages.UnusedNumberFormat : LanguageMessages.UnusedCodeFormat, s.TextOf(i).ToString()));
            }
        }

        var typed = asked.Given.Any(g => _builder.RestatesPower(query, g)) ? [.. asked.Given.Where(g => !_builder.RestatesPower(query, g))] : asked.Given;
        var feeNamed = typed.Count == 1 && query.Kind == QueryKind.Deal && _builder.RestatesFee(query, typed[0], SaidAsFee(ref s, asked.Spans[0].End));
        typed = feeNamed ? [] : typed;
        if (QueryInputs.Unmatched(query, typed, previous) is { } unmatched)
        {
            return OwnArithmetic(asked, query) ?? _builder.Unknown(string.Format(System.Globalization.CultureInfo.InvariantCulture, LanguageMessages.UnusedAmountFormat, unmatched));
        }

        // "if it ended 6 months early, how much less would anthropic pay": the change a what-if makes. "How much more does
        // anthropic pay than google", "how many times bigger is the oracle deal": one figure of two, a deal's size its total.
        if (query.Kind is QueryKind.WhatIf or QueryKind.Compare && Phrases.Contrast(ref s) is var contrast and not Contrast.None)
        {
            if (query.Kind == QueryKind.WhatIf && contrast == Contrast.Difference)
            {
                query = query with { Contrast = contrast };
            }
            else if (query.Kind == QueryKind.WhatIf && ((contrast == Contrast.Sum && Phrases.AddsUp(ref s)) || (contrast == Contrast.Ratio && s.HasPair(Word.How, Word.Many))))
            {
                // "if google's fee doubled, how many times xai's fee": a ratio the what-if's one figure does not give.
                return _builder.Unknown(LanguageMessages.WhatIfAgainstAnother);
            }
            else if (query.Kind == QueryKind.Compare && query.DealIds.Count > 2)
            {
                // "iren + nebius + nscale totals": every deal named, added up; a difference or a ratio is of two.
                if (contrast != Contrast.Sum)
                {
                    return _builder.Unknown(LanguageMessages.ContrastOfTwo);
                }

                query = query with { Contrast = contrast };
            }
            else if (query.Kind == QueryKind.Compare && query.DealIds.Count == 2)
            {
                // "how many colossus monthly fees fit in the oracle total": one deal's fee against the other's total, which
                // one basis for both would not give.
                if (contrast is Contrast.Ratio or Contrast.Share && ((s.Has(Word.Total) && query.Measure != Measure.Total)
                    || (SaidAnywhere(ref s, Word.Monthly, Word.Month) && SaidAnywhere(ref s, Word.Yearly, Word.Year))))
                {
                    return _builder.Unknown(LanguageMessages.MixedBasis);
                }

                // "compare google xai and colossus" then "how many times bigger is colossus": the deal named is the one measured.
                // "ratio xai over it" after another deal: the deal named is divided by the one before.
                var namedSecond = (previous is { Kind: QueryKind.Compare } && previous.DealIds.SequenceEqual(query.DealIds) && NamedDeal(ref s, previous) == query.DealIds[1])
                    || (contrast == Contrast.Ratio && previous is not null && Phrases.OverWhatCameBefore(ref s) && NamedDeal(ref s, previous) == query.DealIds[1]);
                query = query with
                {
                    Contrast = contrast,
                    Measure = query.Measure == Measure.Summary && (s.HasText("bigger") || s.HasText("larger") || s.HasText("smaller")
                        || contrast is Contrast.Ratio or Contrast.Share) ? Measure.Total : query.Measure,
                    DealIds = Phrases.DivisorNamedFirst(ref s, contrast) || namedSecond ? [query.DealIds[1], query.DealIds[0]] : query.DealIds,
                };
            }
        }

        // "how many months of the xai fee would pay for oracle's $300B": the first deal's fee against the second's total.
        // "how much is colossus a month" then "how many months of that equals the oracle deal?": the fee before, the deal now.
        if (query.Kind == QueryKind.Deal && query.DealIds.Count == 1 && asked.Target is { Dimension: var asks } && asks == Dimension.Time
            && previous is { Kind: QueryKind.Deal, DealIds.Count: 1 } && previous.DealIds[0] != query.DealIds[0]
            && (previous.Measure is Measure.MonthlyCost or Measure.YearlyCost
                || ((s.Has(Word.Fee) || s.HasText("payments")) && (previous.Measure is not (Measure.Total or Measure.Summary) || FeeOfThat(ref s))))
            && (s.HasText("equal") || s.HasText("equals") || s.HasText("match") || s.HasText("matches") || s.HasText("cover") || s.HasPair(Word.Pay, Word.For)))
        {
            query = query with { Kind = QueryKind.Compare, DealIds = [previous.DealIds[0], query.DealIds[0]] };
        }
        // "oracle total" then "how many years at xai's fee would that take?": the fee now, the total before.
        else if (query.Kind == QueryKind.Deal && query.DealIds.Count == 1 && asked.Target is { Dimension: var yearsAsked } && yearsAsked == Dimension.Time
            && previous is { Kind: QueryKind.Deal, DealIds.Count: 1 } && previous.DealIds[0] != query.DealIds[0]
            && RefersBack(ref s) && !FeeOfThat(ref s))
        {
            // "google xai in 2027" or "iren per year" then "how many months of oracle's fee is that?": only whole totals are
            // matched.
            if (previous.Window is not null || previous.Measure is not (Measure.Total or Measure.Summary))
            {
                return _builder.Unknown(LanguageMessages.MatchWholeTotals);
            }

            query = query with { Kind = QueryKind.Compare, DealIds = [query.DealIds[0], previous.DealIds[0]] };
        }
        else if (query.Kind == QueryKind.Compare && query.DealIds.Count == 2 && asked.Target is { Dimension: var lengthAsked } && lengthAsked == Dimension.Time
            && FeeNamedSecond(ref s))
        {
            // "oracle's deal is how many months of colossus payments": the fee is the deal after "months of".
            query = query with { DealIds = [query.DealIds[1], query.DealIds[0]] };
        }

        // A total the user typed ("to match the $100B amazon commitment") is the one matched.
        if (query.Kind == QueryKind.Compare && query.DealIds.Count == 2 && asked.Target is { } length && length.Dimension == Dimension.Time
            && asked.Given.All(g => g.Quantity.Dimension == Dimension.Money) && asked.Given.Count <= 1)
        {
            // "how many months of google xai's fee pay for the first year of oracle", "…oracle's yearly cost": the whole deal's
            // total would be matched instead.
            if (asked.Given.Count == 0 && (query.Window is not null || query.Measure is not (Measure.Total or Measure.Summary or Measure.End or Measure.MonthlyCost)))
            {
                return _builder.Unknown(LanguageMessages.MatchWholeTotals);
            }

            return asked.Given.Count == 1
                ? new DealQuery { Kind = QueryKind.Compose, DealIds = [query.DealIds[0]], Given = asked.Given, Target = length }
                : new DealQuery { Kind = QueryKind.Compose, Measure = Measure.Total, DealIds = query.DealIds, Target = length };
        }

        // "how many gpus does xai have" then "what's that per MW": a count or an amount per thing, not dollars per MW.
        if (asked.TargetAssumesMoney && asked.Target is { } perThing && previous is { Kind: QueryKind.Deal, DealIds.Count: 1 }
            && (query.DealIds.Count == 0 || query.DealIds.SequenceEqual(previous.DealIds)) && RefersBack(ref s)
            && (previous.Measure == Measure.Capacity ? Prelude.Megawatt : DealMeasures.UnitOf(previous.Measure)?.ToUnit()) is { } before
            && before.Dimension[BaseDimension.Money] == 0
            && Prelude.All.FirstOrDefault(u => Prelude.Usd.Per(u).Dimension == perThing.Dimension && Prelude.Usd.Per(u).Factor == perThing.Factor) is { } per
            && per.Dimension != before.Dimension)
        {
            return previous with { Target = before.Per(per), TargetScale = 0m };
        }

        // "xai watts per gpu" then "in kW?": the same figure per GPU in kW, not the deal's power.
        if (asked.Target is { } inUnit && asked.Given.Count == 0 && previous is { Kind: QueryKind.Deal or QueryKind.WhatIf, Target: { } perEach }
            && query.Kind == previous.Kind && query.Measure == previous.Measure && query.DealIds.SequenceEqual(previous.DealIds)
            && inUnit.Dimension != perEach.Dimension && Prelude.PerCountOf(perEach.Dimension) is { } each && inUnit.Per(each).Dimension == perEach.Dimension)
        {
            return previous with { Target = inUnit.Per(each), TargetScale = 0m, ScenarioCarried = previous.Kind == QueryKind.WhatIf };
        }

        // "same for iren" after "xai per kW per month", "what if the fee were $1B" after "per gpu per day": the follow-up
        // keeps the unit with the measure.
        if (asked.Target is null && asked.TargetScale == 0m && previous is { Kind: QueryKind.Deal or QueryKind.WhatIf } && previous.Measure == query.Measure
            && query.Kind is QueryKind.Deal or QueryKind.WhatIf && (previous.Target is not null || previous.TargetScale > 0m))
        {
            (asked.Target, asked.TargetScale) = (previous.Target, previous.TargetScale);
        }

        // "energy per month": "per month" said which period, not that the answer is in dollars ("per TWh" does ask dollars). "per MW", "$/GPU": money
        // per thing but per no time, which a deal's fee never is without a period; the measure read says which.
        // "how long": the deal's measure answers in its own unit.
        // "in £", "in dollars": a currency, said of a figure that is money already. FLOP counts are not composed.
        // A dollar rate only assumed ("… each h100 … per hour") yields to a measure read with more in its unit (per
        // GPU-hour); one that says more ("per kW per month" where "per month" was read) stands.
        // "xai price per petaflop": compute is never priced by the FLOP here, and the FLOP count would answer another question.
        if ((asked.Target is { } perFlop && perFlop.Dimension[BaseDimension.Flop] != 0 && perFlop.Dimension[BaseDimension.Money] != 0)
            || PricedPerFlop(ref s))
        {
            return _builder.Unknown(string.Format(System.Globalization.CultureInfo.InvariantCulture, LanguageMessages.UnknownThingFormat, "price per FLOP"));
        }

        // "microsoft iren $ per watt", "xai total in $ per MW": the whole deal's dollars per watt or MW it brings, the way
        // build-outs are quoted; with a rate read ("cost per MW") the measure says the period.
        // "oracle total" then "and per gw?": the total per GW, as asked before.
        // "xai power" then "$ per watt": dollars said per a thing, after a figure that held none, ask the total per it too.
        var perThingOfTotal = query.Kind == QueryKind.Deal && IsMoneyPerThingWithoutTime(asked.Target)
            && (query.Measure is Measure.Summary or Measure.Total || s.Has(Word.Total)
                || (previous is { Kind: QueryKind.Deal, Measure: Measure.Total, Window: null } && query.DealIds.SequenceEqual(previous.DealIds))
                || (!asked.TargetAssumesMoney && previous is { Kind: QueryKind.Deal } && query.Measure == previous.Measure
                    && query.Measure is Measure.Capacity or Measure.GpuCount or Measure.Homes));
        // "colossus in 2027" then "per GPU?": a total over months, which a price per GPU from the whole deal would not be.
        if (!perThingOfTotal && query.Kind == QueryKind.Deal && IsMoneyPerThingWithoutTime(asked.Target)
            && previous is { Kind: QueryKind.Deal, Measure: Measure.Total, Window: not null } && query.DealIds.SequenceEqual(previous.DealIds))
        {
            return _builder.Unknown(LanguageMessages.WindowPerThing);
        }

        var measured = DealMeasures.UnitOf(query.Measure)?.ToUnit();

        // "how many homes can oracle power" then "what about per gw?": the count asked before, per the thing said; no money was.
        if (previous is { Kind: QueryKind.Deal, Measure: Measure.Homes or Measure.GpuCount or Measure.GpusForPower } && query.Kind == QueryKind.Deal
            && asked.TargetAssumesMoney && asked.Given.Count == 0 && asked.Target is { } assumed && query.DealIds.SequenceEqual(previous.DealIds)
            && IsMoneyPerThingWithoutTime(Prelude.WithoutPeriod(assumed)) && !SaysPeriod(ref s) && !SaysMoney(ref s)
            && DealMeasures.UnitOf(previous.Measure)?.ToUnit() is { } count && Prelude.WithoutPeriod(assumed).WithAmount(count) is { } countPer)
        {
            (query, asked.Target, asked.TargetAssumesMoney) = (query with { Measure = previous.Measure, AcceleratorId = previous.AcceleratorId }, countPer, false);
        }

        // "colossus gpus" then "watts each?", "how many kw each": each of the things just counted, not the whole site.
        if (query.Kind == QueryKind.Deal && asked.Target is { } whole && asked.Given.Count == 0 && !whole.Dimension.HasDenominator()
            && (s.HasText("each") || s.HasText("apiece")) && measured is { } things && Prelude.CountOf(things.Dimension) is { } eachOf && eachOf != whole)
        {
            asked.Target = whole.Per(eachOf);
        }

        // "colossus cost per home powered": dollars per home over no period, beside a count of homes, which would answer
        // how many homes instead.
        if (!perThingOfTotal && asked.Target is { } perCount && perCount.Dimension[BaseDimension.Money] == 1 && Prelude.PerCountOf(perCount.Dimension) is not null
            && measured is { } counted && counted.Dimension[BaseDimension.Money] == 0)
        {
            return _builder.Unknown(string.Format(System.Globalization.CultureInfo.InvariantCulture, LanguageMessages.CostPerCountFormat, asked.Target!.Symbol));
        }

        // "xai monthly fee in cents": the money unit asked, over the measure's own period (a total in cents is another figure).
        if (asked.Target is { } money && money.Dimension == Dimension.Money && money != Prelude.Usd && measured is { } rate
            && rate.WithAmount(money) is { } inMoney)
        {
            // "USD/GPU/hour" in cents is "¢/GPU/hour": the money changes, what it is per stays.
            asked.Target = inMoney;
        }
        // "anthropic google tpus per tpu flops": one chip's share of the fleet's compute, which the fleet's figure is not.
        if (query is { Kind: QueryKind.Deal, Measure: Measure.FlopsPerMonth } && PerChip(ref s))
        {
            return _builder.Unknown(LanguageMessages.FleetFigurePerChip);
        }

        // "compare xai and oracle per watt": each deal's total per watt it brings, which a comparison does not work out; the
        // figures it would give are per year.
        if (query is { Kind: QueryKind.Compare, Measure: Measure.Summary or Measure.Total } && IsMoneyPerThingWithoutTime(asked.Target)
            && Prelude.PerCountOf(asked.Target!.Dimension) is null)
        {
            return _builder.Unknown(string.Format(System.Globalization.CultureInfo.InvariantCulture, LanguageMessages.ComparisonUnitFormat, asked.Target.Symbol));
        }

        // "oracle per year" then "in $ per watt?": dollars per a thing said of a fee over time, which holds no such thing;
        // dropping "per watt" would repeat the fee. The total per watt or the yearly fee per watt both fit.
        if (!perThingOfTotal && query.Kind == QueryKind.Deal && !asked.TargetAssumesMoney && IsMoneyPerThingWithoutTime(asked.Target)
            && query.Measure is Measure.MonthlyCost or Measure.YearlyCost or Measure.DailyCost or Measure.WeeklyCost or Measure.HourlyCost)
        {
            return _builder.Unknown(string.Format(System.Globalization.CultureInfo.InvariantCulture, LanguageMessages.PerThingOfFeeFormat, asked.Target!.Symbol));
        }

        if (!perThingOfTotal && ((asked.TargetAssumesMoney && DealMeasures.Intent(query.Measure) == Core.Answers.Intents.Scale && asked.Target!.Dimension == Dimension.Money / Dimension.Time)
            || (asked.TargetAssumesMoney && measured is not null && SaysLess(asked.Target!.Dimension, measured.Dimension))
            || asked.TargetOnlyForComposing || IsMoneyPerThingWithoutTime(asked.Target)
            || (asked.Target == Prelude.Usd && measured?.Dimension[BaseDimension.Money] == 1 && query.Measure != Measure.Total)
            || (asked.Target is { } flops && flops.Dimension[BaseDimension.Flop] != 0
                && (query.Measure != Measure.FlopsPerMonth || flops.Dimension == Dimension.Flop || flops.Factor == Prelude.Flop.Per(Prelude.Month).Factor))))
        {
            asked.Target = null;
        }

        // "how many months of the xai fee would pay for oracle's $300B" is no comparison of totals: a comparison or
        // what-if answers in its measure's unit (deals compared with no measure named, per year), and an asked unit of
        // another dimension ("compare xai and oracle per watt") would be dropped.
        if (query.Kind is QueryKind.Compare or QueryKind.WhatIf && asked.Target is { } unit
            && DealMeasures.UnitOf(query is { Kind: QueryKind.Compare, Measure: Measure.Summary } ? Measure.YearlyCost : query.Measure)?.ToUnit() is { } own
            && own.Dimension != unit.Dimension
            && !(query.Contrast == Contrast.Share && unit == Prelude.Percent))
        {
            return _builder.Unknown(string.Format(System.Globalization.CultureInfo.InvariantCulture, LanguageMessages.ComparisonUnitFormat, unit.Symbol));
        }

        // "if it started in jan 2027 with the same end, how many months": a what-if's date asked as a length, which it does
        // not count yet; the date alone would answer something else.
        if (query.Kind == QueryKind.WhatIf && query.Measure is Measure.End or Measure.Start && asked.Target is { } dateIn)
        {
            return _builder.Unknown(string.Format(System.Globalization.CultureInfo.InvariantCulture, LanguageMessages.ComparisonUnitFormat, dateIn.Symbol));
        }

        // "watts per gpu at colossus?" then "and if you go by the 325k count?": the what-if answers in its measure's unit,
        // not in the unit asked before.
        if (query.Kind == QueryKind.WhatIf && asked.Target is null && previous is { Target: { } earlierUnit } && previous.Measure == query.Measure
            && DealMeasures.UnitOf(query.Measure)?.ToUnit() is { } whatIfUnit && whatIfUnit.Dimension != earlierUnit.Dimension)
        {
            return _builder.Unknown(string.Format(System.Globalization.CultureInfo.InvariantCulture, LanguageMessages.ComparisonUnitFormat, earlierUnit.Symbol));
        }

        // "i use 11,000 kwh a year. how many houses like mine is iren's 200MW": a household's use typed beside a deal's
        // homes, which are counted at the sourced household figure; "houses like mine" after the use was said, too.
        if (query is { Kind: QueryKind.Deal, Measure: Measure.Homes } && asked.Given.Any(g => g.Quantity.Dimension == Dimension.Power && !_builder.RestatesPower(query, g))
            || (query.Measure == Measure.Homes && OwnHousehold(ref s)))
        {
            return _builder.Unknown(LanguageMessages.HomesAtOwnUse);
        }

        // "added 100 MW", "50k more gpus", "up by 200 million": a change by an amount, which the what-if would read as the
        // new figure.
        if (query.Changes is not null && ChangeReader.ChangesBy(ref s, asked))
        {
            return _builder.Unknown(LanguageMessages.ChangeBy);
        }

        // "the 12 months after the ramp": a length beside the ramp or the full-rate months says a window they do not.
        if (query.Window is { Kind: WindowKind.Ramp or WindowKind.FullRate } && asked.Given.Any(g => g.Quantity.Dimension == Dimension.Time))
        {
            return _builder.Unknown(LanguageMessages.PartNotUsed);
        }

        // "if it cancelled after one year": the minimum counts from a notice date, so a length is only its notice period.
        if (query.Measure == Measure.MinimumCommitment && !s.HasText("notice") && asked.Given.Any(g => g.Quantity.Dimension == Dimension.Time))
        {
            return _builder.Unknown(LanguageMessages.PartNotUsed);
        }

        // "6 years instead of 5, per year?" read "5 per year" as a fee: no deal's fee is under $1,000 a month.
        if (query.Changes?.MonthlyFee is { } fee && fee.Usd < SmallestFee)
        {
            return _builder.Unknown(LanguageMessages.FeeTooSmall);
        }

        // "X + Y" then "in MW": the same sum, difference or ratio of the same deals, in the unit asked.
        if (query is { Kind: QueryKind.Compare, Contrast: Contrast.None } && previous is { Kind: QueryKind.Compare, Contrast: not Contrast.None }
            && query.DealIds.SequenceEqual(previous.DealIds) && !NamesCompany(ref s))
        {
            query = query with { Contrast = previous.Contrast };
        }

        // "total of openai nvidia and openai amd in GW", "stargate gw minus openai amd gw": a sum or a difference is one
        // figure, in the unit asked; "openai broadcom gw" then "plus openai nvidia?" keeps the unit asked before.
        if (query is { Kind: QueryKind.Compare, Contrast: Contrast.Sum or Contrast.Difference } && (asked.Target is not null || asked.TargetScale > 0m))
        {
            return query with { Target = asked.Target, TargetScale = asked.TargetScale };
        }

        if (query is { Kind: QueryKind.Compare, Contrast: Contrast.Sum or Contrast.Difference, Target: null, TargetScale: 0m }
            && previous is { Kind: QueryKind.Deal or QueryKind.Compare } && previous.Measure == query.Measure && (previous.Target is not null || previous.TargetScale > 0m))
        {
            return query with { Target = previous.Target, TargetScale = previous.TargetScale };
        }

        if (query.Kind is not (QueryKind.Deal or QueryKind.Compute or QueryKind.WhatIf) || (asked.Target is null && asked.TargetScale == 0m))
        {
            return query;
        }

        // "what if the fee were 20% lower?" then "per GW-year then?": a what-if's figure in the unit asked; its amounts are
        // its changes, none to compose.
        if (query.Kind == QueryKind.WhatIf)
        {
            return query with { Target = asked.Target, TargetScale = asked.TargetScale };
        }

        // "what would 300 MW of h100s cost at $2.35 an hour per month": a rental with no length is priced over the period asked.
        if (query is { Kind: QueryKind.Compute, Measure: Measure.GpuRentalCost, Duration: null } && asked.Target is { } perPeriod
            && perPeriod.Dimension == Dimension.Money / Dimension.Time)
        {
            query = query with { Duration = Core.Quantities.Duration.FromHours(decimal.Round(Prelude.Usd.Factor / perPeriod.Factor, 6)) };
        }

        // "how big is the iren contract, in dollars?": money with no measure is the deal's total, ramp and all.
        // "google xai in billions": so is a scale of money with no measure.
        var measure = (query.Kind == QueryKind.Deal && query.Measure == Measure.Summary
                && (asked.Target?.Dimension == Dimension.Money || (asked.Target is null && asked.TargetScale > 0m))) || perThingOfTotal
            ? Measure.Total : query.Measure;
        return query with { Measure = measure, Target = asked.Target, TargetScale = asked.TargetScale, Given = feeNamed ? [] : asked.Given, Whole = asked.Whole };
    }

    /// <summary>"the full $1.25B rate", "the $1.25B fee": an amount followed by the word for a fee.</summary>
    private static bool SaidAsFee(ref Sentence s, int end) => end < s.Count && s.TextOf(end) is "rate" or "fee" or "payment" or "bill";

    /// <summary>
    /// Runs the readers in order. Each uses up the tokens it explains, so later readers see only the rest:
    /// "$1B a month" is a fee before "a month" can ask for the monthly cost, and "ended in May 2028" is a
    /// what-if change before "in May 2028" can be a window.
    /// </summary>
    private Reading Read(ref Sentence s, DealQuery? previous)
    {
        var r = new Reading { Cues = CueDetector.Detect(ref s), UnknownWords = UnknownWords.Count(ref s),
            UsageSaid = UsageSaid(ref s) || previous is { Utilisation: not null }, FeeSaid = s.Has(Word.Fee) || s.Has(Word.Monthly),
            // Looked for only where it can matter: after a count of a window's months.
            PointsBack = previous is { Measure: Measure.End, Window: not null }
                && (s.HasText("those") || s.HasText("these") || s.HasText("they") || s.HasText("them")),
            RateKept = s.Has(Word.Same) && (s.HasText("rate") || s.Has(Word.Fee) || s.Has(Word.Price)),
            EndKept = Originals.KeepsEnd(ref s),
            LengthKept = Originals.KeepsLength(ref s),
            EachSaid = (previous is { Measure: Measure.GpuCount } && (s.HasText("each") || s.HasText("apiece"))) || OneGpu(ref s) };

        // What a change says about itself matters only where something can change: amounts, a condition, a factor or a
        // what-if before. Most questions have none of these, so their words are not looked through.
        if (previous is { Kind: QueryKind.WhatIf } || r.Has(Cues.If | Cues.WhatIf) || s.Has(Word.Multiply) || s.HasNumber())
        {
            r.FeeWithSize = ChangeReader.FeeWithSize(ref s);
            r.PartWay = s.HasText("partway") || s.HasText("midway") || s.HasText("halfway") || (s.HasText("part") && s.HasText("way"))
                || s.HasText("mid-way") || (s.HasText("some") && s.HasText("point")) || s.HasText("sometime") || s.HasText("eventually");
            r.ChangeVerb = ChangeReader.ChangeVerb(ref s);
            r.WhenAsked = s.HasText("when") || (s.Has(Word.Month) && (s.HasText("which") || s.HasText("what"))) || s.HasPair(Word.How, Word.Long);
        }

        r.Undone = previous is { Kind: QueryKind.WhatIf } ? UndoReader.Read(ref s) : ChangeParts.None;
        if (previous is { Kind: QueryKind.WhatIf })
        {
            Originals.UseRealDates(ref s);
        }

        // Only a condition can move something, so only a condition's words are looked through.
        // "if they used it more": a move by no amount, which no change holds.
        r.Moves = r.Has(Cues.If | Cues.WhatIf) && (Phrases.Rises(ref s) || Phrases.Falls(ref s) || s.HasText("more") || s.HasText("less") || s.HasText("fewer"));
        // "google xai ended a year early, total", "xai ends 6 months early", "runs 1 year longer": a deal's end moved by a
        // length is a what-if, said or not; the length is the move's, not a window's.
        if ((s.Has(Word.Ended) || s.Has(Word.End) || s.Has(Word.Run)) && MovedByLength(ref s))
        {
            r.Cues |= Cues.If;
        }

        var quantities = new QuantityList();
        var termSaid = ChangeReader.TermSaid(ref s);
        var placed = PositionalWindows.Read(ref s, ref quantities);
        r.Problem = QuantityReader.Read(ref s, ref quantities) ?? (MonthTypos.HasMisspeltMonth(ref s) ? LanguageMessages.WhichMonth : null);
        if (previous?.Measure is Measure.PerGpuHour or Measure.PerGpuMonth or Measure.PerGpuYear || previous is { Kind: QueryKind.Compute, GpuCount: not null })
        {
            // "and with 325k?" after a per-GPU cost, "and 20k?" after a rental of GPUs: the bare count is GPUs.
            QuantityReader.ReadBareCount(ref s, ref quantities);
        }
        if (Phrases.Cancels(ref s) || s.Has(Word.Minimum))
        {
            // "if they terminated in march 2028, total paid?": what was paid up to then is not the minimum after notice.
            // "xai total if it got terminated at end of 2027" too; "the least they'd still owe" is the minimum.
            r.Problem ??= s.Has(Word.Total) && (s.HasText("paid") || s.HasText("spent") || s.HasText("cost")
                || !(s.Has(Word.Minimum) || s.HasText("owe") || s.HasText("owed") || s.HasText("still"))) ? LanguageMessages.CancelTotal : null;
            r.NoticeNamed = NoticeDateReader.TryRead(ref s, out r.NoticeDate);
        }

        // A fee in the question ("1.25e9 per month for 0.3 GW") describes a deal as it might be: a what-if.
        // So does a discount ("monthly fee with a 15% discount", "20% off").
        // So does an amount beside a verb of change and a fee ("bump the fee to 1.1b"), an extension ("extended to dec 2030"),
        // and a start said with the end or length it keeps ("xai started in march 2026 with the same end").
        // "why is xai charging 2b a month?", "is it true xai gets 20B a year?": a figure stated to be checked is no what-if.
        var premise = !r.Has(Cues.If | Cues.WhatIf) && ParameterReader.HasFee(quantities)
            && (s.HasText("why") || s.HasText("true") || s.HasText("really") || s.HasText("correct"));
        // "what would the ramp have cost at full rate": the ramp's cost asked; "and with the ramp billed in full?" changes a total.
        var rampAsked = ChangeReader.SaysRampAtFull(ref s) && !s.Has(Word.If) && !s.Has(Word.WhatIf) && !s.Has(Word.Total) && !s.HasText("with")
            && (s.HasText("cost") || s.Has(Word.Pay));
        if (premise)
        {
            r.Problem ??= LanguageMessages.Premise;
        }
        else if (ParameterReader.HasFee(quantities) || (quantities.Has(QuantityKind.Percent) && ChangeReader.Discounts(ref s))
            || ChangeReader.SaysFactor(ref s, r.Has(Cues.If | Cues.WhatIf) || s.HasText("with")) || (r.ChangeVerb && r.FeeSaid && quantities.Has(QuantityKind.Money)) || ChangeReader.MovesFeeByShare(ref s, quantities)
            || s.Has(Word.Extend) || (quantities.HasTotal && AsksRate(ref s)) || ChangeReader.SaysRampAtFull(ref s)
            || ((r.EndKept || r.LengthKept) && (s.Has(Word.Started) || s.Has(Word.Start) || s.HasText("began"))))
        {
            r.Cues |= Cues.If;
        }

        // Within a what-if, "and 1 GW?" changes the scenario again; after a question about one deal,
        // "what about 500MW?" asks the same of the deal at that power.
        var inWhatIf = previous is { Kind: QueryKind.WhatIf } || (previous is { Kind: QueryKind.Deal, DealIds.Count: 1 }
            && quantities.Has(QuantityKind.Power) && !NamesCompany(ref s));
        if (r.Has(Cues.WhatIf | Cues.If) || inWhatIf)
        {
            r.Changes = ChangeReader.Read(ref s, quantities);
            r.Cues |= inWhatIf && r.Changes is not null ? Cues.If : Cues.None;

            // "if it had started a year later": the start moves, which a shift of the end would misread.
            if (r.Changes is { EndShiftMonths: not null } && (s.Has(Word.Start) || s.Has(Word.Started) || s.HasText("began") || s.HasText("begun")
                || s.HasText("shifted") || s.HasText("delayed") || s.HasText("pushed") || s.HasText("moved")))
            {
                r.Problem ??= LanguageMessages.ScenarioNotUnderstood;
            }
        }

        // "what if the ramp was free" then "what if it was billed in full": "it" may be the ramp, which the change read
        // only when named.
        if (r.Changes is null && previous is { Kind: QueryKind.WhatIf, Changes.RampFeeFactor: not null } && s.Find(Word.Full) >= 0 && s.Find(Word.Ramp) < 0)
        {
            r.Problem ??= LanguageMessages.ScenarioNotUnderstood;
        }

        // "if the deal doubled": a factor of nothing the what-if could change.
        // "half the gpus at xai": a factor in words, as "double the gpus" is.
        r.Multiplies = s.Has(Word.Multiply) || HalfOfSomething(ref s);

        string? windowProblem = null;
        r.Window = placed ?? WindowReader.Read(ref s, out windowProblem);
        // "what would the xai ramp have cost at full rate": the ramp is what is totalled as well as what changes.
        r.Window ??= rampAsked && r.Changes is { RampFeeFactor: not null } ? RampWindow : null;

        // "what if it were extended to dec 2030" then "what about dec 2031?" or "to dec 2031?": another end, not a month to
        // total.
        if (previous is { Kind: QueryKind.WhatIf, Changes.End: not null } && r.Changes is null
            && r.Window is { Kind: WindowKind.Between, To: { } end } window && (window.From is null || window.From == end) && r.Deals.Count == 0 && !NamesCompany(ref s))
        {
            (r.Changes, r.Window) = (new DealChanges { End = end }, null);
            r.Cues |= Cues.If;
        }

        r.Problem ??= windowProblem;
        var context = previous is { Kind: QueryKind.Deal or QueryKind.WhatIf or QueryKind.Compare } ? previous.DealIds : [];
        _picker.Pick(ref s, ref r.Deals, out var hardware, context, pairsAllowed: !r.Has(Cues.Compare), out var missing, out var ambiguous);
        if (ambiguous >= 0)
        {
            r.Problem ??= _picker.WhichDealOf(ambiguous);
        }

        // "meta coreweave 2026 total": the year names the deal, not months to total.
        if (r.Window is { Kind: WindowKind.Between, From: { Month: 1 } from, To: { Month: 12 } to } && from.Year == to.Year && _picker.NamesYear(r.Deals, from.Year))
        {
            r.Window = null;
        }

        r.MissingDeal = missing.IsSet ? [Party(ref s, missing.First, missing.UnknownToken), Party(ref s, missing.Second, missing.UnknownToken)] : null;
        if (r.Deals.Count == 0 && (s.Has(Word.Deal) || s.HasText("contract")) && ChipNamesDeal(ref s))
        {
            // "the trainium2 deal", "the gb300 contract": a deal named by its chip, which is not the default deal's.
            r.Problem ??= LanguageMessages.WhichDeal;
        }

        r.Parameters = ParameterReader.Read(quantities, hardware);

        // Order words matter only when one deal is picked (its pair may have another).
        r.OrdinalSaid = r.Deals.Count == 1 && SaysOrder(ref s);

        // "microsoft nscale per year over 5 years", "openai azure per year if over 5 years": a deal known only by its total has
        // no term of its own, so a length said "over" spreads the total.
        if (r.Changes is null && r.Deals.Count == 1 && _builder.KnownOnlyByTotal(r.Deals[0]) && r.Parameters.DurationMonths is > 0 and var spread
            && r.Window is null or { Kind: WindowKind.ForDuration } && s.Has(Word.Over) && !s.Has(Word.Total))
        {
            (r.Changes, r.Window) = (new DealChanges { TermMonths = spread, TotalKept = true }, null);
            r.Cues |= Cues.If;
        }

        // "if the deal were only 2 years, total?": the length is the deal's, not a window of billing.
        var length = r.Window is { Kind: WindowKind.ForDuration, Months: { } placedMonths } ? placedMonths : r.Window is null ? r.Parameters.DurationMonths : null;
        if (termSaid && r.Has(Cues.WhatIf | Cues.If) && length is { } months && r.Changes?.TermMonths is null)
        {
            (r.Changes, r.Window) = ((r.Changes ?? new DealChanges()) with { TermMonths = months, TotalKept = ChangeReader.KeepsTotal(ref s) }, null);
        }
        r.Measure = MeasureDetector.Detect(ref s, new MeasureContext(
            DealNamed: r.Deals.Count > 0,
            IsWhatIf: r.IsWhatIf,
            NoticeNamed: r.NoticeNamed,
            WindowToTerm: r.Window?.Kind == WindowKind.ToTerm,
            HasWindow: r.Window is not null,
            RampWindow: r.Window?.Kind == WindowKind.Ramp,
            HasFlops: r.Parameters.TrainingFlops is not null,
            HasPower: r.Parameters.Power is not null,
            HasElectricityPrice: r.Parameters.ElectricityPricePerKwh is not null,
            BillAskedBefore: previous?.Measure == Measure.ElectricityBill && r.Deals.Count == 0), out r.AskedRate);
        // "peak PFLOP/s of 10k h100s", "rated flops": every chip at its rating, not at the usual share of it.
        if (r.Measure == Measure.FlopsPerMonth && r.Parameters.Utilisation is null && (s.HasText("peak") || s.HasText("rated") || s.HasText("theoretical")))
        {
            r.Parameters = r.Parameters with { Utilisation = 1m, UtilisationSaid = true };
        }

        r.Qualifier = Qualifiers.Unread(ref s);
        ReadPointers(ref s, ref r);

        // "what if the fee were one billion a month": a scale no number took, so the amount it makes was never read.
        if ((s.Has(Word.Thousand) || s.Has(Word.Million) || s.Has(Word.Billion) || s.Has(Word.Trillion)) && ScaleInWords(ref s))
        {
            r.Problem ??= LanguageMessages.NumberInWords;
        }
        r.Payment = Payment(ref s);
        r.ChipFamily = r.Measure == Measure.GpuCount ? ChipFamily(ref s) : null;

        // "colossus per gpu hour for 1000 gpus": a price per GPU is the same for any count, so the count asks something else.
        if (r.Measure is Measure.PerGpuHour or Measure.PerGpuMonth or Measure.PerGpuYear && !r.IsWhatIf && CountFor(ref s))
        {
            r.Problem ??= LanguageMessages.PerGpuForCount;
        }

        if (r.Deals.Count == 0 && r.UnknownWords > 0)
        {
            r.Correction = Corrections.Find(ref s, _resolver.Aliases, _builder.Suggestions);
        }

        return r;
    }

    /// <summary>A chip right before "deal" or "contract": "the tpu deal", "the mi300x contract".</summary>
    private static bool ChipNamesDeal(ref Sentence s)
    {
        for (var i = 0; i + 1 < s.Count; i++)
        {
            var chip = s.Tokens[i].Entity.Kind == EntityKind.Hardware || s.IsText(i, "tpu") || s.IsText(i, "tpus") || s.IsText(i, "trainium")
                || s.IsText(i, "blackwell") || s.IsText(i, "rubin");
            if (chip && (s.IsWord(i + 1, Word.Deal) || s.IsText(i + 1, "contract")))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"what does google pay anthropic", "how much is anthropic paying xai": company, a verb of paying, company.</summary>
    private (string Payer, string Payee)? Payment(ref Sentence s)
    {
        var payer = -1;
        var paying = false;
        for (var i = 0; i < s.Count; i++)
        {
            ref readonly var token = ref s.Tokens[i];
            if (token.Entity.Kind == EntityKind.Company)
            {
                if (paying && payer >= 0 && token.Entity.Index != payer)
                {
                    return (_companies[payer].Id, _companies[token.Entity.Index].Id);
                }

                (payer, paying) = (token.Entity.Index, false);
            }
            else if (payer >= 0 && s.TextOf(i) is "pay" or "pays" or "paying" or "paid" or "owe" or "owes" or "owed")
            {
                paying = true;
            }
        }

        return null;
    }

    /// <summary>"one billion", "a million", "two thousand": a scale after a number in words; "in billions" asks a unit.</summary>
    private static bool ScaleInWords(ref Sentence s)
    {
        for (var i = 1; i < s.Count; i++)
        {
            if (s.WordAt(i) is Word.Thousand or Word.Million or Word.Billion or Word.Trillion
                && s.TextOf(i - 1) is "a" or "an" or "one" or "two" or "three" or "four" or "five" or "six" or "seven" or "eight" or "nine"
                    or "ten" or "twelve" or "twenty" or "fifty" or "hundred" or "half" or "few" or "couple")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"that fee", "its payments": the fee of the deal before.</summary>
    private static bool FeeOfThat(ref Sentence s)
    {
        for (var i = 1; i < s.Count; i++)
        {
            if ((s.IsWord(i, Word.Fee) || s.IsText(i, "payments")) && s.TextOf(i - 1) is "that" or "this" or "its" or "their" or "same")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A chip family no catalog hardware was matched to: "tpus", "trainium", "amd", "blackwell".</summary>
    private static string? NamesOtherChip(ref Sentence s)
    {
        for (var i = 0; i < s.Count; i++)
        {
            if (s.IsFree(i) && s.TextOf(i) is "tpu" or "tpus" or "trainium" or "trainiums" or "amd" or "blackwell" or "blackwells" or "rubin"
                or "mi300" or "mi300x" or "mi355x" or "gaudi" or "inferentia" or "asic" or "asics")
            {
                return s.TextOf(i).ToString();
            }
        }

        return null;
    }

    /// <summary>"tpus", "trainium": the generic name of a chip family, as catalog hardware ids begin.</summary>
    private static string? ChipFamily(ref Sentence s)
    {
        for (var i = 0; i < s.Count; i++)
        {
            switch (s.TextOf(i))
            {
                case "tpu" or "tpus":
                    return "tpu";
                case "trainium" or "trainiums":
                    return "trainium";
            }
        }

        return null;
    }

    /// <summary>"for 1000 gpus", "for 50k h100s": a count of GPUs the question prices.</summary>
    private static bool CountFor(ref Sentence s)
    {
        for (var i = 0; i + 2 < s.Count; i++)
        {
            if (s.Tokens[i].Word == Word.For && s.Tokens[i + 1].Kind == TokenKind.Number
                && (s.Tokens[i + 2].Word == Word.Gpu || s.Tokens[i + 2].Entity.Kind == EntityKind.Hardware))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"at 80% utilisation", "70% load", "only used 60%", "busy"; not "20% more GPUs".</summary>
    private static bool UsageSaid(ref Sentence s) =>
        (s.Has(Word.Use) || s.Has(Word.Mfu)) && !(s.HasText("more") || s.HasText("fewer") || s.HasText("extra") || s.HasText("less"));

    /// <summary>Whether a company or deal is named: "and nebius at 300 MW?" is a question about that deal, not a what-if.</summary>
    private static bool NamesCompany(ref Sentence s)
    {
        for (var i = 0; i < s.Count; i++)
        {
            if (s.Tokens[i].Entity.Kind is EntityKind.Company or EntityKind.Deal)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A party named in the question: a catalog company, or the unknown word as written, capitalised ("Disney").</summary>
    private Party Party(ref Sentence s, int company, int unknownToken)
    {
        if (company >= 0)
        {
            return new Party(_companies[company].Id, _companies[company].Name);
        }

        var text = s.TextOf(unknownToken);
        return new Party(null, string.Concat(char.ToUpperInvariant(text[0]).ToString(), text[1..]));
    }
}
