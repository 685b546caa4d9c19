using System.Runtime.CompilerServices;
using System.Text;
using DealBot.Chat.Safety;
using DealBot.Core.Answers;
using DealBot.Core.Catalog;

namespace DealBot.Chat.Rendering;

/// <summary>Lays out an answer as chat text: headline, working, assumptions, sources, suggestions.</summary>
public static class AnswerRenderer
{
    public const int SourcesShown = 4;

    // Citations are the same text in every answer that cites a source: written once per source and style.
    private static readonly ConditionalWeakTable<Source, string> PlainCitations = new();
    private static readonly ConditionalWeakTable<Source, string> MarkdownCitations = new();

    // Rendering runs once per question on every platform: one builder per thread is reused instead of a new one each time.
    [ThreadStatic]
    private static StringBuilder? _builder;

    public static string Render(Answer answer, TextStyle style)
    {
        var text = _builder ??= new StringBuilder(2048);
        text.Clear();
        text.Append(style.Bold(answer.Headline)).Append('\n');
        foreach (var step in answer.Steps)
        {
            text.Append(style.Bullet).Append(step).Append('\n');
        }

        if (answer.Assumptions.Count > 0)
        {
            text.Append("Assumptions:\n");
            foreach (var assumption in answer.Assumptions)
            {
                text.Append(style.Bullet).Append(assumption).Append('\n');
            }
        }

        if (answer.Suggestions.Count > 0)
        {
            text.Append(answer.Understood ? "Try also: " : "Try: ");
            for (var i = 0; i < answer.Suggestions.Count; i++)
            {
                text.Append(i == 0 ? "\"" : " · \"").Append(answer.Suggestions[i]).Append('"');
            }

            text.Append('\n');
        }

        if (answer.Sources.Count > 0)
        {
            // A chat message names the main sources; the full list is in the JSON form.
            text.Append("Sources: ");
            for (var i = 0; i < Math.Min(SourcesShown, answer.Sources.Count); i++)
            {
                text.Append(i == 0 ? "" : "; ").Append(Cite(answer.Sources[i], style));
            }

            if (answer.Sources.Count > SourcesShown)
            {
                text.Append($" (+{answer.Sources.Count - SourcesShown} more)");
            }
        }

        while (text.Length > 0 && char.IsWhiteSpace(text[^1]))
        {
            text.Length--;
        }

        return MentionSanitizer.Neutralize(text.ToString());
    }

    public static string Cite(Source source, TextStyle style) =>
        style == TextStyle.Plain ? PlainCitations.GetValue(source, static s => Format(s, TextStyle.Plain))
        : style == TextStyle.Markdown ? MarkdownCitations.GetValue(source, static s => Format(s, TextStyle.Markdown))
        : Format(source, style);

    private static string Format(Source source, TextStyle style) =>
        style.Link($"{source.Title} ({source.Date:yyyy-MM-dd}, {StatusName(source.Status)})", source.Url);

    /// <summary>"confirmed", "reported", "estimate": spelt out, as an enum's ToString looks its name up each time.</summary>
    public static string StatusName(FactStatus status) => status switch
    {
        FactStatus.Confirmed => "confirmed",
        FactStatus.Reported => "reported",
        FactStatus.Estimate => "estimate",
        _ => status.ToString().ToLowerInvariant(),
    };
}
