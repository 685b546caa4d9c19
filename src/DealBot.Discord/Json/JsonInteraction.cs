using System.Text.Json;

namespace DealBot.Discord.Json;

/// <summary>An INTERACTION_CREATE (gateway) or an interactions-endpoint request body (HTTP).</summary>
internal sealed class JsonInteraction
{
    public string Id { get; set; } = "";

    public string ApplicationId { get; set; } = "";

    /// <summary>1 PING, 2 APPLICATION_COMMAND, 3 MESSAGE_COMPONENT, 4 AUTOCOMPLETE, 5 MODAL_SUBMIT.</summary>
    public int Type { get; set; }

    public string Token { get; set; } = "";

    public JsonInteractionData? Data { get; set; }

    public string? GuildId { get; set; }

    public string? ChannelId { get; set; }

    /// <summary>Set in guilds.</summary>
    public JsonMember? Member { get; set; }

    /// <summary>Set in DMs.</summary>
    public JsonUser? User { get; set; }

    public string? UserId => Member?.User?.Id ?? User?.Id;
}

internal sealed class JsonMember
{
    public JsonUser? User { get; set; }
}

internal sealed class JsonInteractionData
{
    public string? Id { get; set; }

    public string Name { get; set; } = "";

    public List<JsonInteractionOption>? Options { get; set; }
}

internal sealed class JsonInteractionOption
{
    public string Name { get; set; } = "";

    public int Type { get; set; }

    /// <summary>A string, integer or number, depending on <see cref="Type"/>.</summary>
    public JsonElement? Value { get; set; }

    public bool? Focused { get; set; }

    public List<JsonInteractionOption>? Options { get; set; }
}
