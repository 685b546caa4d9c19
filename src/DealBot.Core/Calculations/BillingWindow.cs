using DealBot.Core.Answers;
using DealBot.Core.Queries;
using DealBot.Core.Quantities;
using DealBot.Core.Text;

namespace DealBot.Core.Calculations;

/// <summary>
/// Spend over a window of billed months, with ramp months (undisclosed reduced fee) as a range. Windows are clamped
/// to the term, and the answer says so; a length in days is days × 12 ÷ 365 months (the daily-fee convention).
/// </summary>
public static class BillingWindow
{
    private const string Label = "total";

    private const string WholeMonths = "Months are billed whole; windows include both end months (\"through May 2029\" includes May 2029).";

    public static Measured Total(DealModel model, Window window, YearMonth today, AnswerBuilder b)
    {
        if (model.First is null && model.Last is { } movedEnd && movedEnd != model.Deal.End)
        {
            // "what if oracle ended in may 2028": a deal with no start month has no months to end early or late.
            return Measured.NotDisclosed(Label, $"The {model.Name} start month has not been disclosed, so I can't tell what ending in {Months.Name(movedEnd)} leaves of its term.");
        }

        // A deal disclosed as a lump sum is best answered with that sum; spreading it is only for sub-windows and for a
        // what-if of its length at the same yearly rate.
        if (model.MonthlyFee is not { } fee
            || (model.FeeDerivation is not null && window.Kind == WindowKind.ToTerm && model.TermMonthsChanged is null))
        {
            return LumpSum(model, window, b);
        }

        b.Cite(model.FeeSources);
        if (model.First is null && window.Kind == WindowKind.ToTerm
            && ((model.TermMonthsChanged ?? model.Deal.TermYears?.Value * 12m) + (model.EndShiftMonths ?? 0)) is { } months && months > 0m)
        {
            // No start month: the term (new, or the stated one under a changed fee) is its length at the monthly fee.
            ShowFee(model, b);
            var total = fee.Times(months);
            b.Step($"{model.FeeText} × {QuantityFormat.Number(months)} months = {ValueFormat.Format(total, AnswerUnit.Usd)}");
            return Measured.Number($"{Label} over {QuantityFormat.Plural(months, "month")}", total, AnswerUnit.Usd);
        }

        return window.Kind switch
        {
            WindowKind.ForDuration => ForDuration(model, fee, window, b),
            WindowKind.First or WindowKind.Next or WindowKind.Past or WindowKind.Final => Placed(model, fee, window, today, b),
            _ => Calendar(model, fee, window, today, b),
        };
    }

    /// <summary>A window wholly outside the term bills nothing: $0, with the reason as the working.</summary>
    private static Measured Nothing(string window, string reason, AnswerBuilder b)
    {
        b.Step(reason);
        return Measured.Number($"{Label} {window}", Estimate<decimal>.Exactly(0m), AnswerUnit.Usd);
    }

    /// <summary>"for 18 months", "180 days of the lease": a length billed at the full fee, wherever it falls.</summary>
    private static Measured ForDuration(DealModel model, Estimate<decimal> fee, Window window, AnswerBuilder b)
    {
        ShowFee(model, b);
        var perMonth = model.FeeText;
        Estimate<decimal> total;
        if (window.Days is { } days && window.Months is null)
        {
            total = fee.Times(12m * days / Window.DaysPerYear);
            b.Step($"{perMonth} × 12 ÷ 365 × {QuantityFormat.Count(days)} days = {ValueFormat.Format(total, AnswerUnit.Usd)}");
        }
        else
        {
            var months = window.Months ?? 12;
            total = fee.Times(months);
            b.Step($"{perMonth} × {months} months = {ValueFormat.Format(total, AnswerUnit.Usd)}");
        }

        var length = LengthText(window);
        b.Assume("Every month billed at the full fee.");
        if (RampMonths(model) > 0 && model.First is { } first)
        {
            b.Assume($"The deal's own first {length} (from {Months.Name(first)}) include ramp months at an undisclosed reduced fee: ask for \"the first {length}\" to count them.");
        }

        return Measured.Number($"{Label} for {length}", total, AnswerUnit.Usd);
    }

