using DealBot.Core.Text;

namespace DealBot.Core.Quantities;

/// <summary>
/// An elapsed length of time, in hours. A month is 730 hours and a year 8,760 hours (8,760 / 12 = 730):
/// the billing convention DealBot states in every answer that uses it. Calendar months are <see cref="YearMonth"/>.
/// </summary>
public readonly record struct Duration(decimal Hours) : IComparable<Duration>
{
    public const decimal HoursPerDay = 24m;
    public const decimal HoursPerMonth = 730m;
    public const decimal HoursPerYear = 8_760m;

    public static Duration Zero => default;

    public static Duration FromHours(decimal hours) => new(hours);

    public static Duration FromDays(decimal days) => new(days * HoursPerDay);

    public static Duration FromMonths(decimal months) => new(months * HoursPerMonth);

    public static Duration FromYears(decimal years) => new(years * HoursPerYear);

    public decimal Days => Hours / HoursPerDay;

    public decimal Months => Hours / HoursPerMonth;

    public decimal Years => Hours / HoursPerYear;

    public static Duration operator +(Duration left, Duration right) => new(left.Hours + right.Hours);

    public static Duration operator *(Duration duration, decimal factor) => new(duration.Hours * factor);

    public static decimal operator /(Duration left, Duration right) => left.Hours / right.Hours;

    public static bool operator <(Duration left, Duration right) => left.Hours < right.Hours;

    public static bool operator >(Duration left, Duration right) => left.Hours > right.Hours;

    public static bool operator <=(Duration left, Duration right) => left.Hours <= right.Hours;

    public static bool operator >=(Duration left, Duration right) => left.Hours >= right.Hours;

    public int CompareTo(Duration other) => Hours.CompareTo(other.Hours);

    public override string ToString() => QuantityFormat.Duration(this);
}
