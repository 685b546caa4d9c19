using System.Text;
using DealBot.Core.Calculations;
using DealBot.Core.Catalog;
using DealBot.Core.Quantities;
using DealBot.Core.Queries;
using DealBot.Core.Text;
using DealBot.Core.Units;

namespace DealBot.Core.Answers;

/// <summary>
/// Answers in the unit a question asks for. The user's own amounts are composed by dimensional analysis
/// (<see cref="Composer"/>); a deal's measure is converted when its dimension is the one asked, and otherwise the
/// deal's facts (fee, power, GPUs) are composed into it. None or several compositions: a refusal that says what is
/// missing, never a number for a question that was not fully understood.
/// </summary>
internal static class Composed
{
    /// <summary>
    /// <see cref="QueryKind.Compose"/>: the user's amounts alone, or with a deal's facts when the question applies the
    /// deal's rate to them ("at the same rate, what would 1 GW cost a year").
    /// </summary>
    public static Answer Answer(AnswerBuilder b, DealQuery query, DealModel? model)
    {
        if (query.Target is not { } target)
        {
            return Refusal(b, AnswerMessages.NoTarget);
        }

        if (model is not null)
        {
            b.Deal(model.Deal.Id);
        }

        if (query.Changes is { } changes)
        {
            b.Step($"{AnswerMessages.ScenarioCarried} What changes: {WhatIf.Describe(changes)}.");
        }

        var facts = model is not null ? Facts(model, query.Measure, LengthAsked(query, target))
            : query.AcceleratorId is { } chip && b.Catalog.FindHardware(chip)?.AllInTerm() is { } allIn ? [allIn] : [];
        return FromFits(b, query, Composer.Compose(query.Given, facts, target.Dimension), target, model?.Name);
    }

