using DealBot.Core.Text;
using DealBot.Core.Units;
using DealBot.Language.Numbers;
using DealBot.Language.Tokens;
using DealBot.Language.Vocabulary;

namespace DealBot.Language.Composition;

/// <summary>
/// Reads the amounts a user typed with their units: "900 GPUs", "1 kW each", "1.5 kW homes" (kW per home),
/// "$1.25B a month", "$0.11/kWh", "2 weeks", "40%". A unit followed by a thing counted ("2 kW racks") or by "each"
/// is per that thing. Bare numbers (years, days) are counted, not read: the month reader owns them.
/// </summary>
internal static class GivenReader
{
    /// <summary>Smaller amounts are typing accidents or word salad; no question about compute deals needs them.</summary>
    private const decimal SmallestAmount = 0.000001m;

    public static void Read(ref Sentence s, QuantityQuestion question)
    {
        for (var i = 0; i < s.Count; i++)
        {
            if (CountWord(ref s, i) is > 0m and var count && UnitReader.Word(ref s, i + 1) is { } counted
                && (counted.Dimension == Dimension.Time || counted.Dimension == Dimension.Energy) && !UnitReader.IsPer(ref s, i - 1) && !IsAmountBefore(ref s, i)
                // "cut by a quarter": a share, not three months.
                && !(s.IsText(i - 1, "by") && s.IsText(i + 1, "quarter")))
            {
                // "two weeks in hours", "how many hours in a year": a length in words; "how many kWh in a TWh" an energy.
                question.Add(new Term(UnitFormat.Format(count, counted), Quantity.Of(count, counted)) { Given = true }, i, i + 2, counted);
                i++;
                continue;
            }

            // "running all year": one year, which a composition may leave out ("1 GW all year, how many homes at 12,000 kWh/yr").
            if (s.IsText(i, "all") && i > 0 && s.Tokens[i - 1].Entity.IsNone && UnitReader.Word(ref s, i + 1) is { } length && length.Dimension == Dimension.Time && !s.IsNumber(i + 2))
            {
                question.Add(Term.OneOf(length), i, i + 2);
                question.MarkLastImplied();
                i++;
                continue;
            }

            // "what would a full GW cost per month at colossus's rate": a power in words is an amount, as "1 GW" is.
            var sized = s.IsText(i + 1, "full") || s.IsText(i + 1, "whole") || s.IsText(i + 1, "single") ? i + 2 : i + 1;
            if (CountWord(ref s, i) is > 0m and var power && UnitReader.Word(ref s, sized) is { } powerUnit && powerUnit.Dimension == Dimension.Power
                && !UnitReader.IsPer(ref s, i - 1) && !IsAmountBefore(ref s, i) && !s.IsWord(sized + 1, Word.Deal) && UnitReader.TryRead(ref s, sized, out var said, out var saidEnd)
                && said == powerUnit)
            {
                question.Add(new Term(UnitFormat.Format(power, powerUnit), Quantity.Of(power, powerUnit)) { Given = true }, i, saidEnd, powerUnit);
                i = saidEnd - 1;
                continue;
            }

            if (!(s.IsNumber(i) || (s.IsSymbol(i, '$') && s.IsNumber(i + 1))) || Months.DateParts.IsHalfShorthand(ref s, i)
                || !NumberParser.TryRead(ref s, i, out var amount))
            {
                continue;
            }

            if (amount.IsTooLarge || amount.Negative || amount.Value < SmallestAmount)
            {
                // Huge numbers stay bare (a 1e26 FLOP budget is the other readers' business); tiny and negative ones
                // are nobody's quantity: "0.0000000001 GW" would only make an absurd what-if.
                question.Problem ??= amount.IsTooLarge ? null
                    : amount.Negative || amount.Value == 0m ? LanguageMessages.NotPositive : LanguageMessages.TooSmall;
                question.BareNumbers++;
                i = amount.Next - 1;
                continue;
            }

            var j = s.IsDash(amount.Next) ? amount.Next + 1 : amount.Next;
            var each = false;
            var one = false;
            Unit unit;
            if (amount.IsMoney)
            {
                j = UnitReader.Continue(ref s, amount.Next, Prelude.Usd, out unit);
                if (unit == Prelude.Usd && amount.Value <= 1m && s.IsWord(i - 1, Word.At) && Intents.MeasureDetector.AsksPowerBill(ref s))
                {
                    // "10k h100s at 9c, power cost per year": a price that small, in a question about the power bill, is per kWh.
                    unit = Prelude.Usd.Per(Prelude.KilowattHour);
                }
            }
            else if (!s.IsCommaBefore(j) && UnitReader.TryRead(ref s, j, out var read, out var end))
            {
                (unit, j) = (read, end);
            }
            else if (s.IsText(j, "x") && UnitReader.Word(ref s, j + 1) is { } times && IsCount(times))
            {
                // "8 x H100": eight of them.
                (unit, j) = (times, j + 2);
            }
            else if (amount.HasLargeScale)
            {
                // "to hit 250 billion": with no unit, an amount in millions or more is money.
                j = UnitReader.Continue(ref s, amount.Next, Prelude.Usd, out unit);
            }
            else if (IsPue(ref s, i, amount.Next))
            {
                // "PUE 1.3": the facility's draw over its IT load, a factor with no unit.
                question.Add(new Term($"PUE {UnitFormat.Number(amount.Value)}", Quantity.Exactly(amount.Value, Dimension.None)) { Given = true }, i, amount.Next);
                question.PueAt = question.Given.Count - 1;
                i = amount.Next - 1;
                continue;
            }
            else if (Months.DateParts.IsPlacedYear(ref s, i))
            {
                // "in 2027 per gpu hour": a year, the window reader's.
                question.BareNumbers++;
                i = amount.Next - 1;
                continue;
            }
            else if (UnitReader.IsPer(ref s, amount.Next) && UnitReader.Word(ref s, amount.Next + 1) is { } per && IsCount(per)
                && question.Given.Count > 0 && question.Given[^1].Quantity.Dimension is var before && IsCount(before) && before != per.Dimension)
            {
                // "24,000 gpus at 8 per server": the number counts the same things as the amount before it, per the thing named.
                (unit, j) = (Prelude.CountOf(before)!.Per(per), amount.Next + 2);
            }
            else if (UnitReader.IsPer(ref s, amount.Next) && UnitReader.TryRead(ref s, amount.Next + 1, out var rated, out var rateEnd)
                && rated.Dimension == Dimension.Gpu * Dimension.Time)
            {
                // "2.50 a gpu hour": an amount per GPU-hour with no unit is only ever a price.
                (unit, j) = (Prelude.Usd.Per(rated), rateEnd);
            }
            else if (s.IsWord(i - 1, Word.Of) && UnitReader.Word(ref s, i - 2) is { } holder && IsCount(holder)
                && question.Given.Count > 0 && question.Given[^1].Quantity.Dimension is var contents && IsCount(contents) && contents != holder.Dimension)
            {
                // "7,200 gpus in racks of 72": each rack holds 72 of the things counted before.
                (unit, j) = (Prelude.CountOf(contents)!.Per(holder), amount.Next);
            }
            else
            {
                question.BareNumbers++;
                i = amount.Next - 1;
                continue;
            }

            // "1.5 kW homes", "2 kW racks", "8-gpu servers": the amount is per thing counted. "1 kW each": per the thing
            // counted elsewhere. "1,000 racks of 72 gpus": per the thing counted just before.
            if (!s.IsCommaBefore(j) && UnitReader.Word(ref s, j) is { } thing && IsCount(thing) && thing.Dimension != unit.Dimension)
            {
                (unit, j) = (unit.Per(thing), j + 1);
                one = CountWord(ref s, i - 1) == 1m || (s.IsText(i - 1, "single") && CountWord(ref s, i - 2) == 1m);
            }
            else if (IsCount(unit) && s.IsWord(i - 1, Word.Of) && UnitReader.Word(ref s, i - 2) is { } whole && IsCount(whole)
                && whole.Dimension != unit.Dimension && question.GivenAt(i - 3) >= 0)
            {
                unit = unit.Per(whole);
            }
            else if (s.IsWord(j, Word.Per) && s.IsText(j, "each") || s.IsText(j, "apiece"))
            {
                // "$3 each per hour": each one's, and per hour still belongs to the amount.
                each = true;
                j = UnitReader.Continue(ref s, j + 1, unit, out unit);
            }
            else if (IsEachOf(unit) && IsUseVerb(ref s, i - 1) && (s.IsText(i - 2, "each") || (s.IsText(i - 2, "that") && s.IsText(i - 3, "each")) || s.IsText(i - 3, "each"))
                && question.Given.Any(g => IsCount(g.Quantity.Dimension)))
            {
                // "4,096 GPUs each drawing 1.2 kW", "10,000 GPUs that each draw 1.2 kW".
                each = true;
            }
            else if (IsEachOf(unit) && ThingBefore(ref s, i) is { } owner)
            {
                // "homes at 12,000 kWh/yr", "a home uses 9,000 kWh a year": the amount is each one's.
                unit = unit.Per(owner);
            }
            else if ((s.IsWord(i - 1, Word.At) || (s.IsTimesBefore(i) && unit.Dimension != Dimension.Time)) && IsEachOf(unit)
                && (question.Given.Any(g => IsCount(g.Quantity.Dimension)) || (s.IsWord(i - 1, Word.At) && unit.Dimension == Dimension.Power && unit.Symbol.Contains('/'))))
            {
                // "how many homes can 250 MW power at 9,000 kWh/yr": a use per year (an energy over a time, never "at 500 MW")
                // is each thing's, the thing the question counts.
                // "10,000 GPUs at 700 W", "5000 gpus x 1.4 kw": an amount "at" or times a number of things is each one's,
                // unless it says so ("at $2.50 per GPU-hour") or is a share ("at 40% MFU").
                each = true;
            }

            var quantity = Quantity.Of(amount.Value, unit);
            if (unit == Prelude.Percent && ShareMoves(ref s, i, j) is not 0 and var sign)
            {
                // "with a 20% discount", "less 20%", "up 5%", "plus 10%": the amount times (1 ∓ 20%), not times 20%.
                var factor = 1m + (sign * amount.Value / 100m);
                question.Add(new Term($"(1 {(sign < 0 ? "−" : "+")} {UnitFormat.Format(amount.Value, unit)})", Quantity.Exactly(factor, Dimension.None)) { Given = true }, i, j);
                i = j - 1;
                continue;
            }

            question.Add(new Term(UnitFormat.Format(amount.Value, unit), quantity) { Given = true }, i, j, unit);
            if (each)
            {
                question.MarkLastEach();
            }
            else if (one)
            {
                question.MarkLastOne();
            }

            i = j - 1;
        }
    }

