using System.Globalization;
using DealBot.Core.Calculations;
using DealBot.Core.Quantities;
using DealBot.Core.Queries;
using DealBot.Core.Text;
using DealBot.Core.Units;

namespace DealBot.Core.Answers;

/// <summary>
/// A fee rising by a share every year (<see cref="Escalation"/>): its rate in one year ("the monthly fee in year 3"),
/// its total over a number of years, or its total over a deal's billed months, deal year by deal year, ramp included.
/// The base is the rate the user typed, or else the deal's fee.
/// </summary>
internal static class Escalated
{
    /// <summary>Years listed one by one in the working; a longer schedule shows its first years and its total.</summary>
    private const int ListedYears = 10;

    private static readonly Unit PerMonth = Prelude.Usd.Per(Prelude.Month);
    private static readonly Unit PerYear = Prelude.Usd.Per(Prelude.Year);

    public static Answer Answer(AnswerBuilder b, DealQuery query, DealModel? model)
    {
        var rate = query.Escalation!.Value;
        var percent = UnitFormat.Number(rate * 100m);
        var growth = UnitFormat.Number(1m + rate);
        Quantity basis;
        string basisLabel;
        var typedBase = false;
        if (query.Given.FirstOrDefault(g => g.Quantity.Dimension == Dimension.Money / Dimension.Time) is { } typed)
        {
            typedBase = true;
            (basis, basisLabel) = (typed.Quantity, typed.Label);
        }
        else if (model?.MonthlyFee is { } fee)
        {
            (basis, basisLabel) = (Quantity.Of(fee.Low, fee.Value, fee.High, PerMonth), $"{model.FeeText} fee");
            b.Deal(model.Deal.Id).Cite(model.FeeSources);
            if (query.DealIds.Count == 0)
            {
                b.Assume(string.Format(CultureInfo.InvariantCulture, AnswerMessages.DefaultDealFormat, model.Name));
            }
        }
        else
        {
            return Refusal(b, string.Format(CultureInfo.InvariantCulture, AnswerMessages.EscalationWithoutFeeFormat, model?.Name ?? "that deal"));
        }

        b.Assume(string.Format(CultureInfo.InvariantCulture, AnswerMessages.EscalationFormat, percent));
        if (query.EscalationYear is { } year)
        {
            // Asked in dollars, the year's total: its yearly rate over one year.
            var unit = query.Target is { } t && (t.Dimension == basis.Dimension || t == Prelude.Usd) ? t : PerYear;
            var inYear = basis * Escalation.Factor(rate, year);
            inYear = unit == Prelude.Usd ? inYear * Quantity.Of(1m, Prelude.Year) : inYear;
            var (low, value, high) = inYear.In(unit)!.Value;
            var formatted = UnitFormat.Format(low, value, high, unit);
            b.Step($"{basisLabel} × {growth}^{year - 1}{(unit == Prelude.Usd ? " over the year" : "")} = {formatted}");
            return b.Build(Intents.WhatIf, $"{formatted} — in year {year}, up {percent}% a year from {basisLabel}", new Estimate<decimal>(low, value, high), unit);
        }

        // "at full rate": whole years at the full fee, no ramp.
        var dealMonths = typedBase || query.Window is { Kind: WindowKind.FullRate } ? null : model is { First: { } f, Last: { } l, MonthlyFee: { } m } ? (f, l, m) : ((YearMonth, YearMonth, Estimate<decimal>)?)null;
        if (query.Given.FirstOrDefault(g => g.Quantity.Dimension == Dimension.Time) is { } length)
        {
            var years = length.Quantity.In(Prelude.Year)!.Value.Value;
            if (years != decimal.Truncate(years) || years is < 1m or > Escalation.MaxYears)
            {
                return Refusal(b, AnswerMessages.EscalationYears);
            }

            // "the first 3 years of the deal" from the deal's fee: its own months, ramp included.
            return dealMonths is var (start, end, monthly)
                ? OverTerm(b, model!, monthly, start, YearMonth.Min(end, start.AddMonths(((int)years * 12) - 1)), rate, percent, growth)
                : OverYears(b, basis, (int)years, rate, percent, growth);
        }

        if (dealMonths is var (first, last, monthlyFee) && query.Given.Count == 0)
        {
            return OverTerm(b, model!, monthlyFee, first, last, rate, percent, growth);
        }

        return model?.Deal.TermYears is { Value: var term } && term == decimal.Truncate(term) && term is >= 1m and <= Escalation.MaxYears
            ? OverYears(b, basis, (int)term, rate, percent, growth)
            : Refusal(b, AnswerMessages.EscalationYears);
    }

