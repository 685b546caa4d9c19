using DealBot.Core.Answers;
using DealBot.Core.Queries;
using DealBot.Core.Quantities;
using DealBot.Core.Text;

namespace DealBot.Core.Calculations;

/// <summary>Spend over a window of billed months, with ramp months (undisclosed reduced fee) as a range.</summary>
public static class BillingWindow
{
    public static Measured Total(DealModel model, Window window, YearMonth today, AnswerBuilder b)
    {
        const string label = "total";

        // A deal disclosed as a lump sum is best answered with that sum; spreading it is only for sub-windows.
        if (model.MonthlyFee is not { } fee || (model.FeeDerivation is not null && window.Kind == WindowKind.ToTerm))
        {
            return LumpSum(model, window, b);
        }

        b.Cite(model.FeeSources);
        if (window.Kind == WindowKind.ForDuration)
        {
            var months = window.Months ?? 12;
            var total = fee.Times(months);
            b.Step($"{ValueFormat.Format(fee, AnswerUnit.UsdPerMonth)} × {months} months = {ValueFormat.Format(total, AnswerUnit.Usd)}");
            b.Assume("Every month billed at the full fee.");
            return Measured.Number($"total for {QuantityFormat.Plural(months, "month")}", total, AnswerUnit.Usd);
        }

        if (model.First is not { } first || model.Last is not { } last)
        {
            return Measured.NotDisclosed(label, $"The {model.Name} term has not been disclosed, so I can't total it.");
        }

        var (from, to, what) = window.Kind switch
        {
            WindowKind.SoFar => (first, today, $"so far (through {Months.Name(today)})"),
            WindowKind.Remaining => (today.AddMonths(1), last, $"remaining (from {Months.Name(today.AddMonths(1))})"),
            WindowKind.Between => (window.From ?? first, window.To ?? last, ""),
            _ => (first, last, "to term"),
        };

        if (to < from)
        {
            return window.Kind == WindowKind.Between
                ? Measured.NotDisclosed(label, "That window ends before it starts.")
                : Measured.NotDisclosed(label, $"Nothing is left: the {model.Name} term ended in {Months.Name(last)}.");
        }

        var clippedFrom = YearMonth.Max(from, first);
        var clippedTo = YearMonth.Min(to, last);
        if (window.Kind == WindowKind.Between)
        {
            what = $"{Months.Name(from)} – {Months.Name(to)}";
            if (clippedFrom != from || clippedTo != to)
            {
                b.Assume($"Only months inside the term ({model.Term}) are billed.");
            }
        }

        var (full, ramp) = model.BilledMonths(from, to);
        var fullSpend = fee.Times(full);
        b.Step($"Full rate: {ValueFormat.Format(fee, AnswerUnit.UsdPerMonth)} × {full} months = {ValueFormat.Format(fullSpend, AnswerUnit.Usd)}");
        var result = fullSpend;
        if (ramp > 0)
        {
            var rampSpend = new Estimate<decimal>(0m, fee.Value * ramp / 2m, fee.High * ramp);
            b.Step($"Ramp: {ramp} months before {Months.Name(model.FullRateStart!.Value)} at a reduced fee that was not disclosed → adds {QuantityFormat.Usd(0)}–{QuantityFormat.Usd(rampSpend.High)} (midpoint: half rate)");
            result = fullSpend.Plus(rampSpend);
        }

        if (window.Kind is WindowKind.SoFar or WindowKind.Remaining)
        {
            b.Assume($"Today is in {Months.Name(today)}; \"so far\" counts the current month in full.");
        }

        b.Assume("Months are billed whole; windows include both end months (\"through May 2029\" includes May 2029).");
        return Measured.Number($"{label} {what}".TrimEnd(), result, AnswerUnit.Usd);
    }

    private static Measured LumpSum(DealModel model, Window window, AnswerBuilder b)
    {
        if (model.Deal.TotalValueUsd is { } total && window.Kind == WindowKind.ToTerm)
        {
            b.Cite(total.SourceId);
            var value = new Estimate<decimal>(total.LowOrValue, total.Value, total.HighOrValue);
            b.Step($"Disclosed total contract value: {ValueFormat.Format(value, AnswerUnit.Usd)}");
            return Measured.Number("total contract value", value, AnswerUnit.Usd);
        }

        return Measured.NotDisclosed("total", $"No source discloses what {model.Name} costs per month or over that window.");
    }
}
