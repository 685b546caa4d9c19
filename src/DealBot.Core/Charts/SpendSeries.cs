using DealBot.Core.Quantities;

namespace DealBot.Core.Charts;

/// <summary>
/// One deal's spend from <see cref="First"/> through <see cref="Last"/>: <see cref="Cumulative"/>[i] is the total
/// billed through month <c>First + i</c>, in USD, with the range the facts allow.
/// </summary>
public sealed record SpendSeries(string Name, YearMonth First, YearMonth? FullRateStart, YearMonth Last, IReadOnlyList<Estimate<decimal>> Cumulative)
{
    public YearMonth MonthAt(int index) => First.AddMonths(index);

    /// <summary>The spend through the term's last month.</summary>
    public Estimate<decimal> Total => Cumulative[^1];
}
