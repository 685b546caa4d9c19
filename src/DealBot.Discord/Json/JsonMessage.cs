namespace DealBot.Discord.Json;

/// <summary>A MESSAGE_CREATE: only the fields DealBot reads (no entity cache).</summary>
internal sealed class JsonMessage
{
    public string Id { get; set; } = "";

    public string ChannelId { get; set; } = "";

    /// <summary>Absent in direct messages.</summary>
    public string? GuildId { get; set; }

    public JsonUser Author { get; set; } = new();

    /// <summary>Empty without the MESSAGE_CONTENT intent, except in DMs and messages that mention the bot.</summary>
    public string? Content { get; set; }

    public List<JsonUser>? Mentions { get; set; }

    public JsonReferencedMessage? ReferencedMessage { get; set; }

    /// <summary>0 default, 19 reply; the other types are system messages.</summary>
    public int Type { get; set; }

    public string? WebhookId { get; set; }
}

/// <summary>The message a reply answers: only its author matters (a reply to the bot is addressed to it).</summary>
internal sealed class JsonReferencedMessage
{
    public string? Id { get; set; }

    public JsonUser? Author { get; set; }
}
