using DealBot.Core.Queries;
using DealBot.Core.Text;
using DealBot.Core.Units;
using DealBot.Language.Numbers;
using DealBot.Language.Tokens;

namespace DealBot.Language.Composition;

/// <summary>
/// A sum typed as arithmetic and nothing else: "300 MW x 24 h", "$1.25b / 220k gpus", "$2.35 * 8760 = ?". With no unit
/// asked, the answer is in the unit the written operators make of the typed units ("MW × h" is MWh, "$ ÷ GPU" is $/GPU),
/// and only when the table names such a unit: "MW ÷ h" names nothing, so it stays refused. A bare number multiplies;
/// beside a rate it counts the rate's own period ("$7.78/gpu-hr × 730" is 730 hours, "$1.25B/mo × 12" twelve months).
/// Dividing by a bare number is left alone: it says nothing of what it counts. The parser turns to this reading only when
/// no other understood the message, so a rental or a bill keeps its own working.
/// </summary>
internal static class ExpressionReader
{
    private readonly record struct Operand(int Given, decimal Bare, bool Divides, int Start, int End);

    /// <summary>The sum as a composition of the typed amounts in the order written, or null when the message is no such sum.</summary>
    public static DealQuery? Read(ref Sentence s, QuantityQuestion question)
    {
        if (question.Target is not null || question.Given.Count == 0 || question.Given.Count + question.BareNumbers > Composer.MaxGiven)
        {
            return null;
        }

        var operands = new List<Operand>();
        var i = 0;
        while (i < s.Count && IsLead(ref s, i))
        {
            i++;
        }

        var divides = false;
        while (true)
        {
            if (!TryOperand(ref s, question, i, divides, out var operand))
            {
                return null;
            }

            operands.Add(operand);
            i = operand.End;
            while (i < s.Count && s.IsSymbol(i, '?'))
            {
                i++;
            }

            if (i >= s.Count)
            {
                break;
            }

            if (!TryOperator(ref s, ref i, out divides))
            {
                return null;
            }
        }

        if (operands.Count < 2 || operands.Count(o => o.Given < 0) > 1)
        {
            return null;
        }

        // The written operators decide the dimension; the typed units, the unit it is named in.
        var (dimension, factor) = (Dimension.None, 1m);
        Unit? period = null;
        var periods = 0;
        foreach (var o in operands.Where(o => o.Given >= 0))
        {
            // "72 gpus x 2.4 kW" was read as 2.4 kW each: the amount's dimension, in the size of the unit typed.
            // "7 yrs per day" is a unit of nothing: no sum was meant.
            if (question.Units[o.Given] is not { } unit || (unit.Dimension.IsDimensionless && unit != Prelude.Percent))
            {
                return null;
            }

            var typed = question.Given[o.Given].Quantity.Dimension;
            (dimension, factor) = o.Divides ? (dimension / typed, factor / unit.Factor) : (dimension * typed, factor * unit.Factor);
            if (!o.Divides && Prelude.PeriodOf(unit) is { } per)
            {
                (period, periods) = (per, periods + 1);
            }
        }

        // "2.4 kW x 72 gpus": an amount times a count of things is each one's, as "72 gpus x 2.4 kW" reads.
        var each = EachOfCount(question, operands, dimension);
        if (each >= 0)
        {
            dimension /= question.Given[operands[1 - each].Given].Quantity.Dimension;
        }

        Term? bareTerm = null;
        var bare = operands.FindIndex(o => o.Given < 0);
        if (bare >= 0)
        {
            var number = operands[bare].Bare;
            if (dimension[BaseDimension.Time] == -1 && periods == 1)
            {
                bareTerm = new Term(UnitFormat.Format(number, period!), Quantity.Of(number, period!)) { Given = true };
                (dimension, factor) = (dimension * Dimension.Time, factor * period!.Factor);
            }
            else
            {
                bareTerm = new Term(UnitFormat.Number(number), Quantity.Exactly(number, Dimension.None)) { Given = true };
            }
        }

        if (NamedUnit(dimension, factor) is not { } named)
        {
            return null;
        }

        var terms = new List<Term>(operands.Count);
        for (var k = 0; k < operands.Count; k++)
        {
            var term = operands[k].Given < 0 ? bareTerm! : question.Given[operands[k].Given];
            if (k == each)
            {
                var counted = Prelude.CountOf(question.Given[operands[1 - each].Given].Quantity.Dimension)!;
                term = term with { Label = $"{term.Label} per {counted.Singular}", Quantity = term.Quantity with { Dimension = term.Quantity.Dimension / counted.Dimension } };
            }

            terms.Add(term);
        }

        return Composer.Compose(terms, [], named.Dimension).Count == 1 ? new DealQuery { Kind = QueryKind.Compose, Given = terms, Target = named } : null;
    }

