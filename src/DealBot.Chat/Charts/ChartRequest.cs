using System.Text.RegularExpressions;

namespace DealBot.Chat.Charts;

/// <summary>
/// Whether a question asks for a chart: the word "chart", "graph" or "plot" (any case, plurals, "charted"…), or an
/// explicit request from the platform (a slash command's <c>chart</c> option, the console's <c>--chart</c>).
/// </summary>
public static partial class ChartRequest
{
    public static bool IsAskedFor(string? text, bool requested = false) =>
        requested || (text is { Length: > 0 } && ChartWord().IsMatch(text));

    [GeneratedRegex(@"\b(chart|graph|plot)(s|ted|ting|ed|ing)?\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ChartWord();
}
