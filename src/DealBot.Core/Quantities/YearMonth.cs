namespace DealBot.Core.Quantities;

/// <summary>A calendar month, the unit in which deals are billed. Windows of months are inclusive at both ends.</summary>
public readonly record struct YearMonth(int Year, int Month) : IComparable<YearMonth>
{
    public static YearMonth FromDate(DateOnly date) => new(date.Year, date.Month);

    public static bool IsValid(int year, int month) => year is >= 1900 and <= 2200 && month is >= 1 and <= 12;

    private int Index => (Year * 12) + Month - 1;

    public YearMonth AddMonths(int months)
    {
        var index = Index + months;
        return new YearMonth(index / 12, (index % 12) + 1);
    }

    /// <summary>Months from <paramref name="first"/> to <paramref name="last"/>, counting both; zero when reversed.</summary>
    /// <summary>How many months <paramref name="later"/> is after this month; negative when it is before.</summary>
    public int MonthsUntil(YearMonth later) => later.Index - Index;

    public static int CountInclusive(YearMonth first, YearMonth last) => Math.Max(0, last.Index - first.Index + 1);

    public static YearMonth Max(YearMonth a, YearMonth b) => a >= b ? a : b;

    public static YearMonth Min(YearMonth a, YearMonth b) => a <= b ? a : b;

    public DateOnly FirstDay => new(Year, Month, 1);

    public int Days => DateTime.DaysInMonth(Year, Month);

    public static bool operator <(YearMonth left, YearMonth right) => left.Index < right.Index;

    public static bool operator >(YearMonth left, YearMonth right) => left.Index > right.Index;

    public static bool operator <=(YearMonth left, YearMonth right) => left.Index <= right.Index;

    public static bool operator >=(YearMonth left, YearMonth right) => left.Index >= right.Index;

    public int CompareTo(YearMonth other) => Index.CompareTo(other.Index);

    /// <summary>ISO form, <c>YYYY-MM</c>.</summary>
    public override string ToString() => $"{Year:D4}-{Month:D2}";
}
