namespace DealBot.Core.Charts;

/// <summary>
/// Cumulative spend month by month: one series for a deal, two for a what-if next to its original. Ramp months
/// (billed at an undisclosed reduced fee) widen each point into a low–high band. <see cref="Today"/> marks the
/// current month (from the clock); each series ends at its term's last month.
/// </summary>
public sealed record SpendChart : ChartData
{
    public required IReadOnlyList<SpendSeries> Series { get; init; }

    public required Quantities.YearMonth Today { get; init; }
}
