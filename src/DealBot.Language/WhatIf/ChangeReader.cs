using DealBot.Core.Quantities;
using DealBot.Core.Queries;
using DealBot.Language.Intents;
using DealBot.Language.Composition;
using DealBot.Language.Months;
using DealBot.Language.Numbers;
using DealBot.Language.Tokens;
using DealBot.Language.Units;
using DealBot.Language.Vocabulary;

namespace DealBot.Language.WhatIf;

/// <summary>
/// Reads what a what-if changes: "$1B a month" (the fee), "500 MW"/"0.5 GW" (power), "had 325,000 GPUs",
/// "ended in May 2028"/"ran to 2030" (end), "started in Jan 2027" (start).
/// </summary>
internal static class ChangeReader
{
    /// <summary>"same total", "the total stays": a new term spreads the deal's total rather than keeping its rate.</summary>
    public static bool KeepsTotal(ref Sentence s) => s.HasPair(Word.Same, Word.Total);

    /// <summary>The changes, or null when the question changes nothing.</summary>
    public static DealChanges? Read(ref Sentence s, in QuantityList quantities)
    {
        var changes = new ChangeSet();
        var spreads = Spreads(ref s);
        var sameTotal = KeepsTotal(ref s);
        for (var i = 0; i < quantities.Count; i++)
        {
            var q = quantities[i];
            switch (q.Kind)
            {
                // "the 200b spread over 4 years": the amount is the total restated, the change is the term.
                // "if the total were $50B": a new total, which no monthly fee says.
                case QuantityKind.Money when q.OfTotal && changes.Fee is null && changes.Total is null && !q.InCents && !spreads:
                    changes.Total = Money.FromUsd(q.Value);
                    break;
                case QuantityKind.Money when changes.Fee is null && !q.InCents && !spreads && !q.OfTotal && MonthlyFee(q) is { } fee:
                    changes.Fee = fee;
                    break;
                case QuantityKind.Power:
                    changes.Power ??= Power.FromMegawatts(q.Value);
                    break;
                case QuantityKind.Gpus:
                    changes.Gpus ??= q.Value;
                    break;
                // "if they paid 75% of that", "at 80% of the price": the new fee as a share of the old.
                case QuantityKind.Percent when q.OfUsage:
                    break;
                case QuantityKind.Percent when ShareOfFee(ref s):
                    changes.FeeFactor ??= q.Value;
                    break;
                case QuantityKind.Percent when FeeDirection(ref s) is not 0 and var direction:
                    changes.FeeFactor ??= 1m + (direction * q.Value);
                    break;
                // "if the ramp lasted 6 months": the ramp's length, not the deal's, which no change here can say.
                case QuantityKind.Duration when q.Months > 0 && RunsFor(ref s) && !s.Has(Word.Ramp):
                    changes.TermMonths ??= q.Months;
                    UseRunVerb(ref s);
                    UseCountedFromStart(ref s);
                    break;
                case QuantityKind.Duration when q.Months > 0 && EndMoves(ref s) is not 0 and var shift:
                    changes.EndShift ??= shift * q.Months;
                    UseRunVerb(ref s);
                    break;
            }
        }

        ReadFactors(ref s, ref changes);
        changes.EndShift ??= ShiftInWords(ref s) ?? ShiftByCount(ref s);
        changes.RampFactor = RampFee(ref s);
        ReadDates(ref s, ref changes);
        if (changes.IsEmpty)
        {
            return null;
        }

        UseOriginalDates(ref s);

        return new DealChanges
        {
            MonthlyFee = changes.Fee,
            Total = changes.Total,
            Power = changes.Power,
            Start = changes.Start,
            FeeFrom = changes.FeeFrom,
            End = changes.End,
            Gpus = changes.Gpus,
            GpusFactor = changes.GpusFactor,
            PowerFactor = changes.PowerFactor,
            FeeFactor = changes.FeeFactor,
            TermMonths = changes.TermMonths,
            EndShiftMonths = changes.EndShift,
            // "pro rata", "proportionally": a new size at the deal's own rate.
            RampFeeFactor = changes.RampFactor,
            TotalKept = changes.TermMonths is not null && (spreads || sameTotal),
            FeeScales = (changes.Power is not null || changes.Gpus is not null || changes.PowerFactor is not null || changes.GpusFactor is not null) && changes.Fee is null
                && FeeWithSize(ref s) > 0,
        };
    }

