namespace DealBot.Language.Units;

internal enum QuantityKind : byte
{
    Money,
    Power,
    Energy,
    Gpus,
    Duration,
    Percent,
    Flops,
}

/// <summary>
/// A number with its unit, normalised: money in USD (with what it is <see cref="Rate"/> per), power in MW,
/// durations in hours (and whole <see cref="Months"/> when it is a number of months or years), percent as a fraction.
/// </summary>
internal readonly record struct Quantity(QuantityKind Kind, decimal Value, double Approx)
{
    public RateUnit Rate { get; init; }

    /// <summary>For GPU counts: the catalog hardware index named with it ("10,000 H100s"), or -1.</summary>
    public int Hardware { get; init; } = -1;

    /// <summary>For durations given in months or years: the whole number of months, or -1.</summary>
    public int Months { get; init; } = -1;

    /// <summary>For durations given in days or weeks: the whole number of days, or -1.</summary>
    public int Days { get; init; } = -1;

    /// <summary>For money: it was written in cents ("8 cents", "9¢"), the way electricity prices are.</summary>
    public bool InCents { get; init; }

    /// <summary>For money: "at $2.50" — a price whose unit the question leaves to context.</summary>
    public bool AfterAt { get; init; }

    /// <summary>For percentages: said of utilisation ("50% utilisation", "40% MFU"), never a change of the fee.</summary>
    public bool OfUsage { get; init; }

    /// <summary>For money with no period: said to be a total ("if the total were $50B", "$45B total"), never a fee.</summary>
    public bool OfTotal { get; init; }

    /// <summary>For FLOPs: a bare number with no unit ("and 3e26?"), a FLOP budget only in a training question.</summary>
    public bool Bare { get; init; }
}
