using System.Text.Json;
using DealBot.Chat.Rendering;
using DealBot.Core.Answers;
using DealBot.Mcp.Json;
using ModelContextProtocol.Protocol;

namespace DealBot.Mcp.Tools;

/// <summary>A tool's result: the answer's text for people and its JSON (value, unit, low/high, steps, assumptions, sources) for programs.</summary>
public static class ToolResults
{
    public static CallToolResult From(Answer answer) =>
        Of(AnswerRenderer.Render(answer, TextStyle.Plain), json => AnswerJson.Write(json, answer));

    public static CallToolResult Of(string text, Action<Utf8JsonWriter> write) => new()
    {
        Content = [new TextContentBlock { Text = text }],
        StructuredContent = Element(write),
    };

    /// <summary>A tool error: the message the caller needs to fix the call, never a trace.</summary>
    public static CallToolResult Error(string message) => new()
    {
        IsError = true,
        Content = [new TextContentBlock { Text = message }],
    };

    private static JsonElement Element(Action<Utf8JsonWriter> write) => JsonElement.Parse(JsonBytes.Of(write, indented: false).Span);
}
