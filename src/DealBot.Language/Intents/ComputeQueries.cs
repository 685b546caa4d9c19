using DealBot.Core.Quantities;
using DealBot.Core.Queries;

namespace DealBot.Language.Intents;

/// <summary>Builds compute queries: fresh ones from the user's numbers, and follow-ups changing one ("and for 2 years?").</summary>
internal static class ComputeQueries
{
    public static DealQuery? TryBuild(in Reading r, DealQuery? previous, string? acceleratorId)
    {
        var p = r.Parameters;
        var period = PeriodOf(r.Measure);
        if (previous is { Kind: QueryKind.Compute } && (!p.IsEmpty || period is not null || acceleratorId is not null))
        {
            // "and at $2.50?" changes whichever price the previous question had.
            var gpuHourPrice = previous.PricePerGpuHour is not null ? p.AtPrice : null;
            var mwMonthPrice = previous.PricePerGpuHour is null ? p.AtPrice : null;
            return previous with
            {
                GpuCount = p.GpuCount ?? previous.GpuCount,
                AcceleratorId = acceleratorId ?? previous.AcceleratorId,
                PricePerGpuHour = p.PricePerGpuHour ?? gpuHourPrice ?? previous.PricePerGpuHour,
                ElectricityPricePerKwh = p.ElectricityPricePerKwh ?? previous.ElectricityPricePerKwh,
                Budget = p.Budget ?? previous.Budget,
                Power = p.Power ?? previous.Power,
                PricePerMwMonth = p.PricePerMwMonth ?? mwMonthPrice ?? previous.PricePerMwMonth,
                Duration = p.Duration ?? period ?? previous.Duration,
                TrainingFlops = p.TrainingFlops ?? previous.TrainingFlops,
                Utilisation = p.Utilisation ?? previous.Utilisation,
            };
        }

        if (r.IsWhatIf || ComputeDetector.Detect(r.Measure, p) is not { } measure)
        {
            return null;
        }

        return new DealQuery
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
            Duration = p.Duration ?? (measure is Measure.GpuRentalCost or Measure.PowerCost ? period : null),
            TrainingFlops = p.TrainingFlops,
            Utilisation = p.Utilisation,
        };
    }

    /// <summary>"…cost per month" on a rental asks for one month of it; "per year" for one year.</summary>
    private static Duration? PeriodOf(Measure measure) => measure switch
    {
        Measure.MonthlyCost => Duration.FromMonths(1m),
        Measure.YearlyCost => Duration.FromYears(1m),
        Measure.DailyCost => Duration.FromDays(1m),
        _ => null,
    };
}
