using DealBot.Core.Units;
using DealBot.Language.Tokens;
using DealBot.Language.Vocabulary;

namespace DealBot.Language.Composition;

/// <summary>
/// Reads the unit a question asks for: "in MW", "to $/MWh", "in billions", "how many homes", "how long",
/// "watts per GPU", "$ per watt per year", "per kW per month", "…, total MW?". A unit that follows a number belongs
/// to that number (<see cref="GivenReader"/>), never to the target.
/// </summary>
internal static class TargetReader
{
    public static void Read(ref Sentence s, QuantityQuestion question)
    {
        var convertAt = -1;
        for (var i = 0; i < s.Count; i++)
        {
            if (IsConversionWord(ref s, i) && ReadScale(ref s, i + 1, question))
            {
                continue;
            }

            // "how many 1.5 kW homes is 90 MW": the thing counted is the one the amount is per.
            if (IsHowMany(ref s, i) && question.GivenAt(s.IsText(i + 1, "whole") ? i + 2 : i + 1) is >= 0 and var at
                && Prelude.PerCountOf(question.Given[at].Quantity.Dimension) is { } thing)
            {
                (question.Target, question.TargetOnlyForComposing) = (thing, false);
                question.Whole |= s.IsText(question.Spans[at].End, "fit");
                i = question.Spans[at].End - 1;
                continue;
            }

            // "add up to $50B": an amount after "to" is no unit to answer in.
            if (((IsConversionWord(ref s, i) && question.GivenAt(i + 1) < 0) || IsHowMany(ref s, i))
                && UnitAt(ref s, IsHowMany(ref s, i) ? PastPhase(ref s, i + 1) : i + 1, out var asked, out var end))
            {
                (question.Target, question.TargetOnlyForComposing) = (asked, false);
                question.Whole |= IsHowMany(ref s, i) && (s.IsText(end, "fit") || s.IsText(end, "whole"));
                convertAt = IsHowMany(ref s, i) ? -1 : i;
                i = end - 1;
                continue;
            }

            // "a server pulls 10.2 kW, how many fit in 5 MW": the thing counted is the one an amount is per.
            if (IsHowMany(ref s, i) && question.Target is null && UnitReader.Word(ref s, i + 1) is null
                && question.Given.Select(g => Prelude.PerCountOf(g.Quantity.Dimension)).Where(u => u is not null).Distinct().ToList() is [{ } counted])
            {
                (question.Target, question.TargetOnlyForComposing) = (counted, false);
                question.Whole |= s.IsText(i + 1, "fit");
                continue;
            }

            // "whats 3% of $45B": the share of the amount after "of", in its unit.
            if (question.Target is null && question.Given.Count == 2 && question.GivenAt(i) is >= 0 and var share
                && question.Given[share].Quantity.Dimension.IsDimensionless && s.IsText(question.Spans[share].End, "of")
                && question.GivenAt(question.Spans[share].End + 1) is >= 0 and var whole)
            {
                (question.Target, question.TargetOnlyForComposing) = (UnitOfGiven(question, whole), true);
                continue;
            }

            if (s.IsWord(i, Word.How) && s.IsWord(i + 1, Word.Long) && question.Target is null)
            {
                (question.Target, question.TargetOnlyForComposing) = (Prelude.Month, true);
            }

            // "how many xai monthly fees equal the oracle total": a count of fees is the months (or years) they span.
            if (IsHowMany(ref s, i) && question.Target is null && FeesCounted(ref s, i + 1) is { } period)
            {
                (question.Target, question.TargetOnlyForComposing) = (period, false);
            }
        }

        // "colossus power per gpu in kw", "energy per gpu per year in mwh": a "per" said before the unit divides it.
        if (convertAt > 0 && question.Target is { } plain && !plain.Dimension.HasDenominator() && PerBefore(ref s, convertAt, question) is >= 0 and var per
            && UnitReader.Continue(ref s, per, plain, out var divided) <= convertAt && divided.Dimension != plain.Dimension)
        {
            question.Target = divided;
        }

        // "$0.09/kWh in cents", "$1.25B per month in cents": money asked of a rate is money per the same thing.
        if (convertAt >= 0 && question.Target is { } money && money.Dimension == Dimension.Money && question.Given.Count == 1
            && question.Given[0].Quantity.Dimension is var rate && rate[BaseDimension.Money] == 1 && rate != Dimension.Money
            && RatePer(question.Given[0], money) is { } ratePer)
        {
            question.Target = money.Per(ratePer);
        }

        // "colossus - how many watts does each gpu get": the amount for each of a thing counted, not the whole.
        if (question.Target is { } amount && question.Given.Count == 0 && !amount.Dimension.HasDenominator() && EachThing(ref s) is { } eachThing)
        {
            question.Target = amount.Per(eachThing);
        }

        question.Whole |= s.HasText("fit") || s.HasText("whole");

        // "$3b / 36 months": dollars divided by a length typed with its unit ask dollars per one of that unit.
        if (question.Target is null && DividedByLength(ref s, question) is { } perLength)
        {
            (question.Target, question.TargetOnlyForComposing) = (Prelude.Usd.Per(perLength), false);
        }

        if (question.Target is null && FreeStandingUnit(ref s, question, out var assumesMoney) is { } unit)
        {
            (question.Target, question.TargetAssumesMoney) = (unit, assumesMoney);
        }

        // "IT load 80 MW, PUE 1.25, facility power?", "a 60 MW site at PUE 1.2, IT load?": a power asked beside a PUE is the
        // other side of it. With a price it is a bill.
        if (question.Target is null && question.PueAt >= 0 && (s.HasText("load") || s.Has(Word.Power) || s.HasText("draw") || s.HasText("facility"))
            && question.Given.Any(g => g.Quantity.Dimension == Dimension.Power) && !question.Given.Any(g => g.Quantity.Dimension[BaseDimension.Money] != 0))
        {
            (question.Target, question.TargetOnlyForComposing) = (Prelude.Megawatt, true);
        }

        // "10k h100s at 700 W each for a year, energy?": the amounts are the user's, and energy is a dimension to fit. A
        // power and a time alone ("energy of 1 GW in a month") are the energy reader's, which picks the scale.
        if (question.Target is null && question.Given.Count > 1 && s.HasText("energy")
            && question.Given.Select((g, k) => (g.Quantity.Dimension, Each: question.EachAt.Contains(k)))
                .All(g => g.Dimension[BaseDimension.Money] == 0 && (g.Dimension != Dimension.Power || g.Each)))
        {
            (question.Target, question.TargetOnlyForComposing) = (Prelude.MegawattHour, true);
        }
    }

