using DealBot.Core.Catalog;

namespace DealBot.Charts;

/// <summary>The sources line under a chart: "Sources: SpaceX S-1 (2026-05-20); Anthropic announcement (2026-05-06)".</summary>
internal static class Caption
{
    private const int TitleMax = 48;

    public static string Sources(IReadOnlyList<Source> sources, int maxChars = ChartStyle.CaptionChars)
    {
        if (sources.Count == 0)
        {
            return "";
        }

        var text = "Sources: ";
        var shown = 0;
        foreach (var source in sources)
        {
            var title = source.Title.Length <= TitleMax ? source.Title : string.Concat(source.Title.AsSpan(0, TitleMax - 1), "…");
            var item = $"{(shown > 0 ? "; " : "")}{title} ({source.Date:yyyy-MM-dd})";
            var more = sources.Count - shown - 1 > 0 ? $" (+{sources.Count - shown - 1} more)".Length : 0;
            if (shown > 0 && text.Length + item.Length + more > maxChars)
            {
                break;
            }

            text += item;
            shown++;
        }

        return shown < sources.Count ? $"{text} (+{sources.Count - shown} more)" : text;
    }
}