    /// <summary>
    /// Which way a PUE works, once the target is read: the facility's draw is the IT load times the PUE, so it divides a
    /// power that is the facility's ("a 60 MW site, IT load?") or a budget that things are counted into ("how many GPUs can
    /// 300 MW feed at PUE 1.2"), and multiplies an IT load ("10k GPUs at 700 W each, PUE 1.3, MW?").
    /// </summary>
    public static void ApplyPue(ref Sentence s, QuantityQuestion question)
    {
        if (question.PueAt < 0)
        {
            return;
        }

        // Homes are counted at the grid, so only IT things (GPUs, racks, servers) fit into a budget; and an IT load given
        // ("20 MW of IT load") is already net of the PUE.
        var itThings = question.Target is { } target && IsItThing(target.Dimension)
            && question.Given.Any(g => g.Quantity.Dimension == Dimension.Power);
        if (itThings && PowerIsIt(ref s, question))
        {
            // "20 MW of IT load at PUE 1.3, how many GPUs": the PUE has no place, and using it either way would be wrong.
            question.Problem ??= LanguageMessages.PueOfItLoad;
            return;
        }

        // "IT load 80 MW, PUE 1.25, facility power?", "a 100 MW site at PUE 1.25, power for the chips?": one power from the
        // other, which way only the words around the power given (or the side asked) say.
        var powerAsked = !itThings && question.Target?.Dimension == Dimension.Power;
        var side = powerAsked ? PowerSide(ref s, question) : 0;
        if (powerAsked && side == 0)
        {
            question.Problem ??= LanguageMessages.PueSide;
            return;
        }

        if (itThings || side < 0 || (!powerAsked && ItLoadFromFacility(ref s, question)))
        {
            var pue = question.Given[question.PueAt];
            question.Replace(question.PueAt, pue with { Label = $"1 ÷ {pue.Label}", Quantity = Quantity.Exactly(1m, Dimension.None) / pue.Quantity });
        }
    }

