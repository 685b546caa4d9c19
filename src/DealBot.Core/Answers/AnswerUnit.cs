namespace DealBot.Core.Answers;

/// <summary>The unit of an answer's value. <see cref="AnswerUnits.Spelling"/> gives the name used in JSON.</summary>
public enum AnswerUnit
{
    Usd,
    UsdPerMonth,
    UsdPerYear,
    UsdPerDay,
    UsdPerHour,
    UsdPerWeek,
    UsdPerMwPerMonth,
    UsdPerMwPerYear,
    UsdPerMwh,
    UsdPerKwh,
    UsdPerGpuPerHour,
    UsdPerGpuPerYear,
    UsdPerGpuPerMonth,
    Mw,
    Gw,
    Mwh,
    Gwh,
    Twh,
    Gpu,
    GpuHours,
    Homes,
    Months,
    Days,
    Hours,
    Flop,
    Percent,
    CalendarYear,
}
