using DealBot.Core.Quantities;

namespace DealBot.Language.Units;

/// <summary>
/// The user's own numbers, each given its role in a query: a price per GPU-hour, an electricity price,
/// a budget, a price per MW-month, a power, a GPU count, a duration, a FLOP budget, a utilisation.
/// </summary>
internal readonly record struct Parameters
{
    public decimal? GpuCount { get; init; }

    /// <summary>Catalog hardware index named with a GPU count or anywhere in the question, or -1.</summary>
    public int Hardware { get; init; }

    public Money? PricePerGpuHour { get; init; }

    public Money? ElectricityPricePerKwh { get; init; }

    public Money? Budget { get; init; }

    public Power? Power { get; init; }

    public Money? PricePerMwMonth { get; init; }

    public Duration? Duration { get; init; }

    /// <summary>The duration as whole months, for a deal's window ("for 18 months"), or null.</summary>
    public int? DurationMonths { get; init; }

    /// <summary>The duration as whole days, when given in days or weeks ("180 days of the lease"), or null.</summary>
    public int? DurationDays { get; init; }

    public double? TrainingFlops { get; init; }

    /// <summary>The FLOP budget was a bare number, which only a training question can use.</summary>
    public bool TrainingFlopsBare { get; init; }

    /// <summary>"at $2.50" with no unit: the price of whatever the question (or the one before) prices.</summary>
    public Money? AtPrice { get; init; }

    /// <summary>A fee the question gives ("$1B a month"), as a monthly amount: a what-if of the deal.</summary>
    public Money? MonthlyFee { get; init; }

    public decimal? Utilisation { get; init; }

    /// <summary>The utilisation was said as one ("50% utilisation"), so no change of the fee took it.</summary>
    public bool UtilisationSaid { get; init; }

    public bool IsEmpty => GpuCount is null && PricePerGpuHour is null && ElectricityPricePerKwh is null && Budget is null
        && Power is null && PricePerMwMonth is null && Duration is null && TrainingFlops is null && Utilisation is null
        && AtPrice is null && MonthlyFee is null;
}