    /// <summary>Year 1 at the yearly base, each later year the one before times (1 + rate).</summary>
    private static Answer OverYears(AnswerBuilder b, Quantity basis, int years, decimal rate, string percent, string growth)
    {
        var (low, value, high) = basis.In(PerYear)!.Value;
        var yearly = UnitFormat.Format(low, value, high, PerYear);
        for (var year = 1; year <= Math.Min(years, ListedYears); year++)
        {
            var factor = Escalation.Factor(rate, year);
            var amount = ValueFormat.Format(new Estimate<decimal>(low * factor, value * factor, high * factor), AnswerUnit.Usd);
            b.Step(year == 1 ? $"Year 1: {yearly} × 1 = {amount}" : $"Year {year}: {yearly} × {growth}^{year - 1} = {amount}");
        }

        var sum = Escalation.Total(rate, years);
        var total = new Estimate<decimal>(low * sum, value * sum, high * sum);
        var formatted = ValueFormat.Format(total, AnswerUnit.Usd);
        b.Step($"Total of {years} years: {formatted}");
        return b.Build(Intents.WhatIf, $"{formatted} — {years} years from {yearly}, up {percent}% a year", total, AnswerUnit.Usd);
    }

    /// <summary>
    /// The deal's billed months, deal year by deal year from its first month: full months at that year's fee, ramp months
    /// at the ramp's share of it (undisclosed: $0 to the full fee, half as the value).
    /// </summary>
    private static Answer OverTerm(AnswerBuilder b, DealModel model, Estimate<decimal> fee, YearMonth first, YearMonth last, decimal rate, string percent, string growth)
    {
        var (rampLow, rampValue, rampHigh) = model.RampFeeFactor is { } share ? (share, share, share) : (0m, 0.5m, 1m);
        var (low, value, high) = (0m, 0m, 0m);
        var years = (YearMonth.CountInclusive(first, last) + 11) / 12;
        if (years > Escalation.MaxYears)
        {
            return Refusal(b, AnswerMessages.EscalationYears);
        }

        for (var year = 1; year <= years; year++)
        {
            var from = first.AddMonths((year - 1) * 12);
            var to = YearMonth.Min(from.AddMonths(11), last);
            var (full, ramp) = model.BilledMonths(from, to);
            var factor = Escalation.Factor(rate, year);
            var (yearLow, yearValue, yearHigh) = (fee.Low * factor * (full + (rampLow * ramp)), fee.Value * factor * (full + (rampValue * ramp)), fee.High * factor * (full + (rampHigh * ramp)));
            (low, value, high) = (low + yearLow, value + yearValue, high + yearHigh);
            if (year <= ListedYears)
            {
                var monthly = ValueFormat.Format(fee.Times(factor), AnswerUnit.UsdPerMonth);
                var rampText = ramp == 0 ? "" : $" + {ramp} ramp months at {(model.RampFeeFactor is null ? "an undisclosed reduced fee (half as the midpoint)" : "the ramp's share")}";
                b.Step($"Year {year} ({Months.Name(from)} – {Months.Name(to)}): {model.FeeText} × {growth}^{year - 1} = {monthly} × {full} months{rampText} = {ValueFormat.Format(new Estimate<decimal>(yearLow, yearValue, yearHigh), AnswerUnit.Usd)}");
            }
        }

        var total = new Estimate<decimal>(low, value, high);
        var formatted = ValueFormat.Format(total, AnswerUnit.Usd);
        var months = $"{Months.Name(first)} – {Months.Name(last)}";
        b.Step($"Total {months}: {formatted}");
        return b.Build(Intents.WhatIf, $"{formatted} — {model.Name}, total {months} with the fee up {percent}% a year", total, AnswerUnit.Usd);
    }

    private static Answer Refusal(AnswerBuilder b, string reason) => Composed.Refusal(b, reason, AnswerMessages.EscalationExamples);
}