    /// <summary>
    /// "the first year", "next 12 months", "last 90 days", "the last 6 months of the deal": a length placed on the deal's
    /// timeline (fractional months for days), clamped to the term, with the ramp months inside it as a range.
    /// </summary>
    private static Measured Placed(DealModel model, Estimate<decimal> fee, Window window, YearMonth today, AnswerBuilder b)
    {
        var length = LengthText(window, bareOne: true);
        var label = window.Kind switch
        {
            WindowKind.First => $"first {length}",
            WindowKind.Next => $"next {length}",
            WindowKind.Past => $"last {length}",
            _ => $"final {length}",
        };

        if (window.LengthInMonths is not { } wanted || wanted <= 0)
        {
            return Measured.NotDisclosed(Label, "Tell me how long a window you mean, e.g. \"the first 12 months\" or \"the next 90 days\".");
        }

        if (model.First is not { } first)
        {
            return window.Kind == WindowKind.First
                ? Unplaced(model, fee, window, wanted, label, b)
                : Measured.NotDisclosed(Label, $"The {model.Name} start month has not been disclosed, so I can't place its {label} on the calendar. Ask for its first {length} at the even monthly fee, or its yearly cost.");
        }

        int? term = model.Last is { } end ? YearMonth.CountInclusive(first, end) : null;
        if (window.Kind == WindowKind.Final && term is null)
        {
            return Measured.NotDisclosed(Label, $"The {model.Name} end has not been disclosed, so I can't place its {label}.");
        }

        // Month positions on the deal's timeline: 0 is the start of its first billed month.
        decimal current = MonthsBetween(first, today);
        var (start, stop) = window.Kind switch
        {
            WindowKind.First => (0m, wanted),
            WindowKind.Next => (current + 1m, current + 1m + wanted),
            WindowKind.Past => (current + 1m - wanted, current + 1m),
            _ => (term!.Value - wanted, (decimal)term!.Value),
        };

        if (start < 0m && model.EarlierRampUndisclosed)
        {
            // "google's past 6 months": some of them were billed at a fee, and from a month, no source gives.
            return UndisclosedRamp(model, first);
        }

        var from = Math.Max(start, 0m);
        var to = term is { } t ? Math.Min(stop, t) : stop;
        if (to <= from)
        {
            var reason = from >= (term ?? decimal.MaxValue)
                ? $"Nothing is billed in the {label}: the {model.Name} term ended in {Months.Name(model.Last!.Value)}."
                : $"Nothing is billed in the {label}: the {model.Name} deal starts in {Months.Name(first)}.";
            return Nothing($"in the {label}", reason, b);
        }

        ShowFee(model, b);
        var firstMonth = first.AddMonths((int)decimal.Floor(from));
        var lastMonth = first.AddMonths((int)decimal.Ceiling(to) - 1);
        if (window.Days is { } days && window.Months is null)
        {
            b.Step($"{QuantityFormat.Count(days)} days = {QuantityFormat.Count(days)} × 12 ÷ 365 = {QuantityFormat.Number(wanted)} months of billing");
        }

        if (from > start)
        {
            b.Assume($"The {model.Name} deal started in {Months.Name(first)}, so the window starts there: {QuantityFormat.Number(to - from)} months are billed, not {QuantityFormat.Number(wanted)}.");
        }

        if (to < stop)
        {
            b.Assume($"The {model.Name} term ends in {Months.Name(model.Last!.Value)}, so the window stops there: {QuantityFormat.Number(to - from)} months are billed, not {QuantityFormat.Number(wanted)}.");
        }

        if (window.Kind is WindowKind.Next or WindowKind.Past)
        {
            b.Assume($"Today is in {Months.Name(today)}; \"next\" starts the month after it, \"last\" counts it in full.");
        }

        var ramp = Overlap(from, to, 0m, RampMonths(model));
        var result = Billed(model, fee, model.FeeText, (to - from - ramp, ramp), b);
        b.Assume(window.Days is null ? WholeMonths : "A part month is billed pro rata (a day is 12/365 of a month); the reduced-fee ramp months come first.");
        var span = firstMonth == lastMonth ? Months.Name(firstMonth) : $"{Months.Name(firstMonth)} – {Months.Name(lastMonth)}";
        return Measured.Number($"{Label} for the {label} ({span})", result, AnswerUnit.Usd);
    }

