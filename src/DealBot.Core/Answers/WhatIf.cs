using DealBot.Core.Calculations;
using DealBot.Core.Queries;
using DealBot.Core.Quantities;
using DealBot.Core.Text;

namespace DealBot.Core.Answers;

/// <summary>A deal with parameters changed, side by side with the original.</summary>
internal static class WhatIf
{
    public static Answer Answer(Answerer answerer, DealQuery query, (YearMonth Month, DateOnly Date) today)
    {
        var deal = answerer.DealFor(query);
        if (query.Changes is not { IsEmpty: false } changes)
        {
            return answerer.Answer(DealQuery.Unknown(AnswerMessages.NothingChanged, AnswerMessages.Examples.Skip(4).Take(2).ToArray()));
        }

        var measure = query.Measure != Measure.Summary ? query.Measure : changes.NaturalMeasure;
        var model = answerer.Model(deal);
        if (changes.RampFeeFactor is not null && (model.First is null || model.FullRateStart is null || model.First == model.FullRateStart))
        {
            // "if the google-xai ramp had been billed at full rate": with no ramp months known the change would change nothing.
            return answerer.Answer(DealQuery.Unknown(string.Format(System.Globalization.CultureInfo.InvariantCulture, AnswerMessages.NoRampFormat, deal.Name), []));
        }

        if (changes.FeeFactor is not null && model.MonthlyFee is null)
        {
            // "what if it cost 10% less?" of a deal with no disclosed price: a share of nothing.
            return answerer.Answer(DealQuery.Unknown(string.Format(System.Globalization.CultureInfo.InvariantCulture, AnswerMessages.NoFeeToChangeFormat, deal.Name), []));
        }

        var changed = DealModel.Create(deal, answerer.Catalog, changes);
        if (changes.Total is not null && !changed.TotalSpread)
        {
            // "what if google's deal totalled $40B": the months to spread it over are not all known.
            return answerer.Answer(DealQuery.Unknown(string.Format(System.Globalization.CultureInfo.InvariantCulture, AnswerMessages.TotalNotSpreadFormat, deal.Name), []));
        }

        var before = DealMeasures.Evaluate(model, measure, query, today.Month, today.Date, new AnswerBuilder(answerer.Catalog));

        // Formatted and described once: each is shown twice.
        var described = Describe(changes);
        var original = before.Formatted;
        return answerer.Single(query, b =>
        {
            b.Step("What changes: " + described);
            if (query.ScenarioCarried)
            {
                b.Step(AnswerMessages.ScenarioCarried);
            }

            var after = DealMeasures.Evaluate(changed, measure, query, today.Month, today.Date, b);
            b.Step($"Original {deal.Name}: {original}");
            if (before.Value is { } was && after.Value is { } now && was.Value != 0)
            {
                b.Step($"What-if: {after.Formatted} ({QuantityFormat.Change((now.Value / was.Value - 1m) * 100m)} against the original)");
            }

            if (query.Contrast == Contrast.Difference && before.Value is { } from && after.Value is { } to && before.Unit == after.Unit)
            {
                // "how much less would anthropic pay": the change, not the new figure. Both figures rest on the same uncertain
                // facts (the ramp's fee, the GPU count), so their ends are taken together.
                var more = to.Value >= from.Value;
                var sign = more ? 1m : -1m;
                var (one, other) = (sign * (to.Low - from.Low), sign * (to.High - from.High));
                var change = new Estimate<decimal>(Math.Max(0m, Math.Min(one, other)), sign * (to.Value - from.Value), Math.Max(one, other));
                var formatted = ValueFormat.Format(change, after.Unit!.Value);
                b.Step($"{(more ? after.Formatted : original)} − {(more ? original : after.Formatted)} = {formatted}");
                return after with { Value = change, Label = $"{(more ? "more" : "less")} {after.Label} if {described} ({after.Formatted} against {original})" };
            }

            return after with { Label = $"{after.Label} if {described} (original: {original})" };
        }, Intents.WhatIf, deal.Name);
    }

    public static string Describe(DealChanges c)
    {
        var parts = new List<string>();
        var from = c.FeeFrom is { } switchMonth ? $" from {Months.Name(switchMonth)}" : "";
        if (c.MonthlyFee is { } fee)
        {
            parts.Add($"the fee were {QuantityFormat.Money(fee)}/month{from}");
        }

        if (c.Total is { } total)
        {
            parts.Add($"the total were {QuantityFormat.Money(total)}");
        }

        if (c.Power is { } power)
        {
            parts.Add($"the power were {QuantityFormat.Power(power)}");
        }

        if (c.PowerFactor is { } powerFactor)
        {
            parts.Add($"it had {Times(powerFactor)} the power");
        }

        if (c.Start is { } start)
        {
            parts.Add($"it started in {Months.Name(start)}");
        }

        if (c.End is { } end)
        {
            parts.Add($"it ended in {Months.Name(end)}");
        }

        if (c.Gpus is { } gpus)
        {
            parts.Add($"it had {QuantityFormat.Count(gpus)} GPUs");
        }

        if (c.GpusFactor is { } gpusFactor)
        {
            parts.Add($"it had {Times(gpusFactor)} the GPUs");
        }

        if (c.FeeFactor is { } factor)
        {
            parts.Add((factor > 1m && decimal.IsInteger(factor) ? $"the fee were {Times(factor)} as high"
                : factor < 1m ? $"the fee were {QuantityFormat.Percent((1m - factor) * 100m)} lower" : $"the fee were {QuantityFormat.Percent((factor - 1m) * 100m)} higher") + from);
        }

        if (c.TermMonths is { } months)
        {
            parts.Add(c.TotalKept ? $"its total were spread over {QuantityFormat.Count(months)} months" : $"it ran {QuantityFormat.Count(months)} months from its start");
        }

        if (c.RampFeeFactor is { } ramp)
        {
            parts.Add(ramp == 0m ? "the ramp months were free" : ramp == 1m ? "the ramp months were billed at the full fee"
                : $"the ramp months were billed at {QuantityFormat.Percent(ramp * 100m)} of the fee");
        }

        if (c.FeeScales)
        {
            parts.Add("the fee moved in proportion");
        }
        else if (c.Resizes && c.MonthlyFee is null && c.FeeFactor is null)
        {
            parts.Add("the fee stayed the same");
        }

        if (c.EndShiftMonths is { } shift)
        {
            parts.Add($"it ended {QuantityFormat.Count(Math.Abs(shift))} months {(shift < 0 ? "earlier" : "later")}");
        }

        return string.Join(" and ", parts);
    }

    /// <summary>"twice", "half", "3×": a factor as the what-if said it.</summary>
    private static string Times(decimal factor) => factor switch
    {
        2m => "twice",
        0.5m => "half",
        _ => $"{QuantityFormat.Count(factor)}×",
    };
}