    /// <summary>
    /// A measured deal answer in the asked unit: converted when the dimensions agree, composed from the deal's facts
    /// when they do not, refused when neither works. Null when the measure is already in the asked unit.
    /// </summary>
    public static Answer? InAskedUnit(AnswerBuilder b, DealQuery query, Measured measured, DealModel? model, string intent, YearMonth today)
    {
        var measuredUnit = measured.Unit?.ToUnit();
        // "oracle per month in millions": the asked unit's money scaled, whether the unit was said or is the measure's.
        var target = (query.Target ?? measuredUnit) is { } unscaled ? Scaled(unscaled, query.TargetScale) : null;
        if (target is null)
        {
            return Refusal(b, AnswerMessages.NoTarget);
        }

        if (query.Window is { } window && target.Dimension == Dimension.Time)
        {
            return model is null ? Refusal(b, AnswerMessages.NoTarget) : WindowLength(new AnswerBuilder(b.Catalog), window, model, target, today, dealNamed: query.DealIds.Count > 0);
        }

        // "xai GPU-hours in 2027": an amount that grows with time, which the deal's facts make over the whole term only.
        if (query.Window is { Kind: not WindowKind.ToTerm } && target.Dimension[BaseDimension.Time] > 0 && target.Dimension[BaseDimension.Money] == 0)
        {
            return Refusal(b, string.Format(System.Globalization.CultureInfo.InvariantCulture, AnswerMessages.AmountOverWindowFormat, UnitFormat.Words(target)));
        }

        // "what percent of the deal has been paid so far", "what share of the total falls in 2027": a share of one figure in
        // another, which the deal's facts alone would only make as a figure over itself.
        if (target.Dimension == Dimension.None && measuredUnit?.Dimension != Dimension.None)
        {
            return Refusal(b, AnswerMessages.ShareOfFigure);
        }

        // "per GPU-hour during the ramp": the measure found no figure for those months, and the deal's facts know no months.
        if (measured.Value is null && measured.Missing is not null && query.Window is { Kind: not WindowKind.ToTerm })
        {
            return null;
        }

        // "energy per month" asked "in GWh a month": the measure's amount over its period.
        var over = "";
        if (measuredUnit is not null && measuredUnit.Dimension != target.Dimension && DealMeasures.PeriodOf(query.Measure) is { } counted
            && measuredUnit.Per(counted).Dimension == target.Dimension)
        {
            (measuredUnit, over) = (measuredUnit.Per(counted), " a " + counted.Singular);
        }

        if (measured.Value is { } value && measuredUnit is not null && measuredUnit.Dimension == target.Dimension)
        {
            if (over.Length == 0 && measuredUnit.Factor == target.Factor)
            {
                return null;
            }

            var converted = Quantity.Of(value.Low, value.Value, value.High, measuredUnit).In(target)!.Value;
            var estimate = new Estimate<decimal>(converted.Low, converted.Value, converted.High);
            var formatted = UnitFormat.Format(converted.Low, converted.Value, converted.High, target);
            b.Step($"{ValueFormat.Format(value, measured.Unit!.Value)}{over} = {formatted}");
            // "FLOP per month" asked in PFLOP/s: the unit asked names the period, so the measure's own leaves the label.
            var ownPeriod = over.Length > 0 ? " per" + over[2..] : "";
            var measure = ownPeriod.Length > 0 && measured.Label.EndsWith(ownPeriod, StringComparison.Ordinal) ? measured.Label[..^ownPeriod.Length] : measured.Label;
            var label = $"{measure}, in {UnitFormat.Words(target)}";
            var headline = model is null ? $"{formatted} — {label}" : $"{formatted} — {model.Name}, {label}";
            return b.Build(intent, headline, estimate, target);
        }

        if (measured.Value is { } total && measured.Unit == AnswerUnit.Usd && query.Duration is { } period && period.Hours > 0m
            && target.Dimension == Dimension.Money / Dimension.Time)
        {
            // "10,000 H100s at $2.50/hr, per year?": the cost over the period asked, as a rate.
            var rate = Quantity.Of(total.Low, total.Value, total.High, Prelude.Usd) / Quantity.Of(period.Hours, Prelude.Hour);
            var (low, perTime, high) = rate.In(target)!.Value;
            var formatted = UnitFormat.Format(low, perTime, high, target);
            b.Step($"{ValueFormat.Format(total, AnswerUnit.Usd)} ÷ {QuantityFormat.Duration(period)} = {formatted}");
            return b.Build(intent, $"{formatted} — {measured.Label}", new Estimate<decimal>(low, perTime, high), target);
        }

        // "oracle homes" then "per GW?": the count measured, over the deal's power or GPUs.
        if (model is not null && measured.Value is { } things && measuredUnit is not null && Prelude.CountOf(measuredUnit.Dimension) is not null
            && target.Dimension != measuredUnit.Dimension && (target.Dimension / measuredUnit.Dimension) is var perThing
            && perThing[BaseDimension.Money] == 0 && perThing[BaseDimension.Time] == 0 && !perThing.IsDimensionless
            && !(Dimension.None / perThing).HasDenominator())
        {
            var count = new Term($"{ValueFormat.Format(things, measured.Unit!.Value)} ({measured.Label})", Quantity.Of(things.Low, things.Value, things.High, measuredUnit)) { Given = true };
            var scale = Facts(model, query.Measure, null).Where(f => f.Quantity.Dimension[BaseDimension.Money] == 0 && f.Quantity.Dimension[BaseDimension.Time] == 0
                && f.Quantity.Dimension != measuredUnit.Dimension).ToList();
            return FromFits(b, query, Composer.Compose([count], scale, target.Dimension), target, model.Name);
        }

        if (model is not null && measured.Value is { } sum && measured.Unit == AnswerUnit.Usd && query.Measure == Measure.Total
            && target.Dimension[BaseDimension.Money] == 1 && target.Dimension[BaseDimension.Time] == 0)
        {
            // "xai total per gpu", "iren $ per watt": the total as measured, ramp and range included, over the deal's GPUs or
            // power; its working stays above the division.
            var whole = new Term($"{ValueFormat.Format(sum, AnswerUnit.Usd)} total", Quantity.Of(sum.Low, sum.Value, sum.High, Prelude.Usd)) { Given = true };
            var scale = Facts(model, query.Measure, null).Where(f => f.Quantity.Dimension[BaseDimension.Money] == 0 && f.Quantity.Dimension[BaseDimension.Time] == 0).ToList();
            return FromFits(b, query, Composer.Compose([.. query.Given, whole], scale, target.Dimension), target, model.Name);
        }

        if (model is null)
        {
            return Refusal(b, string.Format(System.Globalization.CultureInfo.InvariantCulture, AnswerMessages.WrongDimensionFormat,
                UnitFormat.Words(target), measured.Label, measuredUnit is null ? "words" : UnitFormat.Words(measuredUnit)));
        }

        // "xai energy per year" then "in MWh per GPU?": the period asked before stays in the unit (MWh per GPU per year).
        // "MWh per GPU per year" is already a rate (one time fewer than an amount of energy) and is answered as asked.
        if (DealMeasures.PeriodOf(query.Measure) is { } asked && measuredUnit is not null
            && target.Dimension[BaseDimension.Time] == measuredUnit.Dimension[BaseDimension.Time])
        {
            target = target.Per(asked);
        }

        else if (RatePeriod(query.Measure) is { } per && target.Dimension[BaseDimension.Money] == 0 && target.Dimension[BaseDimension.Time] > 0
            && target.Dimension != Dimension.Time)
        {
            // "how many gpu hours does anthropic get per month": the period asked divides the unit, or the term's sum answers.
            // A length alone ("how many weeks of xai fees equal $10B") is no amount per period.
            target = target.Per(per);
        }

        var fits = Composer.Compose(query.Given, Facts(model, query.Measure, LengthAsked(query, target)), target.Dimension);
        if (fits.Count != 1 && measured.Missing is not null)
        {
            // "per year" of a deal whose price is undisclosed: the measure's own "no source gives…" says more.
            return null;
        }

        var fresh = new AnswerBuilder(b.Catalog);
        fresh.Deal(model.Deal.Id);
        return FromFits(fresh, query, fits, target, model.Name);
    }

