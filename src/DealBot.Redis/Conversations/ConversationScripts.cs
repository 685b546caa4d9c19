namespace DealBot.Redis.Conversations;

/// <summary>
/// A conversation's write as Lua, so a write kept during an outage and sent afterwards cannot replace a newer one that
/// another replica wrote meanwhile. Every conversation lives exactly its lifetime from the question that set it, so its
/// expiry (<c>PEXPIRETIME</c>, Redis 7) orders the writes: the one expiring later was asked later and wins. Time comes
/// from the writer (its clock, when the question was asked), not from when the write reaches Redis.
/// </summary>
internal static class ConversationScripts
{
    /// <summary>
    /// KEYS[1] the conversation; ARGV[1] the encoded query, ARGV[2] when it expires (unix ms: asked at + lifetime).
    /// Returns 1 when written; 0 when the key holds a newer conversation, or this one has expired already.
    /// </summary>
    public const string SetUnlessNewer = """
        local expires = tonumber(ARGV[2])
        if redis.call('PEXPIRETIME', KEYS[1]) >= expires then
          return 0
        end
        local now = redis.call('TIME')
        if expires <= tonumber(now[1]) * 1000 + math.floor(tonumber(now[2]) / 1000) then
          return 0
        end
        redis.call('SET', KEYS[1], ARGV[1], 'PXAT', ARGV[2])
        return 1
        """;
}
