using System.Text.Json;
using DealBot.Core.Answers;

namespace DealBot.Chat.Rendering;

/// <summary>
/// The machine form of an answer (CLI <c>--format json</c> and <c>jsonl</c>): understood, intent, value, unit,
/// low, high, date, text, steps, assumptions, sources, deals, suggestions.
/// </summary>
public static class AnswerJson
{
    public static void Write(Utf8JsonWriter json, Answer answer)
    {
        json.WriteStartObject();
        json.WriteBoolean("understood", answer.Understood);
        json.WriteString("intent", answer.Intent);
        Number(json, "value", answer.Value);
        if (answer.Unit is { } unit)
        {
            json.WriteString("unit", unit.Spelling());
        }
        else
        {
            json.WriteNull("unit");
        }

        Number(json, "low", answer.Low);
        Number(json, "high", answer.High);
        if (answer.Date is { } date)
        {
            json.WriteString("date", date);
        }

        json.WriteString("text", AnswerRenderer.Render(answer, TextStyle.Plain));
        Strings(json, "steps", answer.Steps);
        Strings(json, "assumptions", answer.Assumptions);
        json.WriteStartArray("sources");
        foreach (var source in answer.Sources)
        {
            json.WriteStartObject();
            json.WriteString("title", source.Title);
            json.WriteString("url", source.Url);
            json.WriteString("date", source.Date.ToString("yyyy-MM-dd"));
            json.WriteString("status", source.Status.ToString().ToLowerInvariant());
            json.WriteEndObject();
        }

        json.WriteEndArray();
        Strings(json, "deals", answer.DealIds);
        Strings(json, "suggestions", answer.Suggestions);
        json.WriteEndObject();
    }

    public static string ToJson(Answer answer, bool indented = false)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented }))
        {
            Write(json, answer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    private static void Number(Utf8JsonWriter json, string name, double? value)
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

    private static void Strings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
