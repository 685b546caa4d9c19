using DealBot.Core.Quantities;
using DealBot.Core.Text;

namespace DealBot.Core.Answers;

/// <summary>Formats an answer value with its unit for people ("$1.25B/month", "245,264 homes", "1.63%").</summary>
public static class ValueFormat
{
    public static string Format(decimal value, AnswerUnit unit) => unit switch
    {
        AnswerUnit.Usd => QuantityFormat.Usd(value),
        AnswerUnit.UsdPerMonth => QuantityFormat.Usd(value) + "/month",
        AnswerUnit.UsdPerYear => QuantityFormat.Usd(value) + "/year",
        AnswerUnit.UsdPerDay => QuantityFormat.Usd(value) + "/day",
        AnswerUnit.UsdPerMwPerMonth => QuantityFormat.Usd(value) + " per MW-month",
        AnswerUnit.UsdPerMwPerYear => QuantityFormat.Usd(value) + " per MW-year",
        AnswerUnit.UsdPerMwh => QuantityFormat.Usd(value) + "/MWh",
        AnswerUnit.UsdPerKwh => QuantityFormat.Usd(value) + "/kWh",
        AnswerUnit.UsdPerGpuPerHour => QuantityFormat.Usd(value) + " per GPU-hour",
        AnswerUnit.UsdPerGpuPerMonth => QuantityFormat.Usd(value) + " per GPU-month",
        AnswerUnit.Mw when value >= 1_000m => $"{QuantityFormat.Number(value)} MW ({QuantityFormat.Number(value / 1_000m)} GW)",
        AnswerUnit.Mw or AnswerUnit.Gw or AnswerUnit.Mwh or AnswerUnit.Gwh or AnswerUnit.Twh => QuantityFormat.Number(value) + " " + unit.Spelling(),
        AnswerUnit.Gpu => QuantityFormat.Count(value) + " GPUs",
        AnswerUnit.GpuHours => QuantityFormat.Count(value) + " GPU-hours",
        AnswerUnit.Homes => QuantityFormat.Count(value) + " homes",
        AnswerUnit.Months => QuantityFormat.Plural(value, "month"),
        AnswerUnit.Days => QuantityFormat.Plural(Math.Round(value, 1), "day"),
        AnswerUnit.Hours => QuantityFormat.Plural(value, "hour"),
        AnswerUnit.Flop => QuantityFormat.Scientific((double)value) + " FLOP",
        AnswerUnit.Percent => QuantityFormat.Percent(value),
        AnswerUnit.CalendarYear => value.ToString("0", System.Globalization.CultureInfo.InvariantCulture),
        _ => QuantityFormat.Number(value),
    };

    /// <summary>"$45B (range $43.75B–$46.25B)" or just "$1.25B/month" when exact.</summary>
    public static string Format(Estimate<decimal> estimate, AnswerUnit unit) =>
        IsExact(estimate, unit)
            ? Format(estimate.Value, unit)
            : $"{Format(estimate.Value, unit)} (range {Format(estimate.Low, unit)} – {Format(estimate.High, unit)})";

    /// <summary>Exact when both ends print the same: a range that rounds away is noise.</summary>
    public static bool IsExact(Estimate<decimal> estimate, AnswerUnit unit) => Format(estimate.Low, unit) == Format(estimate.High, unit);
}