    /// <summary>
    /// What a new size does to the fee: +1 when it scales ("pro rata", "scaled with it", "at the same rate", "same $/MW"),
    /// −1 when it stays ("same fee", "the fee unchanged"), 0 when unsaid, and a cost asked of a new size is then open.
    /// </summary>
    public static int FeeWithSize(ref Sentence s)
    {
        if ((s.HasText("pro") && s.HasText("rata")) || s.HasText("prorata") || s.HasText("prorated") || s.HasText("proportionally")
            || s.HasText("proportional") || s.HasText("proportion") || s.HasText("scaled") || s.HasText("scales") || s.HasText("scaling"))
        {
            return 1;
        }

        for (var i = 0; i < s.Count; i++)
        {
            // "what would 750 MW cost at that rate": the rate just given, kept.
            if ((s.IsText(i, "that") || s.IsText(i, "this")) && s.IsText(i + 1, "rate"))
            {
                return 1;
            }

            if (!s.IsWord(i, Word.Same))
            {
                continue;
            }

            // "the same rate", "same $/mw", "same price per gpu", "same fee per MW": a rate kept; "the same fee", "same
            // price": the fee kept.
            var thing = s.IsText(i + 1, "$") || s.IsWord(i + 1, Word.Dollar) ? i + 2 : i + 1;
            if (s.IsText(i + 1, "rate") || s.IsText(i + 2, "rate") || s.IsSymbol(thing, '/')
                || (!s.IsCommaBefore(thing + 1) && (s.IsWord(thing + 1, Word.Per) || s.IsSymbol(thing + 1, '/'))))
            {
                return 1;
            }

            if (s.IsWord(i + 1, Word.Fee) || s.IsWord(i + 1, Word.Price) || s.IsWord(i + 1, Word.Bill) || s.IsText(i + 1, "money")
                || s.IsText(i + 1, "cost") || s.IsText(i + 1, "amount"))
            {
                return -1;
            }
        }

        return (s.Has(Word.Fee) || s.Has(Word.Price)) && (s.HasText("stayed") || s.HasText("stays") || s.HasText("unchanged") || s.HasText("kept")
            || s.HasText("fixed") || s.HasText("flat") || s.HasText("constant") || s.HasText("same") || s.HasText("held")) ? -1 : 0;
    }

    /// <summary>
    /// Of a fee ("fee", "price", "pay", "charged", "cheaper"): "cut", "lower", "discount": −1; "raised", "higher", "more":
    /// +1; else 0, so "20% more GPUs" changes no fee.
    /// </summary>
    /// <summary>"75% of that", "80% of the price", "half… " is not read: a share, said with a payment, of what is paid.</summary>
    private static bool ShareOfFee(ref Sentence s)
    {
        if (!(s.Has(Word.Fee) || s.Has(Word.Price) || s.Has(Word.Pay) || s.HasText("charged") || s.HasText("cost")))
        {
            return false;
        }

        for (var i = 0; i + 2 < s.Count; i++)
        {
            var of = s.SkipThe(i + 2);
            // The percentage itself has been read, so its sign is looked at whether used or not.
            if (s.Tokens[i] is { Kind: TokenKind.Symbol, Symbol: '%' } && s.IsWord(i + 1, Word.Of)
                && (s.IsWord(i + 2, Word.It) || s.IsText(i + 2, "its") || s.IsWord(of, Word.Fee) || s.IsWord(of, Word.Price) || s.IsText(of, "cost")
                    || s.IsText(of, "bill")))
            {
                return true;
            }
        }

        return false;
    }

    /// <remarks>
    /// "anthropic aws per year if 20% more", "if cut 10%": with nothing else named that could change (power, GPUs, energy,
    /// homes), a deal moved up or down is its price.
    /// </remarks>
    private static int FeeDirection(ref Sentence s)
    {
        var signed = SignedShare(ref s);
        var otherChange = NamesOtherChange(ref s);
        var ofTheFee = s.Has(Word.Fee) || s.Has(Word.Price) || s.Has(Word.Pay) || s.HasText("charged") || s.HasText("cheaper") || s.HasText("pricier")
            || s.HasText("expensive") || Discounts(ref s) || (s.Has(Word.If) && !otherChange) || ResizesTheMoney(ref s) || (signed != 0 && !otherChange);
        return !ofTheFee || Escalates(ref s) ? 0
            : signed != 0 ? signed
            : s.HasText("cut") || s.HasText("cheaper") || Discounts(ref s) || s.HasText("less") || s.HasText("slashed") || s.HasText("trimmed") || s.HasText("smaller")
                || Phrases.Falls(ref s) ? -1
            : s.HasText("higher") || s.HasText("more") || s.HasText("pricier") || s.HasText("hike") || s.HasText("hiked") || s.HasText("bump") || s.HasText("bumped")
                || s.HasText("bigger") || s.HasText("larger") || Phrases.Rises(ref s) ? 1
            : 0;
    }

