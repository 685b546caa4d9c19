namespace DealBot.Redis.Conversations;

/// <summary>
/// A conversation's write as Lua, so a write kept during an outage and sent afterwards cannot replace a newer one that
/// another replica wrote meanwhile. Every conversation lives exactly its lifetime from the question that set it, so its
/// expiry orders the writes: the one expiring later was asked later and wins. Time comes from the writer (its clock,
/// when the question was asked), not from when the write reaches Redis. PTTL and TIME rather than PEXPIRETIME and
/// PXAT, so any Redis the client supports runs it.
/// </summary>
internal static class ConversationScripts
{
    /// <summary>
    /// KEYS[1] the conversation; ARGV[1] the encoded query, ARGV[2] when it expires (unix ms: asked at + lifetime).
    /// Returns 1 when written; 0 when the key holds a newer conversation, or this one has expired already.
    /// </summary>
    public const string SetUnlessNewer = """
        local expires = tonumber(ARGV[2])
        local time = redis.call('TIME')
        local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
        local left = redis.call('PTTL', KEYS[1])
        if left >= 0 and now + left >= expires then
          return 0
        end
        if expires <= now then
          return 0
        end
        redis.call('SET', KEYS[1], ARGV[1], 'PX', expires - now)
        return 1
        """;
}
