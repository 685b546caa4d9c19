using DealBot.Core.Answers;
using DealBot.Core.Queries;
using DealBot.Core.Quantities;
using DealBot.Core.Text;

namespace DealBot.Core.Calculations;

/// <summary>
/// Evaluates one measure on one deal, writing its working to the builder. One piece of code serves plain
/// questions, what-ifs (evaluated twice) and comparisons (evaluated per deal).
/// </summary>
public static class DealMeasures
{
    private const string MonthHours = "Assumes a 730-hour month (8,760 h ÷ 12).";

    public static Measured Evaluate(DealModel m, Measure measure, DealQuery q, YearMonth today, DateOnly todayDate, AnswerBuilder b)
    {
        b.Deal(m.Deal.Id).Cite(m.Deal.SourceId);
        var measured = measure switch
        {
            Measure.MonthlyCost => Fee(m, b, "monthly fee", 1m, AnswerUnit.UsdPerMonth, null),
            Measure.YearlyCost => Fee(m, b, "per year", 12m, AnswerUnit.UsdPerYear, "× 12"),
            Measure.DailyCost => Fee(m, b, "per day", 12m / 365m, AnswerUnit.UsdPerDay, "× 12 ÷ 365"),
            Measure.HourlyCost => Fee(m, b, "per hour", 1m / Duration.HoursPerMonth, AnswerUnit.UsdPerHour, "÷ 730 h", MonthHours),
            Measure.WeeklyCost => Fee(m, b, "per week", 12m * 7m / 365m, AnswerUnit.UsdPerWeek, "× 12 ÷ 365 × 7 days"),
            // "when did the full rate kick in": the start of the full-rate months, after any ramp.
            Measure.Start when q.Window is { Kind: WindowKind.FullRate, Months: null } => Month(m, "full-rate start", m.FullRateStart),
            // "when did the ramp end": the ramp's months, not the term's.
            Measure.Start when q.Window is { Kind: WindowKind.Ramp } => RampMonth(m, first: true),
            Measure.End when q.Window is { Kind: WindowKind.Ramp } => RampMonth(m, first: false),
            Measure.Start => Month(m, "start", m.First),
            Measure.End => m.Last is null && m.Deal.TermYears is { } years ? TermOnly(m, years, b) : Month(m, "last billed month", m.Last),
            Measure.Capacity => Capacity(m, b),
            Measure.GpuCount => m.Gpus is { } gpus ? Measured.Number("GPUs", gpus, AnswerUnit.Gpu).CitedIn(b, m.GpuSources) : Measured.NotDisclosed("GPUs", $"No source gives {m.Name}'s GPU count."),
            Measure.Hardware => Text("hardware", m.Deal.Hardware.Count == 0 ? null : string.Join(", ", m.Deal.Hardware.Select(h => b.Catalog.FindHardware(h)!.Name))),
            Measure.Parties => Text("parties", $"{b.Catalog.GetCompany(m.Deal.Buyer).Name} (buyer) and {b.Catalog.GetCompany(m.Deal.Seller).Name} (supplier)"),
            Measure.Termination => Termination(m, b),
            Measure.Total => BillingWindow.Total(m, q.Window ?? Window.ToTerm, today, b),
            Measure.MinimumCommitment => Commitments.AfterNotice(m, q.NoticeDate ?? todayDate, b),
            Measure.PerMwMonth => PerPower(m, b, 1m, AnswerUnit.UsdPerMwPerMonth, "per MW-month"),
            Measure.PerMwYear => PerPower(m, b, 12m, AnswerUnit.UsdPerMwPerYear, "per MW-year"),
            Measure.PerMwh => PerEnergy(m, b, 1m, AnswerUnit.UsdPerMwh, "per MWh of capacity"),
            Measure.PerKwh => PerEnergy(m, b, 1_000m, AnswerUnit.UsdPerKwh, "per kWh of capacity"),
            Measure.PerGpuMonth => PerGpu(m, q, b, 1m, AnswerUnit.UsdPerGpuPerMonth, "per GPU-month"),
            Measure.PerGpuHour => PerGpu(m, q, b, Duration.HoursPerMonth, AnswerUnit.UsdPerGpuPerHour, "per GPU-hour"),
            Measure.PerGpuYear => PerGpu(m, q, b, 1m / 12m, AnswerUnit.UsdPerGpuPerYear, "per GPU-year"),
            Measure.ElectricityShare => Scale.ElectricityShare(m, q, b),
            Measure.ElectricityBill => Scale.ElectricityBill(m, q, b),
            Measure.EnergyPerMonth or Measure.EnergyPerYear or Measure.Homes or Measure.GpusForPower or Measure.FlopsPerMonth
                or Measure.TimeToTrain => Scale.Evaluate(Fleet.Of(m, q), measure, q, b),
            Measure.EnergyOverTerm => Scale.Energy(Fleet.Of(m, q), b, m.First is { } f && m.Last is { } l ? YearMonth.CountInclusive(f, l) : 0, $"energy over the term ({m.Term})", q.Utilisation),
            _ => Summary(m, b),
        };

        if (q.Window is { Kind: WindowKind.Between, From: { } from, To: { } to } && IsFeeRate(measure))
        {
            measured = RateIn(m, measured, from, to, b);
        }
        else if (q.Window is { Kind: WindowKind.Ramp } && IsFeeRate(measure))
        {
            // "per month during the ramp": the ramp's fee is the one figure no source gives.
            measured = Measured.NotDisclosed(measured.Label, string.Format(System.Globalization.CultureInfo.InvariantCulture, AnswerMessages.RampRateFormat, m.Name));
        }

        return q.Utilisation is { } used && IsPerUnitOfCapacity(measure) ? Effective(measured, used, b) : measured;
    }