    /// <summary>"openai aws up 15%", "xai fee +25%", "down 10%": a share with its direction beside it, or 0. The amount's
    /// tokens are read already, so they are looked at whether used or not.</summary>
    private static int SignedShare(ref Sentence s)
    {
        for (var i = 1; i + 1 < s.Count; i++)
        {
            if (s.Tokens[i].Kind == TokenKind.Number && s.Tokens[i + 1] is { Kind: TokenKind.Symbol, Symbol: '%' })
            {
                return s.TextOf(i - 1) is "up" || s.IsSignBefore(i) ? 1
                    : s.TextOf(i - 1) is "down" ? -1
                    : 0;
            }
        }

        return 0;
    }

    /// <summary>
    /// "oracle deal if it were 10% bigger, total", "meta nebius per year if 10% smaller": a deal a share bigger or smaller,
    /// asked in money with no size or unit price named. Bigger at the same price or pricier at the same size, the money
    /// moves by the same share, so either reading gives the one figure; per MW or per GPU they would differ.
    /// </summary>
    private static bool ResizesTheMoney(ref Sentence s) =>
        SaysSizeAdjective(ref s) && !NamesSizeOrLength(ref s) && !s.Has(Word.Mwh) && !s.Has(Word.Kwh) && !s.Has(Word.Gwh);

    /// <summary>"bigger", "larger", "smaller": a size moved, of whatever the question names.</summary>
    private static bool SaysSizeAdjective(ref Sentence s) => s.HasText("bigger") || s.HasText("larger") || s.HasText("smaller");

    /// <summary>A size or a length named in words ("power", "GPUs", "MW", "term", "longer").</summary>
    private static bool NamesSizeOrLength(ref Sentence s) =>
        s.Has(Word.Power) || s.Has(Word.Capacity) || s.Has(Word.Gpu) || s.Has(Word.Hardware) || s.Has(Word.Energy) || s.Has(Word.Homes)
        || s.Has(Word.Mw) || s.Has(Word.Gw) || s.Has(Word.Kw) || s.Has(Word.Compute) || s.Has(Word.Flop) || s.Has(Word.Term)
        || s.HasText("longer") || s.HasText("shorter");

    /// <summary>A size, a length or a use named ("power", "GPUs", "MW", "longer", "bigger"): something a share could change other than the fee.</summary>
    private static bool NamesOtherChange(ref Sentence s) =>
        NamesSizeOrLength(ref s) || s.Has(Word.Mfu) || s.Has(Word.Use) || s.Has(Word.Run) || SaysSizeAdjective(ref s);

    /// <summary>
    /// "xai fee up 10%", "a 10% fee hike": a share up or down of the fee, which makes a what-if like a new fee does;
    /// "10% higher than google's" compares instead.
    /// </summary>
    public static bool MovesFeeByShare(ref Sentence s, in QuantityList quantities) =>
        quantities.Has(QuantityKind.Percent) && !s.HasText("than") && !s.HasText("vs") && !s.HasText("compared") && FeeDirection(ref s) != 0;

