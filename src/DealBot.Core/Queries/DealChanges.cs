using DealBot.Core.Quantities;

namespace DealBot.Core.Queries;

/// <summary>The parameters a what-if question changes; null leaves the catalog value.</summary>
public sealed record DealChanges
{
    public Money? MonthlyFee { get; init; }

    public Power? Power { get; init; }

    public YearMonth? Start { get; init; }

    public YearMonth? End { get; init; }

    public decimal? Gpus { get; init; }

    /// <summary>The measure a change moves most visibly: fee and dates move the total, power and GPUs the unit cost.</summary>
    public Measure NaturalMeasure => this switch
    {
        { MonthlyFee: not null } or { Start: not null } or { End: not null } => Measure.Total,
        { Power: not null } => Measure.PerMwYear,
        _ => Measure.PerGpuHour,
    };

    public bool IsEmpty => MonthlyFee is null && Power is null && Start is null && End is null && Gpus is null;
}
