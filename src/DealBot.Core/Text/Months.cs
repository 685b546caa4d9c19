using DealBot.Core.Quantities;

namespace DealBot.Core.Text;

/// <summary>Month names for people: "May 2029".</summary>
public static class Months
{
    private static readonly string[] Names = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

    public static string Name(YearMonth month) => $"{Names[month.Month - 1]} {month.Year}";
}
