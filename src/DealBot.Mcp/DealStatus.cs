using DealBot.Core.Catalog;
using DealBot.Core.Quantities;

namespace DealBot.Mcp;

/// <summary>Where a deal stands today on its own timeline: the <c>status</c> filter of <c>list_deals</c> and <c>/v1/deals</c>.</summary>
public static class DealStatus
{
    public const string Upcoming = "upcoming";
    public const string Active = "active";
    public const string Ended = "ended";

    /// <summary>No source gives the deal's start.</summary>
    public const string Undated = "undated";

    public static IReadOnlyList<string> All { get; } = [Upcoming, Active, Ended, Undated];

    public static string Of(Deal deal, YearMonth today) => deal switch
    {
        { Start: null } => Undated,
        { Start: { } start } when start > today => Upcoming,
        { End: { } end } when end < today => Ended,
        _ => Active,
    };
}
