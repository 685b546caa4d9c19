using System.Globalization;
using System.Text;
using DealBot.Charts;
using DealBot.Chat.Rendering;
using DealBot.Chat.Safety;
using DealBot.Core.Answers;
using DealBot.Discord.Json;

namespace DealBot.Discord.Rendering;

/// <summary>
/// Lays out an answer for Discord: the headline as content (what notifications and reply previews show) and an embed
/// with the working (title = headline, description = steps, fields = value/range, assumptions, numbered sources as
/// links, suggestions), kept inside every embed limit. A comparison has one inline field a deal, side by side, then
/// each deal's working in a field under its name. All text goes through <see cref="MentionSanitizer"/>: nothing a
/// question contained can ping anyone, even before allowed_mentions is applied.
/// </summary>
internal static class EmbedRenderer
{
    /// <summary>Discord's blurple, so answers look like part of the client.</summary>
    private const int Color = 0x5865F2;

    /// <summary>A comparison gives up its last deals' fields past this many, for the assumptions, sources and suggestions.</summary>
    private const int DealFieldsMax = DiscordLimits.EmbedFields - 5;

    /// <summary>The answer's embed; with <paramref name="chart"/>, the embed shows it (the file goes with the message).</summary>
    public static DiscordReply Render(Answer answer, ChartImage? chart = null)
    {
        var headline = Safe(SideBySide.Headline(answer));
        var working = answer.Comparison is { } comparison ? DealWorking(comparison.Deals) : [];
        var embed = new JsonEmbed
        {
            Title = DiscordLimits.Truncate(headline, DiscordLimits.EmbedTitle),
            Color = Color,
            Fields = Fields(answer, working),
            Image = chart is null ? null : new JsonEmbedImage { Url = "attachment://" + chart.FileName },
        };

        // A comparison's working is in its fields, below the figures (Discord shows the description above every field).
        var description = answer.Comparison is null
            ? TextFit.Lines([.. answer.Steps.Select(s => "- " + Safe(s))], DiscordLimits.EmbedDescription, _ => "…")
            : "";
        embed.Description = description.Length == 0 ? null : description;
        FitTotal(embed, working);
        return new DiscordReply(DiscordLimits.Truncate(headline, DiscordLimits.Content), embed, chart);
    }

    /// <summary>Plain text only (the rate-limit notice, apologies).</summary>
    public static DiscordReply Text(string text) => new(DiscordLimits.Truncate(Safe(text), DiscordLimits.Content), null);

    /// <summary>
    /// The figures (a comparison's deals side by side), then the deals' working as far as there is room for it, then
    /// assumptions, sources and suggestions.
    /// </summary>
    private static List<JsonEmbedField> Fields(Answer answer, List<JsonEmbedField> working)
    {
        var fields = new List<JsonEmbedField>();
        if (answer.Comparison is { } comparison)
        {
            AddDeals(fields, comparison.Deals);
        }
        else if (Value(answer) is { } value)
        {
            fields.Add(new JsonEmbedField { Name = value.Name, Value = value.Text, Inline = true });
        }

        if (answer.Date is { } date)
        {
            fields.Add(new JsonEmbedField { Name = "Date", Value = Safe(date), Inline = true });
        }

        var tail = new List<JsonEmbedField>();
        AddChunked(tail, "Assumptions", answer.Assumptions.Select(a => "- " + Safe(a)));
        if (answer.Sources.Count > 0)
        {
            var sources = SourceList.Lines(answer.Sources, TextStyle.Markdown).Select(Safe).ToList();
            tail.Add(new JsonEmbedField { Name = "Sources", Value = TextFit.Lines(sources, DiscordLimits.FieldValue, TextFit.More) });
        }

        if (answer.Suggestions.Count > 0)
        {
            AddChunked(tail, answer.Understood ? "Try also" : "Try", answer.Suggestions.Select(s => $"- \"{Safe(s)}\""));
        }

        fields.AddRange(working.Take(Math.Max(DiscordLimits.EmbedFields - fields.Count - tail.Count, 0)));
        fields.AddRange(tail);
        return fields.Count > DiscordLimits.EmbedFields ? fields[..DiscordLimits.EmbedFields] : fields;
    }

