using System.Text.Json.Serialization;

namespace DealBot.Mcp.Api;

/// <summary>The body of <c>POST /v1/ask</c>: a question and, for follow-ups, a conversation id.</summary>
public sealed record AskRequest
{
    /// <summary>The question, as it would be asked in chat.</summary>
    [JsonPropertyName("question")]
    public required string Question { get; init; }

    /// <summary>Optional: follow-ups with the same id keep the conversation's context.</summary>
    [JsonPropertyName("conversation")]
    public string? Conversation { get; init; }
}