    /// <summary>An amount said as a step from the deal's own: "added 100 MW", "another $200M", "50k more GPUs", "100 MW less".</summary>
    public static bool ChangesBy(ref Sentence s, QuantityQuestion asked)
    {
        for (var k = 0; k < asked.Given.Count; k++)
        {
            var (start, end) = asked.Spans[k];
            // "extended by a year" moves the end, which the what-if reads; a share ("cut by 20%") is a change of its own.
            var dimension = asked.Given[k].Quantity.Dimension;
            // "+250m a month": a sign typed before the amount.
            if (!dimension.IsDimensionless && dimension != Core.Units.Dimension.Time && (StepBefore(ref s, start) || IsStep(ref s, start + 1) || IsStep(ref s, end)
                || s.IsSignBefore(start)))
            {
                return true;
            }

            // "20% more mw", "10% fewer gpus": a share of the power or the GPUs, which a what-if takes only as a new figure.
            if (dimension.IsDimensionless && IsStep(ref s, end) && UnitReader.Word(ref s, end + 1) is { } thing
                && thing.Dimension[Core.Units.BaseDimension.Money] == 0)
            {
                return true;
            }
        }

        // "a $50m/month surcharge added", "$200M on top": money added to the fee, not the fee.
        if (asked.Given.Any(g => g.Quantity.Dimension[Core.Units.BaseDimension.Money] != 0)
            && (s.HasText("surcharge") || s.HasText("added") || (s.HasText("on") && s.HasText("top")) || s.HasText("premium") || s.HasText("markup")))
        {
            return true;
        }

        // "50k more gpus": a count with no unit of its own, read by the what-if reader.
        for (var i = 0; i < s.Count; i++)
        {
            if (asked.Spans.Any(span => i >= span.Start && i < span.End))
            {
                continue;
            }

            // "50k more": the scale word belongs to the number.
            var after = i + 1 < s.Count && s.Tokens[i + 1].Kind == TokenKind.Word && NumberParser.ScaleOf(s.Tokens[i + 1].Word) > 1m ? i + 2 : i + 1;
            // "ran 6 more months" moves the end, which the what-if reads.
            var length = after + 1 < s.Count && s.Tokens[after + 1].Kind == TokenKind.Word && s.Tokens[after + 1].Word is Word.Month or Word.Year;
            if (s.Tokens[i].Kind == TokenKind.Number && !length && !(after < s.Count && s.Tokens[after].Kind == TokenKind.Symbol && s.Tokens[after].Symbol == '%')
                && (IsStep(ref s, after) || StepBefore(ref s, i)))
            {
                return true;
            }
        }

        return false;

        // "went up 2b", "dropped 250m a month": a verb of change right before the amount moves by it; "rose to 1.5b" sets it.
        static bool StepBefore(ref Sentence s, int i) =>
            i > 0 && (IsChangeVerb(s.TextOf(i - 1)) || s.TextOf(i - 1) is "added" or "add" or "adds" or "adding" or "another" or "extra" or "additional"
                or "by" or "plus" or "minus" or "up" or "down" or "increases" or "drop" or "fall" or "cuts" or "reduce" or "lower"
                or "decrease" or "grow" or "knocked" or "shaved" or "trimmed" or "shrank" or "shrunk");

        static bool IsStep(ref Sentence s, int i) => i < s.Count && s.TextOf(i) is "more" or "less" or "fewer" or "extra" or "additional" or "off";
    }

