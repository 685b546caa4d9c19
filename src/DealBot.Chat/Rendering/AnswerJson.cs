using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using DealBot.Core.Answers;
using DealBot.Core.Catalog;

namespace DealBot.Chat.Rendering;

/// <summary>
/// The machine form of an answer (CLI <c>--format json</c> and <c>jsonl</c>): understood, intent, value, unit,
/// low, high, date, text, steps, assumptions, sources, deals, suggestions; a comparison adds "compared", one entry a
/// deal, and has no single value (the first deal's figure would answer "how much more" or "how many times" wrongly).
/// </summary>
public static class AnswerJson
{
    /// <summary>
    /// How every answer is written for machines (the CLI, the HTTP API, MCP tools), so each prints the same bytes:
    /// not for HTML, so "–" and "≈" stay readable instead of \u2013.
    /// </summary>
    public static JsonWriterOptions WriterOptions(bool indented) => new()
    {
        Indented = indented,
        Encoder = Encoder,
    };

    private static JavaScriptEncoder Encoder => JavaScriptEncoder.UnsafeRelaxedJsonEscaping;

    // Every answer citing a source writes the same title, URL, date and status: encoded once per source.
    private static readonly ConditionalWeakTable<Source, EncodedSource> EncodedSources = new();

    /// <summary>Writes the answer with a writer made with <see cref="WriterOptions"/>, whose escaping it shares.</summary>
    public static void Write(Utf8JsonWriter json, Answer answer)
    {
        json.WriteStartObject();
        json.WriteBoolean(Names.Understood, answer.Understood);
        json.WriteString(Names.Intent, answer.Intent);
        var compared = answer.Comparison;
        Number(json, Names.Value, compared is null ? answer.Value : null);
        if (answer.UnitSymbol is { } unit)
        {
            json.WriteString(Names.Unit, unit);
        }
        else
        {
            json.WriteNull(Names.Unit);
        }

        Number(json, Names.Low, compared is null ? answer.Low : null);
        Number(json, Names.High, compared is null ? answer.High : null);
        if (answer.Date is { } date)
        {
            json.WriteString(Names.Date, date);
        }

        json.WriteString(Names.Text, AnswerRenderer.Render(answer, TextStyle.Plain));
        Strings(json, Names.Steps, answer.Steps);
        Strings(json, Names.Assumptions, answer.Assumptions);
        json.WriteStartArray(Names.Sources);
        for (var i = 0; i < answer.Sources.Count; i++)
        {
            var source = EncodedSources.GetValue(answer.Sources[i], EncodedSource.Of);
            json.WriteStartObject();
            json.WriteString(Names.Title, source.Title);
            json.WriteString(Names.Url, source.Url);
            json.WriteString(Names.Date, source.Date);
            json.WriteString(Names.Status, source.Status);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        Strings(json, Names.Deals, answer.DealIds);
        Strings(json, Names.Suggestions, answer.Suggestions);
        if (compared is not null)
        {
            Compared(json, compared);
        }

        json.WriteEndObject();
    }

    /// <summary>Each deal of a comparison: its name, its figure (null with the reason when the sources lack it) and unit.</summary>
    private static void Compared(Utf8JsonWriter json, DealComparison comparison)
    {
        json.WriteStartArray(Names.Compared);
        foreach (var deal in comparison.Deals)
        {
            json.WriteStartObject();
            json.WriteString(Names.Name, deal.Name);
            Number(json, Names.Value, deal.Value);
            if (deal.Unit is { } unit)
            {
                json.WriteString(Names.Unit, unit.ToUnit()?.Symbol ?? unit.Spelling());
            }
            else
            {
                json.WriteNull(Names.Unit);
            }

            if (deal.Missing is { } missing)
            {
                json.WriteString(Names.Missing, missing);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    public static string ToJson(Answer answer, bool indented = false)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, WriterOptions(indented)))
        {
            Write(json, answer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>The property names, encoded once: each answer writes every one of them.</summary>
    private static class Names
    {
        public static readonly JsonEncodedText Understood = JsonEncodedText.Encode("understood");
        public static readonly JsonEncodedText Intent = JsonEncodedText.Encode("intent");
        public static readonly JsonEncodedText Value = JsonEncodedText.Encode("value");
        public static readonly JsonEncodedText Unit = JsonEncodedText.Encode("unit");
        public static readonly JsonEncodedText Low = JsonEncodedText.Encode("low");
        public static readonly JsonEncodedText High = JsonEncodedText.Encode("high");
        public static readonly JsonEncodedText Date = JsonEncodedText.Encode("date");
        public static readonly JsonEncodedText Text = JsonEncodedText.Encode("text");
        public static readonly JsonEncodedText Steps = JsonEncodedText.Encode("steps");
        public static readonly JsonEncodedText Assumptions = JsonEncodedText.Encode("assumptions");
        public static readonly JsonEncodedText Sources = JsonEncodedText.Encode("sources");
        public static readonly JsonEncodedText Title = JsonEncodedText.Encode("title");
        public static readonly JsonEncodedText Url = JsonEncodedText.Encode("url");
        public static readonly JsonEncodedText Status = JsonEncodedText.Encode("status");
        public static readonly JsonEncodedText Deals = JsonEncodedText.Encode("deals");
        public static readonly JsonEncodedText Suggestions = JsonEncodedText.Encode("suggestions");
        public static readonly JsonEncodedText Compared = JsonEncodedText.Encode("compared");
        public static readonly JsonEncodedText Name = JsonEncodedText.Encode("name");
        public static readonly JsonEncodedText Missing = JsonEncodedText.Encode("missing");
    }

    private sealed record EncodedSource(JsonEncodedText Title, JsonEncodedText Url, JsonEncodedText Date, JsonEncodedText Status)
    {
        public static EncodedSource Of(Source source) => new(
            JsonEncodedText.Encode(source.Title, Encoder),
            JsonEncodedText.Encode(source.Url, Encoder),
            JsonEncodedText.Encode(source.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Encoder),
            JsonEncodedText.Encode(SourceList.StatusName(source.Status), Encoder));
    }

    private static void Number(Utf8JsonWriter json, JsonEncodedText name, double? value)
    {
        if (value is { } v && double.IsFinite(v))
        {
            json.WriteNumber(name, v);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void Strings(Utf8JsonWriter json, JsonEncodedText name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        for (var i = 0; i < values.Count; i++)
        {
            json.WriteStringValue(values[i]);
        }

        json.WriteEndArray();
    }
}
