namespace DealBot.Discord.Json;

/// <summary><c>GET /gateway/bot</c>: where to connect, the recommended shard count and the identify budget.</summary>
internal sealed class JsonGatewayBot
{
    public string Url { get; set; } = "";

    public int Shards { get; set; } = 1;

    public JsonSessionStartLimit? SessionStartLimit { get; set; }
}

internal sealed class JsonSessionStartLimit
{
    public int Total { get; set; }

    public int Remaining { get; set; }

    /// <summary>Milliseconds until <see cref="Remaining"/> is reset.</summary>
    public long ResetAfter { get; set; }

    public int MaxConcurrency { get; set; } = 1;
}
