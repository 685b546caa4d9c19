namespace DealBot.Discord.Json;

/// <summary>The READY dispatch: who the bot is, and what it needs to resume this session.</summary>
internal sealed class JsonReady
{
    public JsonUser User { get; set; } = new();

    public string SessionId { get; set; } = "";

    public string ResumeGatewayUrl { get; set; } = "";

    public JsonApplication? Application { get; set; }
}

internal sealed class JsonApplication
{
    public string Id { get; set; } = "";
}
