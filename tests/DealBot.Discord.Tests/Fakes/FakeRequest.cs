using System.Text.Json.Nodes;

namespace DealBot.Discord.Tests.Fakes;

/// <summary>One REST request as the fake received it, and what it answered.</summary>
public sealed record FakeRequest(string Method, string Path, string? Authorization, string? UserAgent, string? ContentType, string Body, DateTimeOffset ArrivedAt)
{
    public int Status { get; set; }

    /// <summary>The files of a multipart request (<c>files[n]</c> parts); empty for a JSON request.</summary>
    public IReadOnlyList<FakeFile> Files { get; init; } = [];

    public bool IsMultipart => ContentType?.StartsWith("multipart/form-data", StringComparison.Ordinal) == true;

    public JsonNode? Json => Body.Length == 0 ? null : JsonNode.Parse(Body);

    public bool IsMessageCreate => Method == "POST" && Path.StartsWith("/api/v10/channels/", StringComparison.Ordinal) && Path.EndsWith("/messages", StringComparison.Ordinal);

    public string? ChannelId => IsMessageCreate ? Path.Split('/')[4] : null;

    public string? ReplyTo => IsMessageCreate ? Json?["message_reference"]?["message_id"]?.GetValue<string>() : null;
}
