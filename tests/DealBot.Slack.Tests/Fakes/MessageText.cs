using System.Text.Json;

namespace DealBot.Slack.Tests.Fakes;

/// <summary>Reads a posted message: all its text (fallback and blocks), and the header block's text.</summary>
public static class MessageText
{
    /// <summary>Every string under a "text" property anywhere in the message.</summary>
    public static IReadOnlyList<string> All(JsonElement message)
    {
        var texts = new List<string>();
        Collect(message, texts);
        return texts;
    }

    public static string? Header(JsonElement message) =>
        message.TryGetProperty("blocks", out var blocks)
            ? blocks.EnumerateArray().Where(b => b.GetProperty("type").GetString() == "header").Select(b => b.GetProperty("text").GetProperty("text").GetString()).FirstOrDefault()
            : null;

    /// <summary>The places where text would be read as a mention or link: every "&lt;" that does not open an http(s) link.</summary>
    public static IReadOnlyList<string> Markup(JsonElement message) => All(message)
        .SelectMany(text => Enumerable.Range(0, text.Length).Where(i => text[i] == '<').Select(i => text[i..Math.Min(text.Length, i + 12)]))
        .Where(s => !s.StartsWith("<http", StringComparison.Ordinal))
        .ToArray();

    private static void Collect(JsonElement element, List<string> texts)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (property.Name == "text" && property.Value.ValueKind == JsonValueKind.String)
                    {
                        texts.Add(property.Value.GetString()!);
                    }
                    else
                    {
                        Collect(property.Value, texts);
                    }
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Collect(item, texts);
                }

                break;
        }
    }
}