    /// <summary>The first months of a deal whose start month is undisclosed: the even monthly fee, up to its stated term.</summary>
    private static Measured Unplaced(DealModel model, Estimate<decimal> fee, Window window, decimal wanted, string label, AnswerBuilder b)
    {
        ShowFee(model, b);
        var months = wanted;
        if (model.Deal.TermYears is { } years && years.Value * 12m < wanted)
        {
            months = years.Value * 12m;
            b.Cite(years.SourceId).Assume($"The {model.Name} term is {QuantityFormat.Number(years.Value)} years, so the window stops there: {QuantityFormat.Number(months)} months are billed, not {QuantityFormat.Number(wanted)}.");
        }

        var total = fee.Times(months);
        if (window.Days is { } days && window.Months is null)
        {
            b.Step($"{QuantityFormat.Count(days)} days = {QuantityFormat.Count(days)} × 12 ÷ 365 = {QuantityFormat.Number(wanted)} months of billing");
        }

        b.Step($"{model.FeeText} × {QuantityFormat.Number(months)} months = {ValueFormat.Format(total, AnswerUnit.Usd)}")
         .Assume($"The {model.Name} start month has not been disclosed: its {label} are counted at the even monthly fee.");
        return Measured.Number($"{Label} for the {label}", total, AnswerUnit.Usd);
    }

