namespace DealBot.Redis.Safety;

/// <summary>
/// The token bucket as Lua, so each step is one atomic Redis operation however many replicas ask at once. A bucket is
/// a hash {t = tokens, at = last refill in ms, w = warned in this refusal streak}; a missing bucket is full. Time comes
/// from the caller (ARGV[1], ms) so tests can drive it; a clock behind the stored one refills nothing rather than
/// draining the bucket. Keys expire once the bucket would be full again, so idle users cost nothing.
/// </summary>
internal static class TokenBucketScripts
{
    private const string Refill = """
        local b = redis.call('HMGET', KEYS[1], 't', 'at', 'w')
        local now = tonumber(ARGV[1])
        local rate = tonumber(ARGV[2])
        local burst = tonumber(ARGV[3])
        local tokens = tonumber(b[1])
        local at = tonumber(b[2])
        if tokens == nil or at == nil then
          tokens = burst
          at = now
        elseif now > at then
          tokens = math.min(burst, tokens + (now - at) * rate)
          at = now
        end
        """;

    /// <summary>ARGV: now ms, tokens per ms, burst, ttl ms. Returns 1 when a token was taken, else 0.</summary>
    public const string Acquire = Refill + """

        local taken = 0
        local warned = b[3] or '0'
        if tokens >= 1 then
          tokens = tokens - 1
          taken = 1
          warned = '0'
        end
        redis.call('HSET', KEYS[1], 't', tostring(tokens), 'at', tostring(at), 'w', warned)
        redis.call('PEXPIRE', KEYS[1], ARGV[4])
        return taken
        """;

    /// <summary>Returns 1 for the first call after a refusal (and marks the streak warned), else 0.</summary>
    public const string Warn = """
        if redis.call('EXISTS', KEYS[1]) == 0 then
          return 0
        end
        if redis.call('HGET', KEYS[1], 'w') == '1' then
          return 0
        end
        redis.call('HSET', KEYS[1], 'w', '1')
        return 1
        """;

    /// <summary>ARGV as for <see cref="Acquire"/>. Returns the ms until a token is available (0: now); changes nothing.</summary>
    public const string RetryAfter = Refill + """

        if tokens >= 1 then
          return 0
        end
        return math.ceil((1 - tokens) / rate)
        """;
}