    /// <summary>
    /// "10,000 GPUs at $25,000 each, total capex", "$1.2 per kWh, the cost of 1 GWh", "10k gpus x $30k = ?": a cost asked with no unit, and the
    /// amounts make exactly one amount of dollars. Read once "each" is resolved. A cost over a length of time (a rental, a
    /// power bill) is the compute reader's, which names the period.
    /// </summary>
    public static void ReadCost(ref Sentence s, QuantityQuestion question)
    {
        if (question.Target is null && question.Given.Count > 1 && (s.Has(Word.Total) || s.HasText("cost") || s.HasText("capex") || s.HasEquals())
            && !question.Given.Any(g => g.Quantity.Dimension == Dimension.Time) && Composer.Compose(question.Given, [], Dimension.Money).Count == 1)
        {
            (question.Target, question.TargetOnlyForComposing) = (Prelude.Usd, true);
        }
    }

    /// <summary>"monthly fees", "yearly payments" within a few words after "how many": the period each one is, or null.</summary>
    private static Unit? FeesCounted(ref Sentence s, int from)
    {
        for (var j = from; j < s.Count - 1 && j < from + 4; j++)
        {
            if (s.TextOf(j + 1) is "fees" or "payments" or "bills" or "installments" or "instalments")
            {
                return s.WordAt(j) switch
                {
                    Word.Monthly => Prelude.Month,
                    Word.Yearly => Prelude.Year,
                    _ => null,
                };
            }
        }

        return null;
    }

    /// <summary>The time unit after "$X /" or "$X divided by" when both amounts were typed, or null.</summary>
    private static Unit? DividedByLength(ref Sentence s, QuantityQuestion question)
    {
        for (var k = 0; k + 1 < question.Given.Count; k++)
        {
            var end = question.Spans[k].End;
            var next = s.IsSymbol(end, '/') ? end + 1 : s.IsText(end, "divided") && s.IsWord(end + 1, Word.By) ? end + 2 : -1;
            if (next > 0 && question.Given[k].Quantity.Dimension == Dimension.Money && question.GivenAt(next) == k + 1
                && question.Given[k + 1].Quantity.Dimension == Dimension.Time && UnitReader.Word(ref s, question.Spans[k + 1].End - 1) is { } length
                && length.Dimension == Dimension.Time)
            {
                return length;
            }
        }

        return null;
    }

    /// <summary>"each gpu", "every home": the counted thing after "each" or "every", or null.</summary>
    private static Unit? EachThing(ref Sentence s)
    {
        for (var i = 0; i < s.Count; i++)
        {
            if ((s.IsText(i, "each") || s.IsText(i, "every")) && UnitReader.TryRead(ref s, i + 1, out var thing, out _)
                && Prelude.CountOf(thing.Dimension) is not null)
            {
                return thing;
            }
        }

        return null;
    }

