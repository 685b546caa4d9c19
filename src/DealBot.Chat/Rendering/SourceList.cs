using System.Runtime.CompilerServices;
using System.Text;
using DealBot.Core.Catalog;

namespace DealBot.Chat.Rendering;

/// <summary>
/// Sources as a list that scans: numbered, one a line, a short title with the date and how firm it is, linked where
/// the surface shows links ("1. [SpaceX S-1](…) — 2026-05-20, confirmed") and with the URL on its own line where it
/// does not. The full titles stay in the JSON form.
/// </summary>
public static class SourceList
{
    /// <summary>Long enough for "Amended S-1/A (2026-06-01)", short enough to read at a glance.</summary>
    public const int TitleMax = 60;

    /// <summary>A "name: what it says" title keeps its name when the name is at least this long.</summary>
    private const int NameMin = 8;

    // Every answer citing a source shows the same short title, date and status: written once per source.
    private static readonly ConditionalWeakTable<Source, Label> Labels = new();

    public static IReadOnlyList<string> Lines(IReadOnlyList<Source> sources, TextStyle style)
    {
        var lines = new string[sources.Count];
        for (var i = 0; i < sources.Count; i++)
        {
            lines[i] = Line(i + 1, sources[i], style);
        }

        return lines;
    }

    public static string Line(int number, Source source, TextStyle style) => Append(new StringBuilder(), number, source, style).ToString();

    /// <summary>Appends the numbered line to <paramref name="text"/>: every rendered answer does, without a string for it.</summary>
    public static StringBuilder Append(StringBuilder text, int number, Source source, TextStyle style)
    {
        var label = LabelOf(source);
        return style.Link is { } link
            ? text.Append($"{number}. {link(label.Title, source.Url)} — {label.Detail}")
            : text.Append($"{number}. {label.Title} — {label.Detail}\n   {source.Url}");
    }

    /// <summary>"SpaceX S-1 pp. 13, 146 and F-62" of "SpaceX S-1 pp. 13, 146 and F-62: $1.25B a month … (as quoted by …)".</summary>
    public static string ShortTitle(Source source) => LabelOf(source).Title;

    private static Label LabelOf(Source source) => Labels.GetValue(source, static s =>
    {
        var colon = s.Title.IndexOf(": ", StringComparison.Ordinal);
        var name = colon >= NameMin ? s.Title[..colon] : s.Title;
        return new Label(TextFit.Cut(name, TitleMax), $"{s.Date:yyyy-MM-dd}, {StatusName(s.Status)}");
    });

    /// <summary>"confirmed", "reported", "estimate": spelt out, as an enum's ToString looks its name up each time.</summary>
    public static string StatusName(FactStatus status) => status switch
    {
        FactStatus.Confirmed => "confirmed",
        FactStatus.Reported => "reported",
        FactStatus.Estimate => "estimate",
        _ => status.ToString().ToLowerInvariant(),
    };

    /// <summary>"SpaceX S-1 pp. 13, 146 and F-62" and "2026-05-20, confirmed".</summary>
    private sealed record Label(string Title, string Detail);
}