    /// <summary>
    /// Which side of a PUE the power given is: +1 the IT load ("IT load 80 MW", "40 MW of IT"), −1 the facility's draw ("a
    /// 100 MW site", "facility draws 12 MW"), else by the side asked ("…, IT load?" gives a facility's power; "…, facility
    /// power?" an IT load), 0 when nothing says.
    /// </summary>
    private static int PowerSide(ref Sentence s, QuantityQuestion question)
    {
        // "10k gpus at 700 W each, PUE 1.3, MW?": the power of IT things is their IT load.
        if (question.Given.Any(g => IsItThing(g.Quantity.Dimension) || (Prelude.PerCountOf(g.Quantity.Dimension) is { } per && IsItThing(per.Dimension))))
        {
            return 1;
        }

        // The label nearest the power given: "a 60 MW site, IT load?" is a site's power, "40 MW of IT" an IT load.
        var (it, facility) = (int.MaxValue, int.MaxValue);
        for (var k = 0; k < question.Given.Count; k++)
        {
            if (question.Given[k].Quantity.Dimension != Dimension.Power)
            {
                continue;
            }

            var (start, end) = question.Spans[k];
            for (var i = Math.Max(0, start - 3); i < end + 3 && i < s.Count; i++)
            {
                var distance = i < start ? start - i : i >= end ? i - end + 1 : 0;
                it = s.IsText(i, "it") ? Math.Min(it, distance) : it;
                facility = IsFacilityWord(ref s, i) || s.IsText(i, "datacenter") || s.IsText(i, "draws") || s.IsText(i, "draw") ? Math.Min(facility, distance) : facility;
            }
        }

        if (it != facility)
        {
            return it < facility ? 1 : -1;
        }

        var itAsked = false;
        var facilityAsked = false;
        for (var i = 0; i < s.Count; i++)
        {
            itAsked |= s.IsText(i, "it") || s.IsText(i, "compute") || s.IsText(i, "servers") || s.IsText(i, "chips") || s.IsWord(i, Word.Gpu);
            facilityAsked |= IsFacilityWord(ref s, i) || s.IsText(i, "overhead");
        }

        return itAsked == facilityAsked ? 0 : itAsked ? -1 : 1;
    }

