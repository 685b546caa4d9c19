using System.Text.Json.Nodes;

namespace DealBot.Discord.Tests.Fakes;

/// <summary>A payload the bot sent on the gateway, on connection number <paramref name="Connection"/>.</summary>
public sealed record FakeFrame(int Connection, int Op, string Raw, DateTimeOffset At)
{
    public JsonNode? Data => JsonNode.Parse(Raw)?["d"];
}

/// <summary>A gateway connection the bot opened: to which path, when, and how it was closed.</summary>
public sealed record FakeConnection(int Number, string Path, string Query, DateTimeOffset OpenedAt)
{
    /// <summary>The close code the bot sent, if it closed the connection with a close frame.</summary>
    public int? ClientCloseCode { get; set; }

    public bool Ended => EndedAt is not null;

    /// <summary>When the fake started closing the connection itself (before its close frame went out).</summary>
    public DateTimeOffset? ServerClosingAt { get; set; }

    /// <summary>When the server side of the connection finished (after its close frame, if it sent one).</summary>
    public DateTimeOffset? EndedAt { get; set; }
}
