using System.Text;
using DealBot.Chat.Safety;
using DealBot.Core.Answers;

namespace DealBot.Chat.Rendering;

/// <summary>
/// Lays out an answer as chat text: headline, working, assumptions, suggestions, sources. A comparison is set side by
/// side: an aligned table of the deals, then each deal's working under its name.
/// </summary>
public static class AnswerRenderer
{
    // Rendering runs once per question on every platform: one builder per thread is reused instead of a new one each time.
    [ThreadStatic]
    private static StringBuilder? _builder;

    public static string Render(Answer answer, TextStyle style)
    {
        var text = _builder ??= new StringBuilder(2048);
        text.Clear();
        text.Append(style.Bold(SideBySide.Headline(answer))).Append('\n');
        if (answer.Comparison is { } comparison)
        {
            ComparisonTable.Write(text, comparison);
            foreach (var deal in comparison.Deals.Where(d => d.Missing is not null || d.Steps.Count > 0))
            {
                text.Append(style.Bold(deal.Name + ":")).Append(deal.Missing is { } missing ? " " + missing : "").Append('\n');
                Bullets(text, style, deal.Steps);
            }
        }
        else
        {
            Bullets(text, style, answer.Steps);
        }

        if (answer.Assumptions.Count > 0)
        {
            text.Append("Assumptions:\n");
            Bullets(text, style, answer.Assumptions);
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
            // Text has no length limit: every source, one a line.
            text.Append("Sources:\n");
            for (var i = 0; i < answer.Sources.Count; i++)
            {
                SourceList.Append(text, i + 1, answer.Sources[i], style).Append('\n');
            }
        }

        while (text.Length > 0 && char.IsWhiteSpace(text[^1]))
        {
            text.Length--;
        }

        return MentionSanitizer.Neutralize(text.ToString());
    }

    private static void Bullets(StringBuilder text, TextStyle style, IReadOnlyList<string> lines)
    {
        foreach (var line in lines)
        {
            text.Append(style.Bullet).Append(line).Append('\n');
        }
    }
}