    private static bool TryOperand(ref Sentence s, QuantityQuestion question, int i, bool divides, out Operand operand)
    {
        operand = default;
        if (question.GivenAt(i) is >= 0 and var k)
        {
            operand = new Operand(k, 0m, divides, i, question.Spans[k].End);
            return true;
        }

        if (divides || !s.IsNumber(i) || !NumberParser.TryRead(ref s, i, out var amount) || amount.IsMoney || amount.IsTooLarge
            || amount.Negative || amount.Value <= 0m)
        {
            return false;
        }

        operand = new Operand(-1, amount.Value, false, i, amount.Next);
        return true;
    }

    /// <summary>Of two typed amounts multiplied, the one that is each of the things the other counts, or -1.</summary>
    private static int EachOfCount(QuantityQuestion question, List<Operand> operands, Dimension product)
    {
        if (operands.Count != 2 || operands.Any(o => o.Given < 0 || o.Divides) || NamedUnit(product, 1m) is not null)
        {
            return -1;
        }

        for (var k = 0; k < 2; k++)
        {
            var amount = question.Given[operands[k].Given].Quantity.Dimension;
            var other = question.Given[operands[1 - k].Given].Quantity.Dimension;
            if (Prelude.CountOf(other) is not null && !amount.IsDimensionless && amount != Dimension.Time
                && Prelude.CountOf(amount) is null && Prelude.PerCountOf(amount) is null)
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>"x", "times", "multiplied by", "/", "divided by", or a "×", "*" or "÷" the tokenizer dropped.</summary>
    private static bool TryOperator(ref Sentence s, ref int i, out bool divides)
    {
        (divides, var next) = s.TextOf(i) switch
        {
            "x" or "times" => (false, i + 1),
            "multiplied" when s.IsText(i + 1, "by") => (false, i + 2),
            "divided" when s.IsText(i + 1, "by") => (true, i + 2),
            _ when s.IsSymbol(i, '/') => (true, i + 1),
            _ when s.IsTimesBefore(i) => (false, i),
            _ when s.IsDivideBefore(i) => (true, i),
            _ => (false, -1),
        };
        if (next < 0)
        {
            return false;
        }

        i = next;
        return true;
    }

    /// <summary>Words that may open a sum: "what's", "calc", "how much is", "quick math:".</summary>
    private static bool IsLead(ref Sentence s, int i) =>
        s.TextOf(i) is "what" or "whats" or "is" or "calc" or "calculate" or "compute" or "how" or "much" or "quick" or "math" or "so" or "ok" or "and";

    /// <summary>
    /// The table's unit of this dimension and size ("MWh", "USD"), else a unit per another ("USD/GPU", "GPU/MW"), per
    /// a period if need be ("USD/MW/month"): a dimension no such unit has is no quantity anyone asks for. Units typed in
    /// mixed sizes ("700 W × $0.08/kWh") make no size of their own: the answer is in the base unit (USD, MW, MWh).
    /// </summary>
    private static Unit? NamedUnit(Dimension dimension, decimal factor)
    {
        Unit? first = null;
        Unit? whole = null;
        foreach (var unit in NamedUnits.All)
        {
            if (unit.Dimension != dimension)
            {
                continue;
            }

            if (Math.Abs(unit.Factor - factor) <= 1e-15m * Math.Abs(factor))
            {
                return unit;
            }

            first ??= unit;
            whole ??= unit.Factor == 1m ? unit : null;
        }

        return whole ?? first;
    }

    /// <summary>The units an answer may be named in, made on the first sum typed: most questions are no sums.</summary>
    private static class NamedUnits
    {
        public static readonly Unit[] All = [.. Candidates()];

        private static IEnumerable<Unit> Candidates()
        {
            var units = Prelude.All.Where(u => !u.Dimension.IsDimensionless).ToList();
            foreach (var unit in units)
            {
                yield return unit;
            }

            foreach (var top in units)
            {
                // Only money is per a length of time ("$/hour"); "MW per hour" is nothing anyone means.
                foreach (var bottom in units.Where(b => b.Dimension != top.Dimension && top.Factor / b.Factor > Smallest
                    && (b.Dimension != Dimension.Time || top.Dimension == Dimension.Money)))
                {
                    yield return top.Per(bottom);
                    foreach (var period in (Unit[])[Prelude.Hour, Prelude.Month, Prelude.Year])
                    {
                        if (bottom.Dimension != Dimension.Time && top.Factor / bottom.Factor / period.Factor > Smallest)
                        {
                            yield return top.Per(bottom).Per(period);
                        }
                    }
                }
            }
        }

        // Sizes too small for a decimal to hold exactly belong to no unit anyone asks for ("¢ per EFLOP/s").
        private const decimal Smallest = 1e-18m;
    }
}