    /// <summary>The first "per" a thing before <paramref name="end"/> that belongs to no amount typed, or -1.</summary>
    private static int PerBefore(ref Sentence s, int end, QuantityQuestion question)
    {
        for (var i = 0; i < end; i++)
        {
            if (question.GivenAt(i) is >= 0 and var at)
            {
                i = question.Spans[at].End - 1;
                continue;
            }

            // "energy per year in TWh" asks the year's energy, the way people say it; "per gpu per year" divides.
            if ((s.IsWord(i, Word.Per) || s.IsSymbol(i, '/')) && !s.IsNumber(i - 1) && UnitReader.Denominator(ref s, i + 1) is { } denominator
                && denominator != Prelude.Usd && denominator.Dimension != Dimension.Time)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>"in", "into", "to", "as", "expressed in": what follows is the unit to answer in.</summary>
    private static bool IsConversionWord(ref Sentence s, int i) =>
        s.IsWord(i, Word.In) || s.IsWord(i, Word.To) || s.IsText(i, "into") || s.IsText(i, "as");

    /// <summary>"how many full-rate months", "how many ramp months": the deal's phase says which months are counted.</summary>
    private static int PastPhase(ref Sentence s, int i)
    {
        // "how many billing months", "how many paid months": every billed month.
        if (s.IsWord(i, Word.Ramp) || s.IsText(i, "billing") || s.IsText(i, "billed") || s.IsText(i, "paid") || s.IsText(i, "payment"))
        {
            return i + 1;
        }

        return (s.IsWord(i, Word.Full) || s.IsText(i, "reduced")) && Intents.Phrases.RateAfter(ref s, i) is > 0 and var end ? end : i;
    }

    /// <summary>The unit an amount was typed in, as far as its dimension goes: money in dollars, power in MW, else its base.</summary>
    /// <summary>The unit a rate is per, as its label says it ("$0.09/kWh" is per kWh), in the one dimension that fits.</summary>
    private static Unit? RatePer(Term rate, Unit money)
    {
        var slash = rate.Label.LastIndexOf('/');
        var label = slash < 0 ? "" : rate.Label[(slash + 1)..];
        return Prelude.All.Where(u => money.Per(u).Dimension == rate.Quantity.Dimension
                && (label.Equals(u.Symbol, StringComparison.OrdinalIgnoreCase) || label.Equals(u.Singular, StringComparison.OrdinalIgnoreCase)))
            .FirstOrDefault();
    }

    private static Unit UnitOfGiven(QuantityQuestion question, int k)
    {
        var dimension = question.Given[k].Quantity.Dimension;
        return Prelude.All.FirstOrDefault(u => u.Dimension == dimension && u.Factor == 1m) ?? new Unit("×", dimension, 1m);
    }

    /// <summary>"how many", "number of", "count of": a count asked in the unit that follows.</summary>
    private static bool IsHowMany(ref Sentence s, int i) =>
        (s.IsWord(i - 1, Word.How) && s.IsWord(i, Word.Many)) || ((s.IsText(i - 1, "number") || s.IsText(i - 1, "count")) && s.IsWord(i, Word.Of));

    /// <summary>"in billions", "in millions of dollars", "in $ billions".</summary>
    private static bool ReadScale(ref Sentence s, int i, QuantityQuestion question)
    {
        var at = s.IsSymbol(i, '$') ? i + 1 : i;
        var scale = Numbers.NumberParser.ScaleOf(s.WordAt(at));
        if (scale <= 1m || s.IsNumber(i - 2) && !IsConversionWord(ref s, i - 1))
        {
            return false;
        }

        question.TargetScale = scale;
        return true;
    }

    /// <summary>A unit right here, not the unit of a number before it.</summary>
    private static bool UnitAt(ref Sentence s, int i, out Unit unit, out int end) =>
        UnitReader.TryRead(ref s, i, out unit, out end) && !s.IsNumber(i - 1);

    /// <summary>
    /// A unit with no number before it anywhere in the question: "watts per gpu", "$ per watt per year", "total MW?".
    /// "per kW per month" with nothing before it asks for dollars per kW per month.
    /// </summary>
    private static Unit? FreeStandingUnit(ref Sentence s, QuantityQuestion question, out bool assumesMoney)
    {
        Unit? found = null;
        assumesMoney = false;
        (int perAt, Unit? perStart) = (-1, null);
        for (var i = 0; i < s.Count; i++)
        {
            if (question.GivenAt(i) is >= 0 and var at)
            {
                // The amount and the unit it owns.
                i = question.Spans[at].End - 1;
                continue;
            }

            // "a gpu hour", "a single gpu hour" ask a price per GPU-hour, like "per gpu hour".
            var one = s.IsText(i + 1, "single") ? i + 2 : i + 1;
            if ((s.IsText(i, "a") || s.IsText(i, "an")) && !s.IsNumber(i - 1) && UnitReader.Word(ref s, one) is { } counted
                && counted.Dimension != Dimension.Time && counted != Prelude.Usd && !counted.Dimension.IsDimensionless && UnitReader.TryRead(ref s, one, out var each, out var eachEnd))
            {
                (found, assumesMoney) = (Prelude.Usd.Per(each), true);
                i = eachEnd - 1;
                continue;
            }

            if (UnitReader.IsPer(ref s, i) && !s.IsText(i, "a") && !s.IsText(i, "an") && (!s.IsNumber(i - 1) || Months.DateParts.IsPlacedYear(ref s, i - 1))
                && UnitReader.Denominator(ref s, i + 1) is { } per && per != Prelude.Usd)
            {
                // "at the same price per mw": a rate held fixed in a scenario, not the figure asked for.
                var held = Intents.Phrases.HeldRate(ref s, i) || (per.Dimension == Dimension.Time && Intents.Phrases.PeriodOfMove(ref s, i));
                // "power per gpu", "energy per gpu per year": what is per the thing is power or energy, not money.
                var power = s.IsText(i - 1, "power") || s.IsText(i - 1, "capacity");
                var energy = s.IsText(i - 1, "energy") && per.Dimension != Dimension.Time;
                // "per home powered per year": a period after a price per thing is that price's period.
                // "$/W for colossus per year": a price per a thing said before, with its period after the deal's name.
                var perThingBefore = found is not null && per.Dimension == Dimension.Time
                    && ((assumesMoney && Prelude.PerCountOf(found.Dimension) is not null)
                        || (found.Dimension[BaseDimension.Money] == 1 && found.Dimension.HasDenominator(except: BaseDimension.Time) && found.Dimension[BaseDimension.Time] == 0));
                var start = perThingBefore ? found! : power ? Prelude.Kilowatt : energy ? Prelude.MegawattHour : Prelude.Usd;
                var rateEnd = UnitReader.Continue(ref s, i, start, out var rate, afterComma: true);
                // "$ per watt", "dollars per MW": the money was said, not assumed.
                var moneySaid = s.IsSymbol(i - 1, '$') || UnitReader.Word(ref s, i - 1) == Prelude.Usd;
                (found, assumesMoney) = held || rateEnd <= i ? (found, assumesMoney) : (rate, !power && !energy && !moneySaid);
                (perAt, perStart) = held || rateEnd <= i || perThingBefore ? (perAt, perStart) : (i, start);
                // Always past the "per": a unit that stops at a comma must not read the same token again.
                i = Math.Max(i, rateEnd - 1);
                continue;
            }

            // A single word that names a count or a time ("which gpus", "the year") is a noun of the question, not a unit
            // asked for: "how many gpus" and "in gpus" say that.
            // "xai months left", "days remaining", "months billed so far": a time said before what is left of it (or gone)
            // asks for that time. "hours in 5 years", opening the question, asks for hours.
            if (UnitReader.TryRead(ref s, i, out var unit, out var end) && !Units.RateReader.IsPriceWord(ref s, end)
                && (end > i + 1 || !IsCommonWord(ref s, i) || (unit.Dimension == Dimension.Time && (s.IsWord(end, Word.Remaining) || s.IsText(end, "billed")))
                    // "cerebras term yrs", "contract length years": the term's length in that unit.
                    || (unit.Dimension == Dimension.Time && (s.IsWord(i - 1, Word.Term) || s.IsText(i - 1, "length") || s.IsText(i - 1, "duration")))
                    || (i == 0 && s.IsWord(end, Word.In) && question.GivenAt(end + 1) >= 0)))
            {
                // "at colossus's $/MW what would a GW cost": a rate held for the amounts, not the unit asked.
                if (unit.Dimension[BaseDimension.Money] == 1 && unit.Dimension.HasDenominator(except: BaseDimension.Time)
                    && (s.IsWord(i - 1, Word.At) || s.IsWord(i - 1, Word.Same) || Intents.Phrases.DealsRateAt(ref s, i - 1)))
                {
                    i = end - 1;
                    continue;
                }

                // "xai per gpu per hour, cents", "rainier power per chip, watts": the unit of what the rate said before is per.
                (found, assumesMoney) = perStart is { } said && unit.Dimension == said.Dimension && found is not null
                    && UnitReader.Continue(ref s, perAt, unit, out var rerated, afterComma: true) > perAt ? (rerated, false) : (unit, false);
                i = end - 1;
            }
        }

        return found;
    }

    /// <summary>Unit words that are also plain words in a question about a deal ("the year", "a month", "homes").</summary>
    private static bool IsCommonWord(ref Sentence s, int i) =>
        UnitReader.Word(ref s, i) is { } unit
        && (unit.Dimension == Dimension.Time || unit == Prelude.Usd || Prelude.CountOf(unit.Dimension) is not null);
}
