using System.Text.Json.Nodes;
using DealBot.Chat.Rendering;
using DealBot.Chat.Safety;
using DealBot.Core.Answers;

namespace DealBot.Slack.Formatting;

/// <summary>
/// An answer as a Slack message: Block Kit (header with the headline, fields for the key numbers, the working,
/// suggestions as buttons, the sources as a numbered list of links; a comparison has one field a deal, side by side,
/// and each deal's working in its own section) plus the plain <c>text</c> Slack shows in notifications and on clients
/// without blocks. Every string from the answer is escaped first; see <see cref="Mrkdwn"/>.
/// </summary>
public static class SlackAnswerFormat
{
    /// <summary>Buttons on a suggestion carry this action id prefix; the interactivity handler asks their value.</summary>
    public const string AskActionPrefix = "dealbot.ask.";

    // Block Kit limits (header 150, section text 3000, 10 fields of 2000, button label 75, value 2000, 50 blocks).
    private const int HeaderMax = 150;
    private const int SectionMax = 3000;
    private const int FieldMax = 2000;
    private const int FieldsMax = 10;
    private const int ButtonLabelMax = 75;
    private const int ButtonValueMax = 2000;
    private const int ButtonsMax = 5;

    /// <summary>Slack's 50 blocks, less the header, the fields, assumptions, buttons and sources around the deals' working.</summary>
    private const int WorkingSectionsMax = 50 - 5;

