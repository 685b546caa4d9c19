namespace DealBot.Core.Charts;

/// <summary>What an answer says when a chart was asked for but cannot be drawn.</summary>
public static class ChartMessages
{
    public const string Prefix = "No chart: ";
    public const string NoDeal = Prefix + "charts show a deal's spend, a comparison of deals or a what-if; this answer has none of those.";

    public static string NoTimeline(string deal) => $"{Prefix}{deal}'s spend can't be drawn over time: its fee or its start and end months have not been disclosed.";

    public static string NoFigures(string basis) => $"{Prefix}no source discloses the figures {basis} for these deals.";
}