    /// <summary>
    /// "the monthly fee in 2028": the fee, when every month of the window is billed at it; a window reaching into the ramp
    /// or past the term has no one fee, and its total is what to ask.
    /// </summary>
    private static Measured RateIn(DealModel m, Measured rate, YearMonth from, YearMonth to, AnswerBuilder b)
    {
        var window = $"{Months.Name(from)} – {Months.Name(to)}";
        if (rate.Value is null || m.FullRateStart is not { } full || m.Last is not { } last || from < full || to > last)
        {
            return Measured.NotDisclosed(rate.Label, string.Format(System.Globalization.CultureInfo.InvariantCulture, AnswerMessages.NoOneFeeFormat, window, m.Name, m.Term));
        }

        b.Step($"Every month of {window} is billed at the full fee ({Months.Name(full)} – {Months.Name(last)}).");
        return rate with { Label = $"{rate.Label} in {window}" };
    }

    /// <summary>Rates that come from the monthly fee, so hold only in months billed at it.</summary>
    private static bool IsFeeRate(Measure measure) => measure is Measure.MonthlyCost or Measure.YearlyCost or Measure.DailyCost
        or Measure.WeeklyCost or Measure.HourlyCost || IsPerUnitOfCapacity(measure);

    /// <summary>Prices per unit of the deal's capacity, which fall on the part actually used.</summary>
    public static bool IsPerUnitOfCapacity(Measure measure) => measure is Measure.PerMwh or Measure.PerKwh or Measure.PerGpuHour
        or Measure.PerGpuMonth or Measure.PerGpuYear or Measure.PerMwMonth or Measure.PerMwYear;

