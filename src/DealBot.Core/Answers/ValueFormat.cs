using DealBot.Core.Quantities;
using DealBot.Core.Text;

namespace DealBot.Core.Answers;

/// <summary>Formats an answer value with its unit for people ("$1.25B/month", "245,264 homes", "1.63%").</summary>
public static class ValueFormat
{
    public static string Format(decimal value, AnswerUnit unit) => Number(value, unit) + Suffix(value, unit);

    /// <summary>"$45B (range $43.75B–$46.25B)" or just "$1.25B/month" when exact: the unit is said once.</summary>
    public static string Format(Estimate<decimal> estimate, AnswerUnit unit) =>
        Range(estimate, unit) is { } range ? $"{Format(estimate.Value, unit)} (range {range})" : Format(estimate.Value, unit);

    /// <summary>"$43.75B–$46.25B", or null when both ends print the same.</summary>
    public static string? Range(Estimate<decimal> estimate, AnswerUnit unit)
    {
        if (Identical(estimate.Low, estimate.High))
        {
            return null;
        }

        // Each end is formatted once: the same text decides whether it is a range and prints it.
        var low = Number(estimate.Low, unit);
        var high = Number(estimate.High, unit);
        return low == high ? null : $"{low}–{high}";
    }

    /// <summary>
    /// "$7.78" for money, whose basis ("per GPU-hour") is said once beside it; "300 MW" for anything else, whose number
    /// alone would not say what it counts.
    /// </summary>
    public static string Amount(decimal value, AnswerUnit unit) => IsMoney(unit) ? Number(value, unit) : Format(value, unit);

    /// <summary>Exact when both ends print the same: a range that rounds away is noise.</summary>
    public static bool IsExact(Estimate<decimal> estimate, AnswerUnit unit) =>
        Identical(estimate.Low, estimate.High) || Number(estimate.Low, unit) == Number(estimate.High, unit);

    /// <summary>
    /// Same value, scale and sign: the same bits, which print the same in every unit. Most estimates are exact
    /// (the facts agree), and this spares formatting both ends only to compare them.
    /// </summary>
    private static bool Identical(decimal a, decimal b) => a == b && a.Scale == b.Scale && decimal.IsNegative(a) == decimal.IsNegative(b);

    private static bool IsMoney(AnswerUnit unit) => unit is AnswerUnit.Usd or AnswerUnit.UsdPerMonth or AnswerUnit.UsdPerYear
        or AnswerUnit.UsdPerDay or AnswerUnit.UsdPerHour or AnswerUnit.UsdPerWeek or AnswerUnit.UsdPerMwPerMonth
        or AnswerUnit.UsdPerMwPerYear or AnswerUnit.UsdPerMwh or AnswerUnit.UsdPerKwh or AnswerUnit.UsdPerGpuPerHour
        or AnswerUnit.UsdPerGpuPerYear or AnswerUnit.UsdPerGpuPerMonth;

    private static string Number(decimal value, AnswerUnit unit) => unit switch
    {
        _ when IsMoney(unit) => QuantityFormat.Usd(value),
        AnswerUnit.Gpu or AnswerUnit.GpuHours or AnswerUnit.Homes => QuantityFormat.Count(value),
        AnswerUnit.Days => QuantityFormat.Number(value, 1),
        AnswerUnit.Flop => QuantityFormat.Scientific((double)value),
        AnswerUnit.CalendarYear => QuantityFormat.Number(value, 0).Replace(",", ""),
        _ => QuantityFormat.Number(value),
    };

    private static string Suffix(decimal value, AnswerUnit unit) => unit switch
    {
        AnswerUnit.UsdPerMonth => "/month",
        AnswerUnit.UsdPerYear => "/year",
        AnswerUnit.UsdPerDay => "/day",
        AnswerUnit.UsdPerHour => "/hour",
        AnswerUnit.UsdPerWeek => "/week",
        AnswerUnit.UsdPerMwPerMonth => " per MW-month",
        AnswerUnit.UsdPerMwPerYear => " per MW-year",
        AnswerUnit.UsdPerMwh => "/MWh",
        AnswerUnit.UsdPerKwh => "/kWh",
        AnswerUnit.UsdPerGpuPerHour => " per GPU-hour",
        AnswerUnit.UsdPerGpuPerYear => " per GPU-year",
        AnswerUnit.UsdPerGpuPerMonth => " per GPU-month",
        AnswerUnit.Mw when value >= 1_000m => $" MW ({QuantityFormat.Number(value / 1_000m)} GW)",
        AnswerUnit.Mw or AnswerUnit.Gw or AnswerUnit.Mwh or AnswerUnit.Gwh or AnswerUnit.Twh => " " + unit.Spelling(),
        AnswerUnit.Gpu => " GPUs",
        AnswerUnit.GpuHours => " GPU-hours",
        AnswerUnit.Homes => " homes",
        AnswerUnit.Months => value == 1 ? " month" : " months",
        AnswerUnit.Days => value == 1 ? " day" : " days",
        AnswerUnit.Hours => value == 1 ? " hour" : " hours",
        AnswerUnit.Flop => " FLOP",
        AnswerUnit.Percent => "%",
        _ => "",
    };
}