    /// <summary>The period a cost rate is said per ("per month", "a year"), which a unit asked beside it keeps.</summary>
    private static Unit? RatePeriod(Measure measure) => measure switch
    {
        Measure.MonthlyCost => Prelude.Month,
        Measure.YearlyCost => Prelude.Year,
        Measure.DailyCost => Prelude.Day,
        Measure.WeeklyCost => Prelude.Week,
        Measure.HourlyCost => Prelude.Hour,
        _ => null,
    };

    /// <summary>
    /// "how many months from Aug 2026 through Jan 2028", "how many years left on the xai deal": the length of the window
    /// (both end months included; "left" counts from the month after this one to the deal's end; of a deal named, only
    /// the months it bills), in the asked unit.
    /// </summary>
    private static Answer WindowLength(AnswerBuilder b, Window window, DealModel model, Unit target, YearMonth today, bool dealNamed)
    {
        var (from, to) = window.Kind switch
        {
            WindowKind.Between => (window.From ?? model.First, window.To ?? model.Last),
            WindowKind.SoFar => (model.First, today),
            WindowKind.Remaining => (today.AddMonths(1), model.Last),
            WindowKind.ToTerm => (model.First, model.Last),
            WindowKind.FullRate when window.Months is { } count && model.Phase(WindowKind.FullRate) is ({ } full, { } end) =>
                (full, YearMonth.Min(end, full.AddMonths(count - 1))),
            WindowKind.Ramp or WindowKind.FullRate => model.Phase(window.Kind),
            _ => ((YearMonth?)null, (YearMonth?)null),
        };

        decimal months;
        string working;
        if (model.EarlierRampUndisclosed && (window.Kind is WindowKind.Ramp or WindowKind.ToTerm or WindowKind.SoFar || window is { Kind: WindowKind.Between, From: null }))
        {
            // "how many months did google's ramp last", "how long is the google deal": billed before the full rate, from a
            // month no source gives.
            return Refusal(b, string.Format(System.Globalization.CultureInfo.InvariantCulture, AnswerMessages.UndisclosedRampFormat, model.Name, Months.Name(model.First!.Value)));
        }

        if (window.Kind == WindowKind.Ramp && from is { } start && (to is null || to < start))
        {
            // The full rate from the first month: no ramp.
            (months, working) = (0m, $"{model.Name} bills the full fee from {Months.Name(start)}");
        }
        else if (from is { } f && to is { } t)
        {
            // "how many months of the xai deal are in 2029": the deal's months in the window; with no deal named, the calendar's.
            var (first, last) = dealNamed ? (model.First is { } billedFrom && billedFrom > f ? billedFrom : f, model.Last is { } billedTo && billedTo < t ? billedTo : t) : (f, t);
            months = last < first ? 0m : YearMonth.CountInclusive(first, last);
            working = last < first ? $"{model.Name} bills no month from {Months.Name(f)} through {Months.Name(t)}"
                : $"{Months.Name(first)} through {Months.Name(last)}, both months included" + (first != f || last != t ? $" (of {Months.Name(f)} – {Months.Name(t)}, the months {model.Name} bills)" : "");
        }
        else if (window.LengthInMonths is { } length)
        {
            months = length;
            working = "the length you gave";
        }
        else
        {
            return Refusal(b, string.Format(System.Globalization.CultureInfo.InvariantCulture, AnswerMessages.WindowWithoutEndsFormat, model.Name));
        }

        if (dealNamed || window.Kind is WindowKind.Remaining or WindowKind.SoFar or WindowKind.ToTerm or WindowKind.Ramp or WindowKind.FullRate)
        {
            b.Deal(model.Deal.Id).Cite(model.FeeSources);
        }

        var (low, value, high) = Quantity.Of(months, Prelude.Month).In(target)!.Value;
        var formatted = UnitFormat.Format(value, target);
        b.Step($"{working}: {UnitFormat.Format(months, Prelude.Month)}" + (target == Prelude.Month ? "" : $" = {formatted}"));
        b.Assume(AnswerMessages.MonthAndYear);
        return b.Build(Intents.Lookup, $"{formatted} — {working}", new Estimate<decimal>(low, value, high), target);
    }

