using DealBot.Core.Quantities;
using DealBot.Core.Queries;
using DealBot.Language.Units;

namespace DealBot.Language.Intents;

/// <summary>Builds compute queries: fresh ones from the user's numbers, and follow-ups changing one ("and for 2 years?").</summary>
internal static class ComputeQueries
{
    public static DealQuery? TryBuild(in Reading r, DealQuery? previous, string? acceleratorId)
    {
        // "cost for 3 months?", "from march through june", "for q1": a length a window reader took is the rental's period
        // all the same.
        var p = r.Parameters.Duration is null && LengthOf(r.Window) is { } length ? r.Parameters with { Duration = length } : r.Parameters;
        var period = PeriodOf(r.Measure);

        // A priced question is arithmetic even in what-if words ("what if I rent 10,000 H100s at $2/hr");
        // "what if it were 500 MW, how many homes" is about the deal.
        var priced = p.PricePerGpuHour is not null || p.PricePerMwMonth is not null;
        if (ComputeDetector.Detect(r.Measure, p) is { } measure && (priced || !r.IsWhatIf))
        {
            return Fresh(measure, p, acceleratorId, period ?? EnergyPeriod(r.Measure));
        }

        // A follow-up may change one number ("and for 2 years?", "make it 2 GW") but not ask something else; "cost for 3
        // months?" after a cost asks the same.
        var sameQuestion = r.Measure == Measure.Summary || period is not null || r.Measure == previous?.Measure
            || (r.Measure == Measure.Total && previous?.Measure is Measure.GpuRentalCost or Measure.ElectricityCost or Measure.PowerCost)
            || (r.Measure is Measure.ElectricityShare or Measure.ElectricityBill && previous?.Measure == Measure.ElectricityCost);
        var changesSomething = !p.IsEmpty || period is not null || acceleratorId is not null;
        return previous is { Kind: QueryKind.Compute } && sameQuestion && changesSomething
            ? FollowUp(previous, p, acceleratorId, period)
            : null;
    }

    private static Duration? LengthOf(Window? window) => window switch
    {
        { Kind: WindowKind.ForDuration, Days: { } days } => Duration.FromDays(days),
        { Kind: WindowKind.ForDuration, Months: { } months } => Duration.FromMonths(months),
        { Kind: WindowKind.Between, From: { } from, To: { } to } when from <= to => Duration.FromMonths(YearMonth.CountInclusive(from, to)),
        _ => null,
    };

    private static DealQuery FollowUp(DealQuery previous, in Parameters p, string? acceleratorId, Duration? period)
    {
        // "and at $2.50?", "and $2.50?" change whichever price the previous question had; a bare amount is a budget only
        // when the previous question had one.
        var bare = p.AtPrice ?? (previous.Budget is null ? p.Budget : null);
        var gpuHourPrice = previous.PricePerGpuHour is not null ? bare : null;
        var kwhPrice = previous is { PricePerGpuHour: null, ElectricityPricePerKwh: not null } ? bare : null;
        var mwMonthPrice = previous is { PricePerGpuHour: null, ElectricityPricePerKwh: null } ? bare : null;
        var budgetTaken = bare is not null && p.AtPrice is null;
        // "how many h100s can 300 MW feed" then "and at $2/hr what would they cost a year?": those GPUs rented.
        var rentsFed = previous.Measure == Measure.GpusForPower && p.PricePerGpuHour is not null;
        return previous with
        {
            Measure = rentsFed ? Measure.GpuRentalCost : previous.Measure,
            GpuCount = p.GpuCount ?? previous.GpuCount,
            AcceleratorId = acceleratorId ?? previous.AcceleratorId,
            PricePerGpuHour = p.PricePerGpuHour ?? gpuHourPrice ?? previous.PricePerGpuHour,
            ElectricityPricePerKwh = p.ElectricityPricePerKwh ?? kwhPrice ?? previous.ElectricityPricePerKwh,
            Budget = budgetTaken ? previous.Budget : p.Budget ?? previous.Budget,
            Power = p.Power ?? previous.Power,
            PricePerMwMonth = p.PricePerMwMonth ?? mwMonthPrice ?? previous.PricePerMwMonth,
            Duration = p.Duration ?? period ?? previous.Duration,
            // "per year" then "for 18 months": a new length asks the total over it, not the rate asked before.
            Target = p.Duration is not null || rentsFed ? null : previous.Target,
            TrainingFlops = p.TrainingFlops ?? previous.TrainingFlops,
            Utilisation = p.Utilisation ?? previous.Utilisation,
        };
    }

    private static DealQuery Fresh(Measure measure, in Parameters p, string? acceleratorId, Duration? period) => new()
    {
        Kind = QueryKind.Compute,
        Measure = measure,
        GpuCount = p.GpuCount,
        AcceleratorId = acceleratorId,
        PricePerGpuHour = p.PricePerGpuHour,
        ElectricityPricePerKwh = p.ElectricityPricePerKwh,
        Budget = p.Budget,
        Power = p.Power,
        PricePerMwMonth = p.PricePerMwMonth,
        Duration = p.Duration ?? (measure is Measure.GpuRentalCost or Measure.PowerCost or Measure.ElectricityCost ? period : null),
        TrainingFlops = p.TrainingFlops,
        Utilisation = p.Utilisation,
    };

    /// <summary>"electricity per month" reads as energy per month; priced, it is the bill for a month.</summary>
    private static Duration? EnergyPeriod(Measure measure) => measure switch
    {
        Measure.EnergyPerMonth => Duration.FromMonths(1m),
        Measure.EnergyPerYear => Duration.FromYears(1m),
        _ => null,
    };

    /// <summary>"…cost per month" on a rental asks for one month of it; "per year" for one year.</summary>
    private static Duration? PeriodOf(Measure measure) => measure switch
    {
        Measure.MonthlyCost => Duration.FromMonths(1m),
        Measure.YearlyCost => Duration.FromYears(1m),
        Measure.DailyCost => Duration.FromDays(1m),
        Measure.WeeklyCost => Duration.FromDays(7m),
        Measure.HourlyCost => Duration.FromHours(1m),
        _ => null,
    };
}