    /// <summary>Windows of calendar months: to term, so far, remaining, between two months.</summary>
    private static Measured Calendar(DealModel model, Estimate<decimal> fee, Window window, YearMonth today, AnswerBuilder b)
    {
        if (model.First is not { } first || model.Last is not { } last)
        {
            return Measured.NotDisclosed(Label, $"The {model.Name} term has not been disclosed, so I can't total it.");
        }

        if (window.WithRamp && model.EarlierRampUndisclosed)
        {
            return UndisclosedRamp(model, first);
        }

        var (from, to, what) = window.Kind switch
        {
            WindowKind.SoFar => (first, today, $"so far (through {Months.Name(today)})"),
            WindowKind.Remaining => (today.AddMonths(1), last, $"remaining (from {Months.Name(today.AddMonths(1))})"),
            WindowKind.Between when window.FullRateOnly => (YearMonth.Max(window.From ?? first, model.Phase(WindowKind.FullRate).From ?? first), window.To ?? last, ""),
            WindowKind.Between => (window.From ?? first, window.To ?? last, ""),
            WindowKind.Ramp => (first, model.Phase(WindowKind.Ramp).To ?? first.AddMonths(-1), "of the ramp months"),
            WindowKind.FullRate when window.Months is { } count && model.Phase(WindowKind.FullRate).From is { } fullFrom =>
                (fullFrom, YearMonth.Min(last, fullFrom.AddMonths(count - 1)), $"of the first {QuantityFormat.Plural(count, "full-rate month")}"),
            WindowKind.FullRate => (model.Phase(WindowKind.FullRate).From ?? first, last, "of the full-rate months"),
            _ => (first, last, "to term"),
        };

        if (to < from)
        {
            return window.Kind switch
            {
                WindowKind.Between when window.FullRateOnly => Nothing($"{Months.Name(window.From ?? first)} – {Months.Name(to)} without the ramp",
                    $"Every billed month of {Months.Name(window.From ?? first)} – {Months.Name(to)} is a ramp month: the full fee starts in {Months.Name(from)}.", b),
                WindowKind.Between => Measured.NotDisclosed(Label, "That window ends before it starts."),
                WindowKind.Ramp when model.EarlierRampUndisclosed => UndisclosedRamp(model, first),
                WindowKind.Ramp => Nothing(what, $"The {model.Name} deal has no ramp months: it bills the full fee from {Months.Name(first)}.", b),
                _ => Nothing(what, $"Nothing is left: the {model.Name} term ended in {Months.Name(last)}.", b),
            };
        }

        var clippedFrom = YearMonth.Max(from, first);
        var clippedTo = YearMonth.Min(to, last);
        if (window.Kind == WindowKind.Between)
        {
            if (from < first && model.EarlierRampUndisclosed)
            {
                // "google xai q3 2026", "from september 2026": billed, at a fee and from a month no source gives; not $0.
                return UndisclosedRamp(model, first);
            }

            if (clippedTo < clippedFrom)
            {
                return Nothing($"{Months.Name(from)} – {Months.Name(to)}", $"Nothing is billed in {Months.Name(from)} – {Months.Name(to)}: the {model.Name} term is {model.Term}.", b);
            }

            // The label names the months billed, never months outside the term.
            what = $"{Months.Name(clippedFrom)} – {Months.Name(clippedTo)}";
            if (window.FullRateOnly)
            {
                b.Assume("Ramp months are left out, as asked: only months at the full fee count.");
            }
            else if (clippedFrom != from)
            {
                b.Assume($"The {model.Name} term starts in {Months.Name(first)}, so nothing is billed before it (you asked from {Months.Name(from)}).");
            }

            if (clippedTo != to)
            {
                b.Assume($"The {model.Name} term ends in {Months.Name(last)}, so the window stops there (you asked through {Months.Name(to)}).");
            }
        }

        ShowFee(model, b);
        var result = model.FeeFrom is { } switchMonth && model.FeeBefore is { } before && switchMonth > from
            ? SplitAt(model, before, fee, from, to, switchMonth, b)
            : Billed(model, fee, model.FeeText, model.BilledMonths(from, to), b);
        if (window.Kind is WindowKind.SoFar or WindowKind.Remaining)
        {
            b.Assume($"Today is in {Months.Name(today)}; \"so far\" counts the current month in full.");
        }

        b.Assume(WholeMonths);
        return Measured.Number($"{Label} {what}".TrimEnd(), result, AnswerUnit.Usd);
    }

    /// <summary>A what-if's fee changed part-way: the catalog fee before <paramref name="switchMonth"/>, the new fee from it.</summary>
    private static Estimate<decimal> SplitAt(DealModel model, Estimate<decimal> before, Estimate<decimal> after, YearMonth from, YearMonth to,
        YearMonth switchMonth, AnswerBuilder b)
    {
        var earlier = Billed(model, before, ValueFormat.Format(before, AnswerUnit.UsdPerMonth), model.BilledMonths(from, YearMonth.Min(to, switchMonth.AddMonths(-1))), b);
        if (switchMonth > to)
        {
            return earlier;
        }

        var later = Billed(model, after, model.FeeText, model.BilledMonths(switchMonth, to), b);
        var total = earlier.Plus(later);
        b.Step($"Before {Months.Name(switchMonth)} + from {Months.Name(switchMonth)} = {ValueFormat.Format(total, AnswerUnit.Usd)}");
        return total;
    }