    /// <summary>
    /// The deal's numeric facts as named quantities, with the sources each rests on. Of its two lengths, a question
    /// about cancelling means the notice period and any other the term: both at once would make every length ambiguous.
    /// </summary>
    /// <summary>
    /// The unit asked when it is the deal's own length ("how many months is the deal"), so the term counts ramp months in
    /// full; null when a length comes from money ("at $2B a month, how long to spend the xai total"), which bills ramp
    /// months at their share.
    /// </summary>
    private static Unit? LengthAsked(DealQuery query, Unit target) =>
        target.Dimension == Dimension.Time && query.Given.Any(g => g.Quantity.Dimension[BaseDimension.Money] != 0) ? null : target;

    private static List<Term> Facts(DealModel model, Measure measure, Unit? target)
    {
        var facts = new List<Term>(5);
        var deal = model.Deal;
        if (deal.TotalValueUsd is { } total)
        {
            facts.Add(new Term($"{QuantityFormat.Usd(total.Value)} total contract value", Quantity.Of(total.LowOrValue, total.Value, total.HighOrValue, Prelude.Usd))
            {
                SourceIds = [total.SourceId],
                OnlyMultiplies = true,
            });
        }

        if (measure is Measure.Termination or Measure.MinimumCommitment)
        {
            if (deal.NoticeDays is { } notice)
            {
                facts.Add(new Term($"{notice} days' notice", Quantity.Of(notice, Prelude.Day))
                {
                    SourceIds = deal.Termination is { } termination ? [termination.SourceId] : model.FeeSources,
                });
            }
        }
        else if (model.First is { } first && model.Last is { } last && !(target?.Dimension == Dimension.Time && model.EarlierRampUndisclosed))
        {
            // Asked as a length, the term is its months (unless months before them were billed from a month no source gives); as money, ramp months bill an undisclosed share of the fee, each
            // from none to a whole month's, half as the value.
            var (full, ramp) = model.BilledMonths(first, last);
            var share = target?.Dimension == Dimension.Time ? 1m : model.RampFeeFactor;
            var label = ramp == 0 || share == 1m ? $"{full + ramp} billed months ({model.Term})"
                : share is { } paid ? $"{full} full months + {ramp} ramp months at {QuantityFormat.Percent(paid * 100m)} of the fee ({model.Term})"
                : $"{full} full months + {ramp} ramp months at half the fee ({model.Term})";
            var months = share is { } f ? Quantity.Of(full + (ramp * f), Prelude.Month) : Quantity.Of(full, full + (ramp / 2m), full + ramp, Prelude.Month);
            facts.Add(new Term(label, months) { SourceIds = model.FeeSources, OnlyMultiplies = true });
        }
        else if (deal.TermYears is { } years)
        {
            facts.Add(new Term($"{QuantityFormat.Number(years.Value)}-year term", Quantity.Of(years.LowOrValue, years.Value, years.HighOrValue, Prelude.Year))
            {
                SourceIds = [years.SourceId],
            });
        }

        if (model.MonthlyFee is { } fee)
        {
            facts.Add(new Term($"{model.FeeText} fee", Quantity.Of(fee.Low, fee.Value, fee.High, Prelude.Usd.Per(Prelude.Month))) { SourceIds = model.FeeSources });
        }

        if (model.PowerMw is { } power)
        {
            facts.Add(new Term(ValueFormat.Format(power, AnswerUnit.Mw), Quantity.Of(power.Low, power.Value, power.High, Prelude.Megawatt)) { SourceIds = model.PowerSources });
        }

        if (model.Gpus is { } gpus)
        {
            facts.Add(new Term(ValueFormat.Format(gpus, AnswerUnit.Gpu), Quantity.Of(gpus.Low, gpus.Value, gpus.High, Prelude.Gpu)) { SourceIds = model.GpuSources });
        }

        return facts;
    }