    /// <summary>"rose", "dropped to", "bump the fee to", "got cut": a verb that changes an amount ("adds up to" does not).</summary>
    public static bool ChangeVerb(ref Sentence s)
    {
        for (var i = 0; i < s.Count; i++)
        {
            if (IsChangeVerb(s.TextOf(i)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The verbs of change both readers know: a step when an amount follows, a change when one is beside it.</summary>
    private static bool IsChangeVerb(ReadOnlySpan<char> text) =>
        text is "rose" or "rise" or "rises" or "raised" or "raise" or "increased" or "increase" or "dropped" or "drops" or "fell" or "falls" or "lowered"
            or "reduced" or "decreased" or "bump" or "bumped" or "bumps" or "hike" or "hiked" or "cut" or "slashed" or "changed" or "went" or "goes"
            or "jumped" or "climbed" or "grew";

    /// <summary>"a 15% discount", "20% off": a cut of the fee, said without naming it.</summary>
    public static bool Discounts(ref Sentence s) => s.HasText("discount") || s.HasText("discounted") || s.HasText("off");

    /// <summary>
    /// "4% a year", "3% annually", "5% every year": a fee that grows each year, which no flat change describes; left
    /// unread so the question is refused rather than answered as a one-off change.
    /// </summary>
    private static bool Escalates(ref Sentence s)
    {
        if (s.HasText("annually") || s.HasText("yearly") || s.HasText("compounding") || s.HasText("compounded") || s.HasText("escalated")
            || s.HasText("escalating") || s.HasText("escalates") || s.HasText("escalate"))
        {
            return true;
        }

        // "4% a year", "5% every year", "3%/yr"; "20% off … per year" asks for a yearly figure instead.
        for (var i = 0; i + 2 < s.Count; i++)
        {
            if ((s.IsSymbol(i, '%') || s.IsWord(i, Word.Percent)) && (s.IsWord(i + 1, Word.Per) || s.IsText(i + 1, "a") || s.IsText(i + 1, "every")
                || s.IsText(i + 1, "each") || s.IsSymbol(i + 1, '/')) && s.IsWord(i + 2, Word.Year))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "ran 10 years", "lasted 5 years", "ran for 48 months": a length of the whole deal; "2 more years", "by a year"
    /// add to the term or move its end instead.
    /// </summary>
    /// <summary>"spread over 4 years", "spread out": an amount billed evenly over a length.</summary>
    private static bool Spreads(ref Sentence s) => s.HasText("spread") || s.HasText("spreads");

    /// <remarks>"if anthropic paid xai for 5 years at the same rate": paying for a length at the deal's rate is running that long.</remarks>
    private static bool RunsFor(ref Sentence s) =>
        (s.Has(Word.Run) || Spreads(ref s) || s.Has(Word.Last) || s.Has(Word.Ended) || s.HasText("lasted") || s.HasText("ran") || s.HasText("stretched")
            || s.HasText("stretch") || TermSaid(ref s) || ExtendsTo(ref s)
            || (s.Has(Word.Pay) && s.Has(Word.For) && s.Has(Word.Same) && (s.HasText("rate") || s.Has(Word.Fee) || s.Has(Word.Price))))
        && EndMoves(ref s) == 0 && !s.HasText("by");

    /// <summary>"extended it to 7 yrs", "extend the term to 48 months": a new length, where "extended by" moves the end.</summary>
    private static bool ExtendsTo(ref Sentence s)
    {
        for (var i = 0; i < s.Count; i++)
        {
            if (s.IsWord(i, Word.Extend))
            {
                for (var j = i + 1; j < i + 5; j++)
                {
                    // The length itself may be read already as an amount, so its tokens are looked at used or not.
                    if (s.IsWord(j, Word.To) && j + 2 < s.Count && s.Tokens[j + 1].Kind == TokenKind.Number
                        && s.Tokens[j + 2].Kind == TokenKind.Word && s.Tokens[j + 2].Word is Word.Year or Word.Month)
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    /// <summary>"if the deal were only 2 years", "a 4-year deal", "a 48 month term": the length of the whole deal.</summary>
    public static bool TermSaid(ref Sentence s)
    {
        for (var i = 0; i + 1 < s.Count; i++)
        {
            var j = i;
            if (s.IsWord(i, Word.Be))
            {
                for (j = i + 1; s.IsText(j, "only") || s.IsText(j, "just") || s.IsText(j, "a") || s.IsText(j, "an"); j++)
                {
                }

                // "were 6 months shorter" moves the end; "were only 2 years" is the length.
                if (s.IsNumber(j) && IsLength(ref s, j + 1, out var after) && Direction(ref s, after) == 0)
                {
                    return true;
                }
            }

            // "a 4-year deal"; "spread over 6 yrs": the whole deal over that length; "what if 8 years?": the length is the
            // change ("if 2 years longer" moves the end).
            if (s.IsNumber(i) && IsLength(ref s, i + 1, out var end)
                && (s.IsWord(end, Word.Deal) || s.IsWord(end, Word.Term) || (s.IsText(i - 2, "spread") && s.IsText(i - 1, "over"))
                    || ((s.IsWord(i - 1, Word.If) || s.IsWord(i - 1, Word.WhatIf)) && Direction(ref s, end) == 0)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"years", "-year", "month": a unit of a term's length at <paramref name="i"/>; <paramref name="end"/> is after it.</summary>
    private static bool IsLength(ref Sentence s, int i, out int end)
    {
        var at = s.IsDash(i) ? i + 1 : i;
        end = at + 1;
        return s.IsWord(at, Word.Year) || s.IsWord(at, Word.Month);
    }

    /// <summary>
    /// "ended a year early", "6 months shorter": −1; "extended by a year", "2 more years", "ran 6 months longer": +1; else
    /// 0. A length with no direction ("by a year") changes nothing, and the question is refused.
    /// </summary>
    private static int EndMoves(ref Sentence s)
    {
        var (earlier, later) = (false, s.Has(Word.Extend) && !ExtendsTo(ref s));
        for (var i = 0; i < s.Count; i++)
        {
            var direction = Direction(ref s, i);
            (earlier, later) = (earlier || direction < 0, later || direction > 0);
        }

        return earlier ? -1 : later ? 1 : 0;
    }

    /// <summary>The way the word at <paramref name="i"/> moves an end or a length: "early", "shorter" −1; "later", "more" +1.</summary>
    private static int Direction(ref Sentence s, int i) => !s.IsFree(i) || s.Tokens[i].Kind != TokenKind.Word ? 0 : s.TextOf(i) switch
    {
        "early" or "earlier" or "sooner" or "shorter" or "less" or "fewer" => -1,
        "more" or "longer" or "extra" or "another" or "additional" or "further" or "later" => 1,
        _ => 0,
    };

    /// <summary>"if the ramp were billed at full rate" (1), "if the ramp months were free" (0); null when the ramp keeps its fee.</summary>
    /// <summary>"what would the xai ramp have cost at full rate": the ramp's months billed at the full fee, a what-if.</summary>
    public static bool SaysRampAtFull(ref Sentence s) => s.Find(Word.Ramp) >= 0 && FullBilled(ref s) >= 0;

    /// <summary>
    /// "the ramp billed at the full rate", "paid in full": where "full" says the fee billed, or -1. "ramp, full rate and
    /// end all 3 months later" lists phases.
    /// </summary>
    private static int FullBilled(ref Sentence s)
    {
        var full = s.Find(Word.Full);
        // "if ramp was full price": the price said after "full".
        return full >= 0 && (s.IsText(full - 1, "at") || s.IsText(full - 1, "in") || (s.IsText(full - 2, "at") && s.IsText(full - 1, "the")) || s.IsWord(full + 1, Word.Price)
            || s.HasText("billed") || s.HasText("charged") || s.HasText("paid") || s.HasText("priced")) ? full : -1;
    }

    private static decimal? RampFee(ref Sentence s)
    {
        var ramp = s.Find(Word.Ramp);
        if (ramp < 0)
        {
            return null;
        }

        var full = FullBilled(ref s);
        decimal? factor = full >= 0 ? 1m : s.HasText("free") || s.HasText("waived") || s.HasText("nothing") || s.HasText("zero") ? 0m : null;
        if (factor is not null)
        {
            // "full rate" is the change here, not the full-rate months to total over.
            s.Use(ramp, ramp + (s.IsWord(ramp + 1, Word.Month) ? 2 : 1));
            if (full >= 0)
            {
                s.Use(full, Phrases.RateAfter(ref s, full) is > 0 and var end ? end : full + 1);
            }
        }

        return factor;
    }

    /// <summary>
    /// "if the fee doubled", "with half the GPUs", "twice as much power", "3x the mw": a change by a factor of the deal's
    /// own fee, GPU count or power. A factor with no such thing beside it ("if the deal doubled") is left unread, and the
    /// question is refused.
    /// </summary>
    private static void ReadFactors(ref Sentence s, ref ChangeSet changes)
    {
        for (var i = 0; i < s.Count; i++)
        {
            if (Factor(ref s, i, out var next) is not { } factor)
            {
                continue;
            }

            var (thing, at) = Changed(ref s, next, 1);
            (thing, at) = thing == Word.None ? Changed(ref s, i - 1, -1) : (thing, at);
            switch (thing)
            {
                case Word.Fee:
                    changes.FeeFactor ??= factor;
                    break;
                case Word.Gpu:
                    changes.GpusFactor ??= factor;
                    s.Use(at, at + 1);
                    break;
                case Word.Power:
                    changes.PowerFactor ??= factor;
                    s.Use(at, at + 1);
                    break;
                default:
                    continue;
            }

            s.Use(i, next);
        }
    }

    /// <summary>
    /// Whether a change by a factor is said ("doubled", "halved"): like a new fee, it makes a what-if. "Twice", "half the"
    /// and "3x" also compare ("is oracle 2x the xai deal in gpus?"), so they make one only in a condition
    /// (<paramref name="conditional"/>: "if", "what if", "with").
    /// </summary>
    public static bool SaysFactor(ref Sentence s, bool conditional)
    {
        for (var i = 0; i < s.Count; i++)
        {
            if (Factor(ref s, i, out _) is not null && (conditional || s.IsWord(i, Word.Multiply) && s.TextOf(i) is not "twice"))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The factor said at <paramref name="i"/> ("doubled", "twice", "half the", "3x", "3 times"); <paramref name="next"/> is after it.</summary>
    private static decimal? Factor(ref Sentence s, int i, out int next)
    {
        next = i + 1;
        if (s.IsWord(i, Word.Multiply))
        {
            var text = s.TextOf(i);
            return text.StartsWith("doubl") || text.SequenceEqual("twice") ? 2m : text.StartsWith("tripl") ? 3m : text.StartsWith("quadrupl") ? 4m
                : text.StartsWith("halv") ? 0.5m : null;
        }

        // "half the gpus", "half as much power"; "half of 2028" and "the second half" are windows.
        if (s.IsText(i, "half") && (s.IsText(i + 1, "the") || s.IsText(i + 1, "as") || s.IsText(i + 1, "its") || s.IsText(i + 1, "their")))
        {
            return 0.5m;
        }

        // "3x the mw", "2 times the fee": a small whole factor written beside its "x".
        if (s.IsNumber(i) && (s.IsText(i + 1, "x") || s.IsText(i + 1, "times")) && NumberParser.TryRead(ref s, i, out var amount)
            && amount.Value is >= 2m and <= 10m && decimal.IsInteger(amount.Value))
        {
            next = i + 2;
            return amount.Value;
        }

        return null;
    }

    /// <summary>
    /// The fee, GPUs or power a factor applies to, looking from <paramref name="i"/> in <paramref name="step"/> past a few
    /// joining words ("the", "as many", "were"), and where it was found.
    /// </summary>
    private static (Word Thing, int At) Changed(ref Sentence s, int i, int step)
    {
        for (var seen = 0; seen < 5 && s.IsFree(i); seen++, i += step)
        {
            var word = s.WordAt(i);
            if (word is Word.Fee or Word.Price or Word.Pay or Word.Bill)
            {
                return (Word.Fee, i);
            }

            if (word == Word.Gpu)
            {
                return (Word.Gpu, i);
            }

            if (word is Word.Power or Word.Mw or Word.Gw)
            {
                return (Word.Power, i);
            }

            // "the gpu count at colossus tripled": looking back, a place named between the thing and the factor.
            var place = step < 0 && (s.TextOf(i) is "at" or "in" || word == Word.Count || s.Tokens[i].Entity.Kind != Entities.EntityKind.None);
            if (!(place || s.TextOf(i) is "the" or "as" or "many" or "much" or "its" or "their" or "it's" or "were" or "was" or "is" or "got" or "get" or "be"
                or "been" or "had" or "number" or "of" or "amount" or "monthly" || word is Word.Deal || s.Tokens[i].Kind == TokenKind.Symbol && s.Tokens[i].Symbol == '\''))
            {
                break;
            }
        }

        return (Word.None, -1);
    }

    /// <summary>"a year early", "one month later", "extended by a year": a shift of one unit said in words, in months.</summary>
    private static int? ShiftInWords(ref Sentence s)
    {
        for (var i = 0; i + 1 < s.Count; i++)
        {
            var one = s.IsText(i, "a") || s.IsText(i, "an") || s.IsText(i, "one");
            var months = s.IsWord(i + 1, Word.Year) ? 12 : s.IsWord(i + 1, Word.Month) ? 1 : s.IsWord(i + 1, Word.Quarters) ? 3 : 0;
            if (one && months > 0 && EndMoves(ref s) is not 0 and var direction
                && (s.IsWord(i - 1, Word.By) || Direction(ref s, i + 2) != 0 || s.IsWord(i - 1, Word.Extend)))
            {
                s.Use(i, i + 2);
                UseRunVerb(ref s);
                return direction * months;
            }
        }

        return null;
    }

    /// <summary>"ran 6 more months", "2 fewer years": a count of months or years with its direction between them.</summary>
    private static int? ShiftByCount(ref Sentence s)
    {
        for (var i = 0; i + 2 < s.Count; i++)
        {
            var months = s.IsWord(i + 2, Word.Year) ? 12 : s.IsWord(i + 2, Word.Month) ? 1 : 0;
            // "ran one more year": one said in words.
            if (months > 0 && (s.IsText(i, "one") || s.IsText(i, "a") || s.IsText(i, "an")) && Direction(ref s, i + 1) is not 0 and var once)
            {
                s.Use(i, i + 3);
                UseRunVerb(ref s);
                return once * months;
            }

            if (months > 0 && s.IsNumber(i) && Direction(ref s, i + 1) is not 0 and var direction && NumberParser.TryRead(ref s, i, out var count)
                && decimal.IsInteger(count.Value) && count.Value is > 0 and <= 600)
            {
                s.Use(i, i + 3);
                UseRunVerb(ref s);
                return direction * months * (int)count.Value;
            }
        }

        return null;
    }

    /// <summary>"ran" in "if it ran 10 years, total?" says what changes, not what is asked (the end month).</summary>
    private static void UseRunVerb(ref Sentence s)
    {
        for (var i = 0; i < s.Count; i++)
        {
            if (s.IsWord(i, Word.Run) || s.IsWord(i, Word.Last) || s.IsWord(i, Word.Ended) || s.IsWord(i, Word.Extend))
            {
                s.Use(i, i + 1);
                return;
            }
        }
    }

    /// <summary>"ended 2 years after it started": the start is where the length counts from, not what is asked.</summary>
    private static void UseCountedFromStart(ref Sentence s)
    {
        for (var i = 1; i < s.Count; i++)
        {
            if ((s.IsWord(i, Word.Start) || s.IsWord(i, Word.Started)) && (s.IsWord(i - 1, Word.Since) || s.IsWord(i - 2, Word.Since)
                || s.IsWord(i - 1, Word.From) || s.IsWord(i - 2, Word.From)))
            {
                s.Use(i, i + 1);
            }
        }
    }

    /// <summary>A fee as a monthly amount: "$1B a month", "$12B a year", or "$1B" (deals bill monthly). Unit prices are not fees.</summary>
    private static Money? MonthlyFee(in Quantity q) =>
        q.Rate == RateUnit.None ? Money.FromUsd(q.Value) : ParameterReader.MonthlyFeeOf(q);

    /// <summary>"ended in May 2028", "ran to 2030", "lasted until 2031", "started in Jan 2027", "began 2027".</summary>
    private static void ReadDates(ref Sentence s, ref ChangeSet changes)
    {
        for (var i = 0; i < s.Count; i++)
        {
            var word = s.WordAt(i);
            // "if it stopped after dec 2028", "got cut off after dec 2027": the last billed month.
            var stops = s.IsText(i, "stopped") || s.IsText(i, "stop") || s.IsText(i, "stops") || s.IsText(i, "ceased")
                || (s.IsText(i, "cut") && s.IsText(i + 1, "off"));
            var ends = stops || word is Word.End or Word.Ended or Word.Run or Word.Last or Word.Extend;
            var starts = word is Word.Start or Word.Started;
            if (!ends && !starts)
            {
                continue;
            }

            var j = s.IsText(i, "cut") ? i + 2 : i + 1;
            // "extended colossus through dec 2029": the deal's name, already read, sits between the verb and the month.
            while (j < s.Count && j < i + 4 && (!s.IsFree(j) || s.Tokens[j].Entity.Kind != Entities.EntityKind.None || s.IsText(j, "it") || s.IsText(j, "the")))
            {
                j++;
            }

            j = s.IsWord(j, Word.Date) ? j + 1 : j;
            var linking = s.WordAt(j)
                is Word.In or Word.To or Word.Until or Word.Through or Word.By or Word.On or Word.From or Word.Of or Word.At
                || (stops && s.IsText(j, "after"));
            j = linking ? j + 1 : j;
            if (!MonthExpressionParser.TryRead(ref s, s.SkipThe(j), out var month))
            {
                continue;
            }

            if (ends)
            {
                changes.End ??= month.Last;
            }
            else if ((changes.Fee is not null || changes.FeeFactor is not null) && (s.IsText(i, "starting") || s.IsText(i, "beginning")))
            {
                // "if the fee drops 15% starting jan 2028": the month the new fee starts, not the deal.
                changes.FeeFrom ??= month.First;
            }
            else
            {
                changes.Start ??= month.First;
            }

            s.Use(i, month.Next);
            i = month.Next - 1;
        }
    }

    /// <summary>"extended a year past may 2029": the month the deal ends now, said beside the change; no window to total over.</summary>
    private static void UseOriginalDates(ref Sentence s)
    {
        for (var i = 0; i < s.Count; i++)
        {
            var j = s.IsText(i, "past") || s.IsText(i, "beyond") ? i + 1 : -1;
            if (j > 0 && MonthExpressionParser.TryRead(ref s, s.SkipThe(j), out var month))
            {
                s.Use(i, month.Next);
                i = month.Next - 1;
            }
        }
    }

    private struct ChangeSet
    {
        public Money? Fee;
        public Money? Total;
        public Power? Power;
        public decimal? Gpus;
        public decimal? GpusFactor;
        public decimal? PowerFactor;
        public YearMonth? Start;
        public YearMonth? FeeFrom;
        public YearMonth? End;
        public decimal? FeeFactor;
        public int? TermMonths;
        public int? EndShift;
        public decimal? RampFactor;

        public readonly bool IsEmpty =>
            Fee is null && Total is null && Power is null && Gpus is null && GpusFactor is null && PowerFactor is null && Start is null && End is null && FeeFactor is null && TermMonths is null && EndShift is null && RampFactor is null;
    }
}
