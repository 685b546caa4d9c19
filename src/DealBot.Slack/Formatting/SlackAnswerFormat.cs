using System.Text;
using System.Text.Json.Nodes;
using DealBot.Chat.Rendering;
using DealBot.Chat.Safety;
using DealBot.Core.Answers;

namespace DealBot.Slack.Formatting;

/// <summary>
/// An answer as a Slack message: Block Kit (header with the headline, fields for the key numbers, the working, the
/// sources as links, suggestions as buttons) plus the plain <c>text</c> Slack shows in notifications and on clients
/// without blocks. Every string from the answer is escaped first; see <see cref="Mrkdwn"/>.
/// </summary>
public static class SlackAnswerFormat
{
    /// <summary>Buttons on a suggestion carry this action id prefix; the interactivity handler asks their value.</summary>
    public const string AskActionPrefix = "dealbot.ask.";

    // Block Kit limits (header 150, section text 3000, 10 fields of 2000, 10 context elements, button label 75, value 2000).
    private const int HeaderMax = 150;
    private const int SectionMax = 3000;
    private const int FieldMax = 2000;
    private const int ContextElementsMax = 10;
    private const int ButtonLabelMax = 75;
    private const int ButtonValueMax = 2000;
    private const int ButtonsMax = 5;

    private static readonly TextStyle Style = new(s => $"*{s}*", (title, url) => Mrkdwn.Link(url, title), "• ");

    /// <summary>The message body for chat.postMessage, a slash command response or response_url.</summary>
    public static JsonObject Message(Answer answer)
    {
        var safe = Escaped(answer);
        return new JsonObject
        {
            ["text"] = AnswerRenderer.Render(safe, Style),
            ["blocks"] = Blocks(safe),
        };
    }

    /// <summary>A short notice (rate limit, an error) as plain escaped text.</summary>
    public static JsonObject Notice(string text) => new() { ["text"] = Mrkdwn.Safe(text) };

    private static JsonArray Blocks(Answer a)
    {
        var blocks = new JsonArray(new JsonObject
        {
            ["type"] = "header",
            ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = Truncate(MentionSanitizer.Neutralize(a.Headline), HeaderMax), ["emoji"] = false },
        });

        if (Fields(a) is { Count: > 0 } fields)
        {
            blocks.Add(Block("section", "fields", fields));
        }

        AddSection(blocks, null, a.Steps);
        AddSection(blocks, "Assumptions", a.Assumptions);
        if (Buttons(a.Suggestions) is { Count: > 0 } buttons)
        {
            blocks.Add(Block("actions", "elements", buttons));
        }

        if (a.Sources.Count > 0)
        {
            var elements = new JsonArray();
            foreach (var source in a.Sources.Take(ContextElementsMax))
            {
                elements.Add(MrkdwnText(AnswerRenderer.Cite(source, Style)));
            }

            blocks.Add(Block("context", "elements", elements));
        }

        return blocks;
    }

    private static JsonArray Fields(Answer a)
    {
        var fields = new JsonArray();
        if (a.Value is { } value && a.Unit is { } unit)
        {
            fields.Add(MrkdwnText($"*Value*\n{Format(value, unit)}"));
            if (a.Low is { } low && a.High is { } high && Format(low, unit) != Format(high, unit))
            {
                fields.Add(MrkdwnText($"*Range*\n{Format(low, unit)} – {Format(high, unit)}"));
            }

            fields.Add(MrkdwnText($"*Unit*\n{unit.Spelling()}"));
        }
        else if (a.Value is { } asked && a.ValueUnit is { } valueUnit && Math.Abs(asked) < 7.9e27)
        {
            fields.Add(MrkdwnText($"*Value*\n{Mrkdwn.Escape(Core.Text.UnitFormat.Format((decimal)asked, valueUnit))}"));
            fields.Add(MrkdwnText($"*Unit*\n{Mrkdwn.Escape(valueUnit.Symbol)}"));
        }

        if (a.Date is { } date)
        {
            fields.Add(MrkdwnText($"*Date*\n{date}", FieldMax));
        }

        return fields;
    }

    private static void AddSection(JsonArray blocks, string? title, IReadOnlyList<string> lines)
    {
        if (lines.Count == 0)
        {
            return;
        }

        var text = new StringBuilder();
        if (title is not null)
        {
            text.Append('*').Append(title).Append("*\n");
        }

        foreach (var line in lines)
        {
            text.Append(Style.Bullet).Append(line).Append('\n');
        }

        blocks.Add(Block("section", "text", MrkdwnText(text.ToString().TrimEnd(), SectionMax)));
    }

    private static JsonArray Buttons(IReadOnlyList<string> suggestions)
    {
        var buttons = new JsonArray();
        foreach (var (suggestion, i) in suggestions.Take(ButtonsMax).Select((s, i) => (s, i)))
        {
            buttons.Add((JsonNode)new JsonObject
            {
                ["type"] = "button",
                ["action_id"] = AskActionPrefix + i,
                ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = Truncate(MentionSanitizer.Neutralize(suggestion), ButtonLabelMax) },

                // The value goes back to the bot as the question; Slack does not render it.
                ["value"] = Truncate(Mrkdwn.Unescape(suggestion), ButtonValueMax),
            });
        }

        return buttons;
    }

    /// <summary>Neutralizing adds characters, so the cut to <paramref name="max"/> comes after it (Slack rejects longer text).</summary>
    private static JsonNode MrkdwnText(string text, int max = int.MaxValue) =>
        new JsonObject { ["type"] = "mrkdwn", ["text"] = Truncate(MentionSanitizer.Neutralize(text), max) };

    // Typed JsonNode so JsonArray.Add binds to Add(JsonNode), not Add<T>, which needs reflection under Native AOT.
    private static JsonNode Block(string type, string name, JsonNode content) => new JsonObject { ["type"] = type, [name] = content };

    /// <summary>The answer with every outside string escaped; source URLs are escaped where links are built.</summary>
    private static Answer Escaped(Answer a) => a with
    {
        Headline = Mrkdwn.Escape(a.Headline),
        Date = a.Date is null ? null : Mrkdwn.Escape(a.Date),
        Steps = a.Steps.Select(Mrkdwn.Escape).ToArray(),
        Assumptions = a.Assumptions.Select(Mrkdwn.Escape).ToArray(),
        Suggestions = a.Suggestions.Select(Mrkdwn.Escape).ToArray(),
        Sources = a.Sources.Select(s => s with { Title = Mrkdwn.Escape(s.Title) }).ToArray(),
    };

    private static string Format(double value, AnswerUnit unit) =>
        Math.Abs(value) < 7.9e27 ? Mrkdwn.Escape(ValueFormat.Format((decimal)value, unit)) : value.ToString("G4", System.Globalization.CultureInfo.InvariantCulture);

    private static string Truncate(string text, int max) => text.Length <= max ? text : string.Concat(text.AsSpan(0, max - 1), "…");
}
