using DealBot.Core.Units;

namespace DealBot.Core.Answers;

public static class AnswerUnits
{
    /// <summary>The prelude unit an answer unit counts in, so any answer converts to the unit a question asks for; null for a calendar year.</summary>
    public static Unit? ToUnit(this AnswerUnit unit) => PreludeUnits[(int)unit];

    // Made once: answers convert on every question that names a unit.
    private static readonly Unit?[] PreludeUnits = [.. Enum.GetValues<AnswerUnit>().Select(Map)];

    private static Unit? Map(AnswerUnit unit) => unit switch
    {
        AnswerUnit.Usd => Prelude.Usd,
        AnswerUnit.UsdPerMonth => Prelude.Usd.Per(Prelude.Month),
        AnswerUnit.UsdPerYear => Prelude.Usd.Per(Prelude.Year),
        AnswerUnit.UsdPerDay => Prelude.Usd.Per(Prelude.Day),
        AnswerUnit.UsdPerHour => Prelude.Usd.Per(Prelude.Hour),
        AnswerUnit.UsdPerWeek => Prelude.Usd.Per(Prelude.Week),
        AnswerUnit.UsdPerMwPerMonth => Prelude.Usd.Per(Prelude.Megawatt).Per(Prelude.Month),
        AnswerUnit.UsdPerMwPerYear => Prelude.Usd.Per(Prelude.Megawatt).Per(Prelude.Year),
        AnswerUnit.UsdPerMwh => Prelude.Usd.Per(Prelude.MegawattHour),
        AnswerUnit.UsdPerKwh => Prelude.Usd.Per(Prelude.KilowattHour),
        AnswerUnit.UsdPerGpuPerHour => Prelude.Usd.Per(Prelude.Gpu).Per(Prelude.Hour),
        AnswerUnit.UsdPerGpuPerYear => Prelude.Usd.Per(Prelude.Gpu).Per(Prelude.Year),
        AnswerUnit.UsdPerGpuPerMonth => Prelude.Usd.Per(Prelude.Gpu).Per(Prelude.Month),
        AnswerUnit.Mw => Prelude.Megawatt,
        AnswerUnit.Gw => Prelude.Gigawatt,
        AnswerUnit.Mwh => Prelude.MegawattHour,
        AnswerUnit.Gwh => Prelude.GigawattHour,
        AnswerUnit.Twh => Prelude.TerawattHour,
        AnswerUnit.Gpu => Prelude.Gpu,
        AnswerUnit.GpuHours => Prelude.Gpu.Times(Prelude.Hour),
        AnswerUnit.Homes => Prelude.Home,
        AnswerUnit.Months => Prelude.Month,
        AnswerUnit.Days => Prelude.Day,
        AnswerUnit.Hours => Prelude.Hour,
        AnswerUnit.Flop => Prelude.Flop,
        AnswerUnit.Percent => Prelude.Percent,
        _ => null,
    };

    /// <summary>The unit's name in machine output (JSON), e.g. "USD/MW/month".</summary>
    public static string Spelling(this AnswerUnit unit) => unit switch
    {
        AnswerUnit.Usd => "USD",
        AnswerUnit.UsdPerMonth => "USD/month",
        AnswerUnit.UsdPerYear => "USD/year",
        AnswerUnit.UsdPerDay => "USD/day",
        AnswerUnit.UsdPerHour => "USD/hour",
        AnswerUnit.UsdPerWeek => "USD/week",
        AnswerUnit.UsdPerMwPerMonth => "USD/MW/month",
        AnswerUnit.UsdPerMwPerYear => "USD/MW/year",
        AnswerUnit.UsdPerMwh => "USD/MWh",
        AnswerUnit.UsdPerKwh => "USD/kWh",
        AnswerUnit.UsdPerGpuPerHour => "USD/GPU/hour",
        AnswerUnit.UsdPerGpuPerYear => "USD/GPU/year",
        AnswerUnit.UsdPerGpuPerMonth => "USD/GPU/month",
        AnswerUnit.Mw => "MW",
        AnswerUnit.Gw => "GW",
        AnswerUnit.Mwh => "MWh",
        AnswerUnit.Gwh => "GWh",
        AnswerUnit.Twh => "TWh",
        AnswerUnit.Gpu => "GPU",
        AnswerUnit.GpuHours => "GPU-hours",
        AnswerUnit.Homes => "homes",
        AnswerUnit.Months => "months",
        AnswerUnit.Days => "days",
        AnswerUnit.Hours => "hours",
        AnswerUnit.Flop => "FLOP",
        AnswerUnit.Percent => "percent",
        AnswerUnit.CalendarYear => "calendar_year",
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
    };
}