    /// <summary>"at 60% utilisation, effective $ per MWh": the whole fee spread over the share of capacity used.</summary>
    private static Measured Effective(Measured measured, decimal used, AnswerBuilder b)
    {
        if (measured.Value is not { } value || measured.Unit is not { } unit)
        {
            return measured;
        }

        var effective = value.DividedBy(EstimateMath.Exactly(used));
        b.Step($"{ValueFormat.Format(value, unit)} ÷ {QuantityFormat.Percent(used * 100m)} used = {ValueFormat.Format(effective, unit)}")
         .Assume($"Effective price: the full fee is paid while only {QuantityFormat.Percent(used * 100m)} of the capacity is used.");
        return Measured.Number($"{measured.Label} at {QuantityFormat.Percent(used * 100m)} utilisation", effective, unit);
    }

    /// <summary>The unit a measure is always answered in, or null when it varies (scale by size, dates, text).</summary>
    public static AnswerUnit? UnitOf(Measure measure) => measure switch
    {
        Measure.MonthlyCost => AnswerUnit.UsdPerMonth,
        Measure.YearlyCost => AnswerUnit.UsdPerYear,
        Measure.DailyCost => AnswerUnit.UsdPerDay,
        Measure.HourlyCost => AnswerUnit.UsdPerHour,
        Measure.WeeklyCost => AnswerUnit.UsdPerWeek,
        Measure.PerMwMonth => AnswerUnit.UsdPerMwPerMonth,
        Measure.PerMwYear => AnswerUnit.UsdPerMwPerYear,
        Measure.PerMwh => AnswerUnit.UsdPerMwh,
        Measure.PerKwh => AnswerUnit.UsdPerKwh,
        Measure.PerGpuMonth => AnswerUnit.UsdPerGpuPerMonth,
        Measure.PerGpuHour => AnswerUnit.UsdPerGpuPerHour,
        Measure.PerGpuYear => AnswerUnit.UsdPerGpuPerYear,
        Measure.ElectricityBill => AnswerUnit.UsdPerMonth,
        Measure.Total or Measure.MinimumCommitment => AnswerUnit.Usd,
        Measure.GpuCount => AnswerUnit.Gpu,
        Measure.Homes => AnswerUnit.Homes,
        _ => null,
    };

    /// <summary>
    /// The period a measure's amount is counted over ("energy per month" is MWh in a month), so that it converts to a
    /// rate asked for ("GWh a month", "MW") as well as to another amount ("in TWh").
    /// </summary>
    public static Units.Unit? PeriodOf(Measure measure) => measure switch
    {
        Measure.EnergyPerMonth or Measure.FlopsPerMonth => Units.Prelude.Month,
        Measure.EnergyPerYear => Units.Prelude.Year,
        _ => null,
    };

    public static string Intent(Measure measure) => measure switch
    {
        Measure.Total => Intents.Total,
        Measure.MinimumCommitment => Intents.MinimumCommitment,
        Measure.PerMwMonth or Measure.PerMwYear or Measure.PerMwh or Measure.PerKwh or Measure.PerGpuMonth
            or Measure.PerGpuHour or Measure.PerGpuYear or Measure.ElectricityShare => Intents.UnitCost,
        Measure.EnergyPerMonth or Measure.EnergyPerYear or Measure.EnergyOverTerm or Measure.Homes
            or Measure.GpusForPower or Measure.FlopsPerMonth or Measure.TimeToTrain => Intents.Scale,
        Measure.GpuRentalCost or Measure.GpuHoursForBudget or Measure.PowerCost or Measure.ElectricityCost => Intents.Compute,
        _ => Intents.Lookup,
    };

    internal static Measured NoFee(DealModel m, string label) =>
        Measured.NotDisclosed(label, $"No source discloses {m.Name}'s price, so I can't give its {label}.");

    internal static Measured NoPower(DealModel m, string label) =>
        Measured.NotDisclosed(label, $"No source discloses {m.Name}'s power, so I can't give its {label}.");

