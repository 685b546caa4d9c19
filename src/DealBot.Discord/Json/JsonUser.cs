namespace DealBot.Discord.Json;

internal sealed class JsonUser
{
    public string Id { get; set; } = "";

    public string? Username { get; set; }

    public bool? Bot { get; set; }
}
