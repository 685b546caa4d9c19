using System.Globalization;
using DealBot.Chat.Safety;
using StackExchange.Redis;

namespace DealBot.Redis.Safety;

/// <summary>
/// The per-user token bucket (<paramref name="burst"/> at once, refilled at <paramref name="perMinute"/> a minute)
/// shared by every replica: the bucket lives in Redis and each step is a Lua script (<see cref="TokenBucketScripts"/>),
/// so two replicas cannot both spend the last token, and one refusal streak gets one warning wherever it lands.
/// While Redis cannot be reached (<see cref="RedisFallback"/>) each replica enforces the same limit on its own (an
/// in-memory <see cref="UserRateLimiter"/>), so a flood is still slowed, by each replica separately.
/// </summary>
public sealed class RedisUserRateLimiter : IUserRateLimiter
{
    private readonly IDatabase _database;
    private readonly RedisKeys _keys;
    private readonly TimeProvider _clock;
    private readonly RedisFallback _fallback;
    private readonly UserRateLimiter _alone;
    private readonly RedisValue _perMillisecond;
    private readonly RedisValue _burst;
    private readonly RedisValue _timeToLive;

    public RedisUserRateLimiter(IDatabase database, RedisKeys keys, TimeProvider clock, int perMinute, int burst, RedisFallback fallback)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(perMinute, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(burst, 1);
        _database = database;
        _keys = keys;
        _clock = clock;
        _fallback = fallback;
        _alone = new UserRateLimiter(clock, perMinute, burst);
        var perMillisecond = perMinute / 60_000.0;
        _perMillisecond = perMillisecond.ToString("R", CultureInfo.InvariantCulture);
        _burst = burst;

        // Once the bucket is full again the key carries nothing worth keeping.
        _timeToLive = (long)Math.Ceiling(burst / perMillisecond) + 1_000;
    }

    public ValueTask<bool> TryAcquireAsync(string user, CancellationToken cancellationToken = default) => _fallback.RunAsync(
        "ratelimit.acquire",
        async () => (long)await _database.ScriptEvaluateAsync(
            TokenBucketScripts.Acquire, [_keys.RateLimit(user)], [Now(), _perMillisecond, _burst, _timeToLive]).ConfigureAwait(false) == 1,
        () => _alone.TryAcquire(user),
        cancellationToken);

    public ValueTask<bool> ShouldWarnAsync(string user, CancellationToken cancellationToken = default) => _fallback.RunAsync(
        "ratelimit.warn",
        async () => (long)await _database.ScriptEvaluateAsync(TokenBucketScripts.Warn, [_keys.RateLimit(user)]).ConfigureAwait(false) == 1,
        () => _alone.ShouldWarn(user),
        cancellationToken);

    public ValueTask<TimeSpan> RetryAfterAsync(string user, CancellationToken cancellationToken = default) => _fallback.RunAsync(
        "ratelimit.retryafter",
        async () => TimeSpan.FromMilliseconds((long)await _database.ScriptEvaluateAsync(
            TokenBucketScripts.RetryAfter, [_keys.RateLimit(user)], [Now(), _perMillisecond, _burst, _timeToLive]).ConfigureAwait(false)),
        () => _alone.RetryAfter(user),
        cancellationToken);

    private RedisValue Now() => _clock.GetUtcNow().ToUnixTimeMilliseconds();
}