    private static Measured Fee(DealModel m, AnswerBuilder b, string label, decimal factor, AnswerUnit unit, string? working, string? assumption = null)
    {
        if (m.MonthlyFee is not { } fee)
        {
            return NoFee(m, label);
        }

        UseFee(m, b);
        var value = fee.Times(factor);
        if (working is not null)
        {
            b.Step($"{m.FeeText} {working} = {ValueFormat.Format(value, unit)}");
        }

        if (m.Deal.FullRateStart is { } full && m.Deal.Start is { } start && full > start)
        {
            b.Assume($"Full rate, billed from {Months.Name(full)}; {Months.Name(start)} – {Months.Name(full.AddMonths(-1))} were billed at a reduced fee that was not disclosed.");
        }

        if (assumption is not null)
        {
            b.Assume(assumption);
        }

        return Measured.Number(label, value, unit);
    }

    /// <summary>Cites the fee's sources and, for a lump-sum deal, shows how the monthly fee was derived.</summary>
    private static AnswerBuilder UseFee(DealModel m, AnswerBuilder b)
    {
        b.Cite(m.FeeSources);
        if (m.FeeDerivation is { } derivation)
        {
            b.Step(derivation).Assume("Spread evenly over the term.");
        }

        return b;
    }

    private static Measured Month(DealModel m, string label, YearMonth? month) => month is { } value
        ? new Measured(label) { Value = EstimateMath.Exactly(value.Year), Unit = AnswerUnit.CalendarYear, Date = value.ToString(), Text = Months.Name(value) }
        : Measured.NotDisclosed(label, $"No source gives {m.Name}'s {label}.");

    private static Measured RampMonth(DealModel m, bool first)
    {
        var label = first ? "first ramp month" : "last ramp month";
        if (m.EarlierRampUndisclosed)
        {
            return Measured.NotDisclosed(label, $"No source gives when {m.Name}'s reduced-fee months began; its full rate starts in {Months.Name(m.First!.Value)}.");
        }

        var (from, to) = m.Phase(WindowKind.Ramp);
        return from is { } f && to is { } t && t >= f ? Month(m, label, first ? f : t)
            : Measured.NotDisclosed(label, $"{m.Name} has no ramp months: it bills the full fee from {(m.First is { } start ? Months.Name(start) : "its start")}.");
    }

    /// <summary>"how long is the openai aws deal": no end month is sourced, but the length of the term is.</summary>
    private static Measured TermOnly(DealModel m, Catalog.Fact years, AnswerBuilder b)
    {
        b.Cite(years.SourceId);
        return Measured.NotDisclosed("last billed month", $"No source gives {m.Name}'s last billed month; its term is {years.Value:0.#} years from a start month that is not disclosed.");
    }

    private static Measured Capacity(DealModel m, AnswerBuilder b) =>
        m.PowerMw is { } power ? Measured.Number("capacity", power, AnswerUnit.Mw).CitedIn(b, m.PowerSources) : NoPower(m, "capacity");

    private static Measured Text(string label, string? text) =>
        text is null ? Measured.NotDisclosed(label, $"No source gives the {label}.") : new Measured(label) { Text = text };

    private static Measured Termination(DealModel m, AnswerBuilder b)
    {
        if (m.Deal.Termination is not { } termination)
        {
            return Measured.NotDisclosed("termination terms", $"No source gives {m.Name}'s termination terms.");
        }

        b.Cite(termination.SourceId);
        return new Measured("termination terms") { Text = termination.Text };
    }

    private static Measured PerPower(DealModel m, AnswerBuilder b, decimal months, AnswerUnit unit, string label)
    {
        if (m.MonthlyFee is not { } fee)
        {
            return NoFee(m, label);
        }

        if (m.PowerMw is not { } power)
        {
            return NoPower(m, label);
        }

        UseFee(m, b).Cite(m.PowerSources);
        var value = fee.Times(months).DividedBy(power);
        b.Step($"{m.FeeText}{(months == 1 ? "" : " × 12")} ÷ {QuantityFormat.Number(power.Value)} MW = {ValueFormat.Format(value, unit)}");
        return Measured.Number(label, value, unit);
    }