    /// <summary>One inline field a deal, side by side: its name, then its figure and range or why it has none.</summary>
    private static void AddDeals(List<JsonEmbedField> fields, IReadOnlyList<ComparedDeal> deals)
    {
        var shown = deals.Count <= DealFieldsMax ? deals.Count : DealFieldsMax - 1;
        foreach (var deal in deals.Take(shown))
        {
            fields.Add(new JsonEmbedField
            {
                Name = DiscordLimits.Truncate(Safe(deal.Name), DiscordLimits.FieldName),
                Value = DiscordLimits.Truncate(Safe(SideBySide.Cell(deal)), DiscordLimits.FieldValue),
                Inline = true,
            });
        }

        if (shown < deals.Count)
        {
            var rest = string.Join(", ", deals.Skip(shown).Select(d => Safe(d.Name)));
            fields.Add(new JsonEmbedField { Name = TextFit.More(deals.Count - shown), Value = DiscordLimits.Truncate(rest, DiscordLimits.FieldValue), Inline = true });
        }
    }

    /// <summary>Each deal's working as a full-width field under its name.</summary>
    private static List<JsonEmbedField> DealWorking(IReadOnlyList<ComparedDeal> deals) =>
    [
        .. deals.Where(d => d.Steps.Count > 0).Select(d => new JsonEmbedField
        {
            Name = DiscordLimits.Truncate(Safe(d.Name), DiscordLimits.FieldName),
            Value = TextFit.Lines([.. d.Steps.Select(s => "- " + Safe(s))], DiscordLimits.FieldValue, _ => "…"),
        }),
    ];

    /// <summary>"Value" (or "Range" when the sources disagree), formatted as the core formats it.</summary>
    private static (string Name, string Text)? Value(Answer answer)
    {
        if (answer is not { Value: { } value, Unit: { } unit })
        {
            return null;
        }

        try
        {
            var text = ValueFormat.Format((decimal)value, unit);
            if (answer is { Low: { } low, High: { } high } && ValueFormat.Format((decimal)low, unit) is var lowText
                && ValueFormat.Format((decimal)high, unit) is var highText && lowText != highText)
            {
                return ("Range", $"{text} ({lowText} – {highText})");
            }

            return ("Value", text);
        }
        catch (OverflowException)
        {
            // Beyond decimal (e.g. FLOP counts): plain scientific notation.
            return ("Value", $"{value.ToString("0.###e+0", CultureInfo.InvariantCulture)} {unit.Spelling()}");
        }
    }

    /// <summary>One field per ≤1024 characters of whole lines, named "Sources", "Sources (2)", …</summary>
    private static void AddChunked(List<JsonEmbedField> fields, string name, IEnumerable<string> lines)
    {
        var chunk = new StringBuilder();
        var part = 1;
        foreach (var raw in lines)
        {
            var line = DiscordLimits.Truncate(raw, DiscordLimits.FieldValue);
            if (chunk.Length > 0 && chunk.Length + 1 + line.Length > DiscordLimits.FieldValue)
            {
                fields.Add(new JsonEmbedField { Name = part == 1 ? name : $"{name} ({part})", Value = chunk.ToString() });
                chunk.Clear();
                part++;
            }

            chunk.Append(chunk.Length > 0 ? "\n" : "").Append(line);
        }

        if (chunk.Length > 0)
        {
            fields.Add(new JsonEmbedField { Name = part == 1 ? name : $"{name} ({part})", Value = chunk.ToString() });
        }
    }

    /// <summary>
    /// The 6000-character total: the description gives way first, then the deals' working (last deal first), then the
    /// last fields (suggestions, then sources).
    /// </summary>
    private static void FitTotal(JsonEmbed embed, List<JsonEmbedField> working)
    {
        var fields = embed.Fields!;
        int Others() => (embed.Title?.Length ?? 0) + fields.Sum(f => f.Name.Length + f.Value.Length) + (embed.Footer?.Text.Length ?? 0);
        for (var i = working.Count - 1; i >= 0 && Others() > DiscordLimits.EmbedTotal - 2; i--)
        {
            fields.Remove(working[i]);
        }

        while (Others() > DiscordLimits.EmbedTotal - 2 && fields.Count > 0)
        {
            fields.RemoveAt(fields.Count - 1);
        }

        var room = DiscordLimits.EmbedTotal - Others();
        if (embed.Description is { } description && description.Length > room)
        {
            embed.Description = room >= 2 ? TextFit.Lines(description.Split('\n'), room, _ => "…") : null;
        }

        if (fields.Count == 0)
        {
            embed.Fields = null;
        }
    }

    private static string Safe(string text) => MentionSanitizer.Neutralize(text);
}