    // Source titles are escaped here, where the link is built: the catalog's own sources are rendered (their short
    // titles are written once and cached), not an escaped copy per message.
    private static readonly TextStyle Style = new(s => $"*{s}*", (title, url) => Mrkdwn.Link(url, Mrkdwn.Escape(title)), "• ");

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
            ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = TextFit.Cut(MentionSanitizer.Neutralize(SideBySide.Headline(a)), HeaderMax), ["emoji"] = false },
        });

        if (a.Comparison is { } comparison)
        {
            blocks.Add(Block("section", "fields", DealFields(comparison.Deals)));
            foreach (var deal in comparison.Deals.Where(d => d.Steps.Count > 0).Take(WorkingSectionsMax))
            {
                AddSection(blocks, deal.Name, deal.Steps);
            }
        }
        else
        {
            if (Fields(a) is { Count: > 0 } fields)
            {
                blocks.Add(Block("section", "fields", fields));
            }

            AddSection(blocks, null, a.Steps);
        }

        AddSection(blocks, "Assumptions", a.Assumptions);
        if (Buttons(a.Suggestions) is { Count: > 0 } buttons)
        {
            blocks.Add(Block("actions", "elements", buttons));
        }

        if (a.Sources.Count > 0)
        {
            blocks.Add(Block("context", "elements", new JsonArray(MrkdwnLines(SourceList.Lines(a.Sources, Style), TextFit.More))));
        }

        return blocks;
    }

    private static JsonArray Fields(Answer a)
    {
        // The value says its unit in words ("$7.78 per GPU-hour"); the machine spelling is for JSON only.
        var fields = new JsonArray();
        if (a.Value is { } value && a.Unit is { } unit)
        {
            fields.Add(MrkdwnText($"*Value*\n{Format(value, unit)}"));
            if (a.Low is { } low && a.High is { } high && Format(low, unit) != Format(high, unit))
            {
                fields.Add(MrkdwnText($"*Range*\n{Format(low, unit)} – {Format(high, unit)}"));
            }
        }
        else if (a.Value is { } asked && a.ValueUnit is { } valueUnit && Math.Abs(asked) < 7.9e27)
        {
            fields.Add(MrkdwnText($"*Value*\n{Mrkdwn.Escape(Core.Text.UnitFormat.Format((decimal)asked, valueUnit))}"));
        }

        if (a.Date is { } date)
        {
            fields.Add(MrkdwnText($"*Date*\n{date}", FieldMax));
        }

        return fields;
    }

    /// <summary>One field a deal, side by side (Slack shows them in two columns); past Slack's ten, the rest are named in the last.</summary>
    private static JsonArray DealFields(IReadOnlyList<ComparedDeal> deals)
    {
        var fields = new JsonArray();
        var shown = deals.Count <= FieldsMax ? deals.Count : FieldsMax - 1;
        foreach (var deal in deals.Take(shown))
        {
            fields.Add(MrkdwnText($"*{deal.Name}*\n{SideBySide.Cell(deal)}", FieldMax));
        }

        if (shown < deals.Count)
        {
            fields.Add(MrkdwnText($"*{TextFit.More(deals.Count - shown)}*\n{string.Join(", ", deals.Skip(shown).Select(d => d.Name))}", FieldMax));
        }

        return fields;
    }

    /// <summary>A section of whole lines under an optional bold title; lines past Slack's 3000 characters give way to "…".</summary>
    private static void AddSection(JsonArray blocks, string? title, IReadOnlyList<string> lines)
    {
        if (lines.Count == 0)
        {
            return;
        }

        var text = lines.Select(line => Style.Bullet + line);
        var all = title is null ? text.ToList() : text.Prepend($"*{title}*").ToList();
        blocks.Add(Block("section", "text", MrkdwnLines(all, _ => "…")));
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
                ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = TextFit.Cut(MentionSanitizer.Neutralize(suggestion), ButtonLabelMax) },

                // The value goes back to the bot as the question; Slack does not render it.
                ["value"] = TextFit.Cut(Mrkdwn.Unescape(suggestion), ButtonValueMax),
            });
        }

        return buttons;
    }

    /// <summary>Neutralizing adds characters, so the cut to <paramref name="max"/> comes after it (Slack rejects longer text).</summary>
    private static JsonNode MrkdwnText(string text, int max = int.MaxValue) =>
        new JsonObject { ["type"] = "mrkdwn", ["text"] = TextFit.Cut(MentionSanitizer.Neutralize(text), max) };

    /// <summary>Whole lines up to a section's 3000 characters, each neutralized before it is measured.</summary>
    private static JsonNode MrkdwnLines(IEnumerable<string> lines, Func<int, string> rest) =>
        new JsonObject { ["type"] = "mrkdwn", ["text"] = TextFit.Lines([.. lines.Select(MentionSanitizer.Neutralize)], SectionMax, rest) };

    // Typed JsonNode so JsonArray.Add binds to Add(JsonNode), not Add<T>, which needs reflection under Native AOT.
    private static JsonNode Block(string type, string name, JsonNode content) => new JsonObject { ["type"] = type, [name] = content };

    /// <summary>The answer with every outside string escaped; sources are escaped where their links are built.</summary>
    private static Answer Escaped(Answer a) => a with
    {
        Headline = Mrkdwn.Escape(a.Headline),
        Date = a.Date is null ? null : Mrkdwn.Escape(a.Date),
        Steps = a.Steps.Select(Mrkdwn.Escape).ToArray(),
        Assumptions = a.Assumptions.Select(Mrkdwn.Escape).ToArray(),
        Suggestions = a.Suggestions.Select(Mrkdwn.Escape).ToArray(),

        // Figures, amounts and ranges are numbers the core formatted: only names, reasons and working come from outside.
        Comparison = a.Comparison is { } c ? c with
        {
            Basis = Mrkdwn.Escape(c.Basis),
            Deals = c.Deals.Select(d => d with
            {
                Name = Mrkdwn.Escape(d.Name),
                Missing = d.Missing is null ? null : Mrkdwn.Escape(d.Missing),
                Steps = d.Steps.Select(Mrkdwn.Escape).ToArray(),
            }).ToArray(),
        } : null,
    };

    private static string Format(double value, AnswerUnit unit) =>
        Math.Abs(value) < 7.9e27 ? Mrkdwn.Escape(ValueFormat.Format((decimal)value, unit)) : value.ToString("G4", System.Globalization.CultureInfo.InvariantCulture);

}
