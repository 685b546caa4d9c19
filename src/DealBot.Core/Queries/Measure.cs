namespace DealBot.Core.Queries;

/// <summary>The quantity a question asks for.</summary>
public enum Measure
{
    /// <summary>No specific measure: an overview of the deal (or, for what-if and compare, the natural default).</summary>
    Summary,

    MonthlyCost,
    YearlyCost,
    DailyCost,

    /// <summary>The fee per hour of the month (fee ÷ 730 h).</summary>
    HourlyCost,

    /// <summary>The fee per week (fee × 12 ÷ 52).</summary>
    WeeklyCost,
    Start,
    End,
    Capacity,
    Hardware,
    GpuCount,
    Parties,
    Termination,

    /// <summary>Spend over <see cref="DealQuery.Window"/> (to term when absent).</summary>
    Total,

    /// <summary>The least that must still be paid after notice given on <see cref="DealQuery.NoticeDate"/> (today when absent).</summary>
    MinimumCommitment,

    PerMwMonth,
    PerMwYear,

    PerMwh,
    PerKwh,
    PerGpuMonth,
    PerGpuHour,
    PerGpuYear,

    /// <summary>Share of the fee that electricity would be at <see cref="DealQuery.ElectricityPricePerKwh"/> (a sourced default when absent).</summary>
    ElectricityShare,

    EnergyPerMonth,
    EnergyPerYear,
    EnergyOverTerm,

    /// <summary>Average US households using as much electricity in a year.</summary>
    Homes,

    /// <summary>Accelerators the deal's power can feed, for <see cref="DealQuery.AcceleratorId"/> (H100 when absent).</summary>
    GpusForPower,

    /// <summary>Dense BF16 FLOP per month at <see cref="DealQuery.Utilisation"/>.</summary>
    FlopsPerMonth,

    /// <summary>Time to train a model of <see cref="DealQuery.TrainingFlops"/> FLOP at <see cref="DealQuery.Utilisation"/>.</summary>
    TimeToTrain,

    /// <summary>Compute: <see cref="DealQuery.GpuCount"/> × <see cref="DealQuery.PricePerGpuHour"/> × <see cref="DealQuery.Duration"/>.</summary>
    GpuRentalCost,

    /// <summary>Compute: <see cref="DealQuery.Budget"/> ÷ <see cref="DealQuery.PricePerGpuHour"/>.</summary>
    GpuHoursForBudget,

    /// <summary>Compute: <see cref="DealQuery.Power"/> × <see cref="DealQuery.PricePerMwMonth"/> × <see cref="DealQuery.Duration"/> (a month when absent).</summary>
    PowerCost,

    /// <summary>
    /// Compute: the electricity bill of <see cref="DealQuery.Power"/> drawn around the clock at
    /// <see cref="DealQuery.ElectricityPricePerKwh"/> over <see cref="DealQuery.Duration"/> (a month when absent).
    /// </summary>
    ElectricityCost,

    /// <summary>
    /// A deal's electricity bill a month: its power drawn around the clock at <see cref="DealQuery.ElectricityPricePerKwh"/>
    /// (a sourced default when absent). Appended, as stored conversations keep measures by number.
    /// </summary>
    ElectricityBill,
}
