namespace DealBot.Core.Charts;

/// <summary>What an answer says when a chart was asked for but cannot be drawn.</summary>
public static class ChartMessages
{
    public const string Prefix = "No chart: ";
    public const string NoDeal = Prefix + "charts show a deal's spend, a comparison of deals or a what-if; this answer has none of those.";

    public static string NoTimeline(string deal) => $"{Prefix}{deal}'s monthly fee or term has not been disclosed, so its spend can't be drawn.";

    public static string NoFigures(string basis) => $"{Prefix}no source discloses the figures {basis} for these deals.";
}
