namespace DealBot.Discord.Json;

/// <summary>An interaction callback: 1 PONG, 4 message, 5 deferred ("thinking…"), 8 autocomplete choices.</summary>
internal sealed class JsonInteractionResponse
{
    public const int Pong = 1;
    public const int ChannelMessage = 4;
    public const int DeferredChannelMessage = 5;
    public const int AutocompleteResult = 8;

    public int Type { get; set; }

    public JsonInteractionCallbackData? Data { get; set; }
}

internal sealed class JsonInteractionCallbackData
{
    public string? Content { get; set; }

    public List<JsonEmbed>? Embeds { get; set; }

    public JsonAllowedMentions? AllowedMentions { get; set; }

    public int? Flags { get; set; }

    public List<JsonCommandChoice>? Choices { get; set; }
}
