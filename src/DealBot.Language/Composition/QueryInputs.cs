using DealBot.Core.Queries;
using DealBot.Core.Units;

namespace DealBot.Language.Composition;

/// <summary>
/// The inputs of a query the readers built matched against the amounts the user typed, by dimension: "10k h100s at
/// 700 W each, energy?" must not become a rental at $700 an hour, nor "xai's 300 MW, homes if a home uses 9,000 kWh a
/// year" a count at the average home's use. (A composed query uses the amounts themselves.)
/// </summary>
internal static class QueryInputs
{
    private static readonly Dimension GpuHour = Dimension.Gpu * Dimension.Time;

    /// <summary>GPUs rent for a few dollars an hour; a price past this is a purchase price.</summary>
    private const decimal MostPerGpuHour = 1_000m;

    /// <summary>The label of an amount the query leaves out, or null when every amount is an input.</summary>
    /// <remarks>An input kept from <paramref name="previous"/> ("and at $3/hr?") was typed before.</remarks>
    public static string? Unmatched(DealQuery query, IReadOnlyList<Term> given, DealQuery? previous)
    {
        if (query.Kind is QueryKind.Compose or QueryKind.Unknown || given.Count == 0)
        {
            return null;
        }

        // Which amount each input came from; an input may also come from a bare number ("at 2.35") or the question before.
        Span<bool> used = stackalloc bool[given.Count];
        var before = previous is { Kind: QueryKind.Compute } ? previous : null;

        // A deal's measure uses a GPU count or a power the user gives only if it is counted in them.
        var compute = query.Kind == QueryKind.Compute;
        var usesGpus = compute || query.Measure is Measure.PerGpuHour or Measure.PerGpuMonth or Measure.PerGpuYear
            or Measure.FlopsPerMonth or Measure.TimeToTrain;
        // A rental ("2000 h100s at $2.2/h plus 3 MW at 9c/kwh") uses no power or power price: the sum is not its to make.
        // A rental of the GPUs a power feeds ("300 MW of h100s at $2.35/hr") counts them from the power.
        var rental = query.Measure == Measure.GpuHoursForBudget || (query.Measure == Measure.GpuRentalCost && query.GpuCount is not null);
        var usesPower = (compute && !rental) || query.Measure is Measure.EnergyPerMonth or Measure.EnergyPerYear or Measure.EnergyOverTerm
            or Measure.Homes or Measure.GpusForPower or Measure.ElectricityBill or Measure.ElectricityShare;
        // Of the user's own sums only GPU-hours for a budget spend one: "…for 6 months, what if the price drops to $3" is no budget.
        Use(query.Budget is not null && query.Budget != before?.Budget && (!compute || query.Measure == Measure.GpuHoursForBudget), given, used, Dimension.Money);
        Use(usesGpus && query.GpuCount is not null && query.GpuCount != before?.GpuCount, given, used, Dimension.Gpu);
        Use(usesPower && query.Power is not null && query.Power != before?.Power, given, used, Dimension.Power);
        // A deal's own measure never uses a rental price: "$2.50 per gpu hour, per year?" is not the deal's yearly fee.
        // "at $2.50 each" is an hourly rate said short; "$25,000 each" is what a GPU costs to buy, never an hourly rate.
        Use(query.Kind != QueryKind.Deal && query.PricePerGpuHour is { Usd: < MostPerGpuHour } && query.PricePerGpuHour != before?.PricePerGpuHour, given, used,
            Dimension.Money / GpuHour, Dimension.Money / Dimension.Time, Dimension.Money / Dimension.Gpu, Dimension.Money);
        Use(!rental && query.ElectricityPricePerKwh is not null && query.ElectricityPricePerKwh != before?.ElectricityPricePerKwh, given, used,
            Dimension.Money / Dimension.Energy, Dimension.Money);
        Use(query.PricePerMwMonth is not null && query.PricePerMwMonth != before?.PricePerMwMonth, given, used,
            Dimension.Money / Dimension.Energy, Dimension.Money / Dimension.Power, Dimension.Money);
        Use(query.TrainingFlops is not null && query.TrainingFlops != before?.TrainingFlops, given, used, Dimension.Flop);
        // "15B or 45B, which is right?": every figure heard is checked against the answer.
        for (var k = 0; query.QuotedAmount is not null && k < given.Count; k++)
        {
            used[k] |= given[k].Quantity.Dimension == Dimension.Money;
        }

        if (query.Changes is { } changes)
        {
            Use(changes.MonthlyFee is not null, given, used, Dimension.Money / Dimension.Time, Dimension.Money);
            Use(changes.Total is not null, given, used, Dimension.Money);
            Use(changes.Power is not null, given, used, Dimension.Power);
            Use(changes.Gpus is not null, given, used, Dimension.Gpu);
        }
        for (var k = 0; k < given.Count; k++)
        {
            // Percentages have readers of their own (utilisation, changes), and so do lengths (durations, windows), which
            // must still end up somewhere: "xai cost for 36 hours" is not the total to term.
            var dimension = given[k].Quantity.Dimension;
            if (!used[k] && dimension != Dimension.None && (dimension != Dimension.Time || !LengthUsed(query, given[k].Quantity)))
            {
                return given[k].Label;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether a length typed has a place in the query: a window, a duration, a change of term, an escalation, a time
    /// asked for, or the period of the rate asked ("a year" in "what does it cost a year"). Only figures of money, energy
    /// and compute over time are checked; the others (notice, training time) read lengths their own way.
    /// </summary>
    private static bool LengthUsed(DealQuery query, Quantity length) =>
        query.Kind is not (QueryKind.Deal or QueryKind.Compute or QueryKind.WhatIf) || PeriodHours(query.Measure) is not { } period
        // "the 6 months to june 2028": a window open at its start does not hold the length that would start it.
        || query.Window is not (null or { Kind: WindowKind.Between, From: null }) || query.Duration is not null || query.Escalation is not null
        || query.Changes is { TermMonths: not null } or { EndShiftMonths: not null } or { End: not null } or { Start: not null }
        || query.Target?.Dimension == Dimension.Time || (period > 0m && length.Value == period);

    /// <summary>The period, in hours, of a measure over time; 0 for a total; null for a measure that is no amount over time.</summary>
    public static decimal? PeriodHours(Measure measure) => measure switch
    {
        Measure.Total or Measure.Summary or Measure.EnergyOverTerm => 0m,
        Measure.HourlyCost or Measure.PerGpuHour => 1m,
        Measure.DailyCost => 24m,
        Measure.WeeklyCost => 168m,
        Measure.MonthlyCost or Measure.PerGpuMonth or Measure.PerMwMonth or Measure.EnergyPerMonth or Measure.FlopsPerMonth or Measure.ElectricityBill => 730m,
        Measure.YearlyCost or Measure.PerGpuYear or Measure.PerMwYear or Measure.EnergyPerYear => 8_760m,
        _ => null,
    };

    /// <summary>Marks an unused typed amount of the input's dimensions, if any, trying them in the order given.</summary>
    private static void Use(bool input, IReadOnlyList<Term> given, Span<bool> used, params ReadOnlySpan<Dimension> dimensions)
    {
        foreach (var dimension in input ? dimensions : [])
        {
            for (var k = 0; k < given.Count; k++)
            {
                if (!used[k] && given[k].Quantity.Dimension == dimension)
                {
                    used[k] = true;
                    return;
                }
            }
        }
    }
}
