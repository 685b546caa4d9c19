namespace DealBot.Discord.Json;

internal sealed class JsonHello
{
    public int HeartbeatInterval { get; set; }
}
