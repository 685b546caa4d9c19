namespace DealBot.Discord;

/// <summary>Discord ids are 64-bit numbers sent as strings; DealBot passes them through as strings.</summary>
internal static class Snowflake
{
    public static bool IsValid(string? id) => id is { Length: > 0 and <= 20 } && id.All(char.IsAsciiDigit) && ulong.TryParse(id, out _);

    /// <summary>The shard a guild's events arrive on: (guild_id &gt;&gt; 22) % shard_count.</summary>
    public static int ShardOf(string guildId, int shardCount) => (int)((ulong.Parse(guildId) >> 22) % (ulong)shardCount);
}