    private static bool IsItThing(Dimension dimension) =>
        dimension == Dimension.Gpu || dimension == Prelude.Rack.Dimension || dimension == Prelude.Server.Dimension;

    /// <summary>"PUE 1.3", "PUE is 1.2", "PUE of 1.25", "1.3 PUE".</summary>
    private static bool IsPue(ref Sentence s, int i, int next) =>
        s.IsText(next, "pue") || s.IsText(i - 1, "pue")
        || ((s.IsText(i - 1, "is") || s.IsWord(i - 1, Word.Of) || s.IsWord(i - 1, Word.At)) && s.IsText(i - 2, "pue"));

    /// <summary>
    /// A facility's power given ("site is 60 MW total") and its IT load asked ("how many racks can the IT load
    /// support"): the PUE divides. Otherwise the IT load is what is given and the PUE multiplies it into the facility's draw.
    /// </summary>
    private static bool ItLoadFromFacility(ref Sentence s, QuantityQuestion question)
    {
        var facility = false;
        for (var k = 0; k < question.Given.Count && !facility; k++)
        {
            if (question.Given[k].Quantity.Dimension == Dimension.Power)
            {
                var (start, end) = question.Spans[k];
                facility = IsFacilityWord(ref s, start - 1) || IsFacilityWord(ref s, start - 2) || IsFacilityWord(ref s, end) || IsFacilityWord(ref s, end + 1);
            }
        }

        for (var i = 0; i < s.Count; i++)
        {
            // "how many MW of IT", "in IT MW": the IT load asked, whatever the power given is called.
            var asked = s.IsText(i, "it") && !s.IsNumber(i - 1)
                && ((s.IsWord(i - 1, Word.Of) && UnitReader.Word(ref s, i - 2) is { } unit && unit.Dimension == Dimension.Power && !InGiven(question, i - 2))
                    || (UnitReader.Word(ref s, i + 1) is { } after && after.Dimension == Dimension.Power && !InGiven(question, i + 1)));
            // "a 60 MW site, IT load?": the facility's power given, "IT load", "IT power" asked.
            if (asked || (facility && s.IsText(i, "it")
                && (s.IsText(i + 1, "load") || s.IsWord(i + 1, Word.Power) || s.IsWord(i + 1, Word.Capacity) || s.IsText(i + 1, "equipment"))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether token <paramref name="i"/> is part of an amount typed ("MW" in "20 MW").</summary>
    private static bool InGiven(QuantityQuestion question, int i) => question.Spans.Any(span => span.Start <= i && i < span.End);

    /// <summary>A power given as the IT load: "20 MW of IT", "20 MW IT load", "IT load of 20 MW".</summary>
    private static bool PowerIsIt(ref Sentence s, QuantityQuestion question)
    {
        for (var k = 0; k < question.Given.Count; k++)
        {
            if (question.Given[k].Quantity.Dimension == Dimension.Power)
            {
                var (start, end) = question.Spans[k];
                for (var i = Math.Max(0, start - 3); i < end + 3 && i < s.Count; i++)
                {
                    if (s.IsText(i, "it"))
                    {
                        return true;
                    }
                }
            }
        }

        return false;
    }

    private static bool IsFacilityWord(ref Sentence s, int i) =>
        s.IsText(i, "total") || s.IsText(i, "facility") || s.IsText(i, "site") || s.IsText(i, "grid") || s.IsText(i, "campus");

    /// <summary>"a", "one", "two" … "ninety" as a count, or 0.</summary>
    private static decimal CountWord(ref Sentence s, int i) =>
        !s.IsFree(i) || s.Tokens[i].Kind != TokenKind.Word ? 0m
        : s.IsText(i, "a") || s.IsText(i, "an") ? 1m
        : NumberWords.ValueOf(s.TextOf(i)) is var value && value < NumberWords.Hundred ? value : 0m;

    /// <summary>"$2B a month", "GWh a month": the "a" makes a rate of what comes before, not a new length.</summary>
    private static bool IsAmountBefore(ref Sentence s, int i) =>
        s.IsNumber(i - 1) || (s.IsFree(i - 1) && NumberParser.ScaleOf(s.WordAt(i - 1)) > 1m) || UnitReader.Word(ref s, i - 1) is not null;

    /// <summary>
    /// "900 GPUs at 1 kW each": "each" divides by the one thing counted among the other amounts, or else by the thing
    /// the question counts ("how many homes at 10,000 kWh a year each"). Runs once the target is read.
    /// </summary>
    public static void PerEach(QuantityQuestion question)
    {
        foreach (var index in question.EachAt)
        {
            // "racks (72 gpus each) for 100k gpus": 72 GPUs are each rack's, never each GPU's.
            var own = question.Given[index].Quantity.Dimension;
            var counted = question.Given.Where((t, k) => k != index && IsCount(t.Quantity.Dimension) && t.Quantity.Dimension != own)
                .Select(t => t.Quantity.Dimension).ToList();
            if (counted.Count == 0 && question.Target is { } target && IsCount(target.Dimension) && target.Dimension != own)
            {
                counted.Add(target.Dimension);
            }

            if (counted.Count != 1)
            {
                continue;
            }

            var term = question.Given[index];
            var countUnit = Prelude.CountOf(counted[0])!;
            var quantity = term.Quantity with { Dimension = term.Quantity.Dimension / countUnit.Dimension };
            question.Replace(index, term with { Label = $"{term.Label} per {countUnit.Singular}", Quantity = quantity });
        }
    }

    /// <summary>
    /// "a 700 W gpu for a year, in MWh": an amount of one thing ("a", "one", "a single") is that thing's whole amount
    /// when the answer is not asked per thing and nothing else counts the things. Runs once the target is read.
    /// </summary>
    public static void OfOne(QuantityQuestion question)
    {
        foreach (var index in question.OneAt)
        {
            var term = question.Given[index];
            if (Prelude.PerCountOf(term.Quantity.Dimension) is not { } thing || question.Target is not { } target
                || Prelude.PerCountOf(target.Dimension) is not null || Prelude.CountOf(target.Dimension) is not null
                || question.Given.Any(g => g.Quantity.Dimension == thing.Dimension))
            {
                continue;
            }

            question.Replace(index, term with { Label = $"1 {thing.Singular} × {term.Label}", Quantity = term.Quantity * Quantity.Of(1m, thing) });
        }
    }

    /// <summary>An amount that can be each thing's: not a count, not a share, not already per a thing counted.</summary>
    /// <remarks>A price of energy ("at 8c/kWh") is the grid's, never each GPU's.</remarks>
    private static bool IsEachOf(Unit unit) =>
        !IsCount(unit) && unit.Dimension != Dimension.None && Prelude.PerCountOf(unit.Dimension) is null
        && unit.Dimension != Dimension.Money / Dimension.Energy;

    /// <summary>
    /// −1 when the percentage from <paramref name="i"/> to <paramref name="end"/> takes a share off ("20% discount",
    /// "20% off", "less 20%", "minus 20%", "20% lower"), +1 when it adds one ("up 5%", "plus 10%", "10% more", "10% markup"),
    /// else 0.
    /// </summary>
    private static int ShareMoves(ref Sentence s, int i, int end)
    {
        var after = end < s.Count && s.IsFree(end) ? s.TextOf(end) : [];
        // "price falls 20%", "drops by 25%", "after a 10% price increase": a verb before, "by" between.
        var verb = i > 1 && s.IsText(i - 1, "by") ? i - 2 : i - 1;
        var before = verb >= 0 && s.IsFree(verb) ? s.TextOf(verb) : [];
        var noun = after is "price" or "power" or "cost" or "fee" && end + 1 < s.Count && s.IsFree(end + 1) ? s.TextOf(end + 1) : after;
        return after is "discount" or "off" or "lower" or "less" or "cheaper" or "cut" || before is "less" or "minus"
                || noun is "drop" or "decrease" or "decline" or "fall" or "reduction" or "cut"
                || before is "falls" or "fell" or "drops" or "dropped" or "decreases" or "decreased" or "declines" or "declined" or "shrinks" or "shrank"
            ? -1
            : after is "markup" or "more" or "higher" or "premium" or "surcharge" || before is "up" or "plus"
                || noun is "increase" or "rise" or "hike" or "jump" or "bump"
                || before is "rises" or "rose" or "increases" or "increased" or "jumps" or "jumped" or "grows" or "grew" or "climbs" or "climbed"
            ? 1
            : 0;
    }

    private static bool IsUseVerb(ref Sentence s, int i) =>
        s.IsWord(i, Word.Use) || s.IsFree(i) && s.TextOf(i) is "drawing" or "draw" or "draws" or "using" or "consuming" or "consumes" or "pulling" or "pulls" or "at";

    /// <summary>The thing counted right before "at" or "uses" ahead of the amount at <paramref name="i"/>: "homes at", "a home uses".</summary>
    private static Unit? ThingBefore(ref Sentence s, int i) =>
        (s.IsWord(i - 1, Word.At) || s.IsWord(i - 1, Word.Use) || s.IsText(i - 1, "consumes") || s.IsText(i - 1, "draws") || s.IsText(i - 1, "pulls"))
        && UnitReader.Word(ref s, i - 2) is { } thing && IsCount(thing) ? thing : null;

    private static bool IsCount(Unit unit) => IsCount(unit.Dimension);

    private static bool IsCount(Dimension dimension) => Prelude.CountOf(dimension) is not null;
}
