using DealBot.Core.Quantities;

namespace DealBot.Language.Months;

/// <summary>
/// A month expression as read: the month it means as the start of a window (<see cref="First"/>) and as the end
/// (<see cref="Last"/>) — "2027" is Jan as a start and Dec as an end, "mid-2027" is July and June.
/// <see cref="Day"/> is the day of the month when one was given ("March 1 2027"), else 0.
/// </summary>
internal readonly record struct MonthExpression(YearMonth First, YearMonth Last, int Day, int Next)
{
    public static MonthExpression Single(YearMonth month, int day, int next) => new(month, month, day, next);
}