    private static Measured PerEnergy(DealModel m, AnswerBuilder b, decimal perMwh, AnswerUnit unit, string label)
    {
        if (m.MonthlyFee is not { } fee)
        {
            return NoFee(m, label);
        }

        if (m.PowerMw is not { } power)
        {
            return NoPower(m, label);
        }

        UseFee(m, b).Cite(m.PowerSources);
        var energy = power.Times(Duration.HoursPerMonth);
        var value = fee.DividedBy(energy).DividedBy(perMwh);
        b.Step($"{QuantityFormat.Number(power.Value)} MW × 730 h = {QuantityFormat.Count(energy.Value)} MWh a month")
         .Step($"{m.FeeText} ÷ {QuantityFormat.Count(energy.Value * perMwh)} {(perMwh == 1 ? "MWh" : "kWh")} = {ValueFormat.Format(value, unit)}")
         .Assume("This is the compute price per unit of energy the capacity could draw, not an electricity price.")
         .Assume(MonthHours + " Capacity used around the clock.");
        return Measured.Number(label, value, unit);
    }

    private static Measured PerGpu(DealModel m, DealQuery q, AnswerBuilder b, decimal hours, AnswerUnit unit, string label)
    {
        if (m.MonthlyFee is not { } fee)
        {
            return NoFee(m, label);
        }

        if ((q.GpuCount is { } given ? EstimateMath.Exactly(given) : m.Gpus) is not { } gpus)
        {
            return Measured.NotDisclosed(label, $"No source gives {m.Name}'s GPU count; ask again with one, e.g. \"per GPU-hour with 200,000 GPUs\".");
        }

        UseFee(m, b).Cite(q.GpuCount is null ? m.GpuSources : []);
        var value = fee.DividedBy(gpus.Times(hours));
        var perMonth = m.FeeText;
        var count = QuantityFormat.Count(gpus.Value);
        b.Step(hours switch
        {
            1m => $"{perMonth} ÷ {count} GPUs = {QuantityFormat.Usd(value.Value)}",
            < 1m => $"{perMonth} × 12 ÷ {count} GPUs = {QuantityFormat.Usd(value.Value)}",
            _ => $"{perMonth} ÷ ({count} GPUs × 730 h) = {QuantityFormat.Usd(value.Value)}",
        });
        if (!gpus.IsExact)
        {
            b.Step($"With {QuantityFormat.Count(gpus.High)} GPUs (the larger count in the sources): {QuantityFormat.Usd(value.Low)}");
        }

        if (hours > 1)
        {
            b.Assume(MonthHours);
        }

        return Measured.Number(label, value, unit);
    }

    private static Measured Summary(DealModel m, AnswerBuilder b)
    {
        b.Cite(m.FeeSources).Cite(m.PowerSources).Cite(m.GpuSources);
        b.Step(m.Deal.Summary);
        if (m.MonthlyFee is { } fee)
        {
            b.Step($"Fee: {m.FeeText}{(m.FeeDerivation is null ? "" : " (" + m.FeeDerivation + ")")}");
        }
        else if (m.Deal.TotalValueUsd is { } total)
        {
            b.Step($"Total value: {QuantityFormat.Usd(total.Value)}");
        }

        if (m.First is not null && m.Last is not null)
        {
            b.Step($"Term: {m.Term}");
        }

        if (m.PowerMw is { } power)
        {
            b.Step($"Power: {ValueFormat.Format(power, AnswerUnit.Mw)}");
        }

        if (m.Gpus is { } gpus)
        {
            b.Step($"GPUs: {ValueFormat.Format(gpus, AnswerUnit.Gpu)}");
        }

        if (m.Deal.Location is { } location)
        {
            b.Step($"Location: {location.Text}").Cite(location.SourceId);
        }

        return new Measured("overview") { Text = m.Deal.Summary };
    }
}