    private static Answer FromFits(AnswerBuilder b, DealQuery query, IReadOnlyList<Composition> fits, Unit target, string? dealName)
    {
        if (fits.Count != 1)
        {
            var given = query.Given.Count == 0 ? (dealName is null ? "nothing" : $"{dealName}'s fee, power and GPUs")
                : string.Join(", ", query.Given.Select(t => t.Label)) + (dealName is null ? "" : $" and {dealName}'s facts");
            var format = fits.Count == 0 ? AnswerMessages.NoCompositionFormat : AnswerMessages.AmbiguousCompositionFormat;
            return Refusal(b, string.Format(System.Globalization.CultureInfo.InvariantCulture, format, UnitFormat.Words(target), given));
        }

        var fit = fits[0];
        var (low, value, high) = fit.Result.In(target)!.Value;
        if (query.Whole)
        {
            (low, value, high) = (decimal.Floor(low), decimal.Floor(value), decimal.Floor(high));
        }

        var formatted = UnitFormat.Format(low, value, high, target);
        b.Step($"{Expression(fit)} = {formatted}" + (query.Whole ? " (whole ones, rounded down)" : ""));
        foreach (var fact in fit.Facts)
        {
            b.Cite(fact.SourceIds);
        }

        if (UsesCalendarUnits(fit, target))
        {
            b.Assume(AnswerMessages.MonthAndYear);
        }

        var intent = dealName is null ? Intents.Compute
            : target.Dimension[BaseDimension.Money] != 0 ? Intents.UnitCost
            : target.Dimension == Dimension.Time ? Intents.Lookup
            : Intents.Scale;
        var headline = dealName is null ? $"{formatted} — {Expression(fit)}" : $"{formatted} — {dealName}, in {UnitFormat.Words(target)}";
        return b.Build(intent, headline, new Estimate<decimal>(low, value, high), target);
    }

    /// <summary>"90 MW ÷ 1.5 kW/home", "$1.25B/month fee ÷ 300 MW": numerators first, then each divisor.</summary>
    private static string Expression(Composition fit)
    {
        var text = new StringBuilder();
        foreach (var (term, _) in fit.Factors.Where(f => f.Exponent > 0))
        {
            text.Append(text.Length > 0 ? " × " : "").Append(term.Label);
        }

        if (text.Length == 0)
        {
            text.Append('1');
        }

        foreach (var (term, _) in fit.Factors.Where(f => f.Exponent < 0))
        {
            text.Append(" ÷ ").Append(term.Label);
        }

        return text.ToString();
    }

    private static bool UsesCalendarUnits(Composition fit, Unit target) =>
        target.Dimension[BaseDimension.Time] != 0 || fit.Factors.Any(f => f.Term.Quantity.Dimension[BaseDimension.Time] != 0);

    /// <summary>"in billions" of dollars, "in millions" of homes or GPUs; other units have prefixes of their own ("in GW").</summary>
    internal static Unit? Scaled(Unit unit, decimal scale) =>
        scale <= 0m ? unit
        : (unit.Dimension[BaseDimension.Money] == 1 && unit.Symbol.StartsWith("USD", StringComparison.Ordinal)) || Prelude.CountOf(unit.Dimension) is not null
            ? unit.Scaled(Prelude.ScaleName(scale), scale) : null;

    /// <summary>No number: the reason, and questions of the same kind that work.</summary>
    internal static Answer Refusal(AnswerBuilder b, string reason, IReadOnlyList<string>? suggestions = null) => new()
    {
        Understood = false,
        Intent = Intents.Unknown,
        Headline = reason,
        Suggestions = suggestions ?? AnswerMessages.ComposeExamples,
        DealIds = [],
    };
}