    /// <summary>Full-rate months at the fee plus ramp months from $0 (low) to the full fee (high), midpoint half rate.</summary>
    private static Estimate<decimal> Billed(DealModel model, Estimate<decimal> fee, string feeText, (decimal Full, decimal Ramp) months, AnswerBuilder b)
    {
        var (full, ramp) = months;
        var fullSpend = fee.Times(full);
        b.Step($"Full rate: {feeText} × {QuantityFormat.Number(full)} months = {ValueFormat.Format(fullSpend, AnswerUnit.Usd)}");
        if (ramp <= 0)
        {
            return fullSpend;
        }

        if (model.RampFeeFactor is { } factor)
        {
            var changed = fee.Times(ramp * factor);
            b.Step($"Ramp: {QuantityFormat.Number(ramp)} months before {Months.Name(model.FullRateStart!.Value)} at {QuantityFormat.Percent(factor * 100m)} of the fee (your what-if) → adds {ValueFormat.Format(changed, AnswerUnit.Usd)}");
            return fullSpend.Plus(changed);
        }

        var rampSpend = new Estimate<decimal>(0m, fee.Value * ramp / 2m, fee.High * ramp);
        b.Step($"Ramp: {QuantityFormat.Number(ramp)} months before {Months.Name(model.FullRateStart!.Value)} at a reduced fee that was not disclosed → adds {QuantityFormat.Usd(0)}–{QuantityFormat.Usd(rampSpend.High)} (midpoint: half rate)");
        return fullSpend.Plus(rampSpend);
    }

    /// <summary>For a lump-sum deal, how its monthly fee was derived: the first step of any window's arithmetic.</summary>
    private static void ShowFee(DealModel model, AnswerBuilder b)
    {
        if (model.FeeDerivation is { } derivation)
        {
            b.Step(derivation).Assume("Spread evenly over the term.");
        }
    }

    /// <summary>Months billed at the undisclosed reduced fee before the full rate starts.</summary>
    private static int RampMonths(DealModel model) =>
        model.First is { } first && model.FullRateStart is { } full && full > first ? YearMonth.CountInclusive(first, full) - 1 : 0;

    /// <summary>Whole months from <paramref name="from"/> to <paramref name="to"/>; negative when <paramref name="to"/> is earlier.</summary>
    private static int MonthsBetween(YearMonth from, YearMonth to) =>
        to >= from ? YearMonth.CountInclusive(from, to) - 1 : 1 - YearMonth.CountInclusive(to, from);

    private static decimal Overlap(decimal from, decimal to, decimal start, decimal end) => Math.Max(0m, Math.Min(to, end) - Math.Max(from, start));

    /// <summary>"12 months", "month", "180 days": the window's length as the answer names it.</summary>
    private static string LengthText(Window window, bool bareOne = false) => window switch
    {
        { Months: 1 } when bareOne => "month",
        { Months: { } months } => QuantityFormat.Plural(months, "month"),
        { Days: 1 } when bareOne => "day",
        { Days: { } days } => QuantityFormat.Plural(days, "day"),
        _ => "12 months",
    };

    private static Measured LumpSum(DealModel model, Window window, AnswerBuilder b)
    {
        // "oracle total if the total were $350B": the what-if's total is the answer, not the disclosed one.
        if (model.SpreadTotalUsd is { } newTotal && window.Kind == WindowKind.ToTerm)
        {
            return Measured.Number(Label, EstimateMath.Exactly(newTotal), AnswerUnit.Usd);
        }

        if (model.Deal.TotalValueUsd is { } total && window.Kind == WindowKind.ToTerm)
        {
            b.Cite(total.SourceId);
            var value = new Estimate<decimal>(total.LowOrValue, total.Value, total.HighOrValue);
            b.Step($"Disclosed total contract value: {ValueFormat.Format(value, AnswerUnit.Usd)}");
            return Measured.Number("total contract value", value, AnswerUnit.Usd);
        }

        return Measured.NotDisclosed(Label, $"No source discloses what {model.Name} costs per month or over that window.");
    }

    /// <summary>Months before a full rate whose ramp's fee and first month no source gives: billed, but not $0.</summary>
    private static Measured UndisclosedRamp(DealModel model, YearMonth first) =>
        Measured.NotDisclosed(Label, string.Format(System.Globalization.CultureInfo.InvariantCulture, AnswerMessages.UndisclosedRampFormat, model.Name, Months.Name(first)));
}
