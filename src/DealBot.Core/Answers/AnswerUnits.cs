namespace DealBot.Core.Answers;

public static class AnswerUnits
{
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
