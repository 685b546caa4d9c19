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

    /// <summary>"with twice the GPUs", "half the GPUs": the catalog count, range and all, times this.</summary>
    public decimal? GpusFactor { get; init; }

    /// <summary>"if the power doubled": the catalog power times this.</summary>
    public decimal? PowerFactor { get; init; }

    /// <summary>Whether the deal's power or GPU count changes, by a new figure or by a factor.</summary>
    public bool Resizes => Power is not null || Gpus is not null || PowerFactor is not null || GpusFactor is not null;

    /// <summary>
    /// "if the fee were cut to $1B from July 2027": the first month billed at the new fee; the months before it bill the
    /// catalog fee. Null: the new fee throughout.
    /// </summary>
    public YearMonth? FeeFrom { get; init; }

    /// <summary>
    /// "if the total were $50B": a new total over the deal's billed months, which sets the fee (ramp months at their
    /// share of it); instead of <see cref="MonthlyFee"/> and <see cref="FeeFactor"/>.
    /// </summary>
    public Money? Total { get; init; }

    /// <summary>"if the fee were cut 20%": the catalog fee times this (0.8); "10% more" is 1.1.</summary>
    public decimal? FeeFactor { get; init; }

    /// <summary>"if the deal ran 10 years": the term in billed months from the deal's start.</summary>
    public int? TermMonths { get; init; }

    /// <summary>"if it ended a year early" (−12), "extended by 6 months" (+6): the end moved, the start kept.</summary>
    public int? EndShiftMonths { get; init; }

    /// <summary>"200k GPUs with the fee cut pro rata": the fee moves in proportion to the new power or GPU count.</summary>
    public bool FeeScales { get; init; }

    /// <summary>
    /// "the 200b spread over 4 years", "if the same total ran 5 years": a lump sum's disclosed total kept and billed
    /// evenly over <see cref="TermMonths"/>, rather than its monthly share kept for more or fewer months.
    /// </summary>
    public bool TotalKept { get; init; }

    /// <summary>"if the ramp months were billed at the full rate" (1) or "were free" (0): the ramp's fee as a share of the fee.</summary>
    public decimal? RampFeeFactor { get; init; }

    /// <summary>The measure a change moves most visibly: fee and dates move the total, power and GPUs the unit cost.</summary>
    public Measure NaturalMeasure => this switch
    {
        { MonthlyFee: not null } or { Start: not null } or { End: not null } or { FeeFactor: not null } or { TermMonths: not null } or { EndShiftMonths: not null } or { RampFeeFactor: not null } => Measure.Total,
        { Total: not null } => Measure.MonthlyCost,
        { Power: not null } or { PowerFactor: not null } => Measure.PerMwYear,
        _ => Measure.PerGpuHour,
    };

    public bool IsEmpty => MonthlyFee is null && Total is null && Power is null && Start is null && End is null && Gpus is null && GpusFactor is null && PowerFactor is null && FeeFactor is null && TermMonths is null && EndShiftMonths is null && RampFeeFactor is null;
}
