using System.Collections.Concurrent;

namespace DealBot.Chat.Safety;

/// <summary>
/// A token bucket per user: <paramref name="burst"/> questions at once, refilled at <paramref name="perMinute"/> a
/// minute, so one person cannot flood a channel (or the platform's rate limits) through the bot.
/// </summary>
public sealed class UserRateLimiter : IUserRateLimiter
{
    private readonly ConcurrentDictionary<string, Bucket> _buckets = new(StringComparer.Ordinal);
    private readonly TimeProvider _clock;
    private readonly int _perMinute;
    private readonly int _burst;
    private readonly PeriodicSweep _sweep;

    public UserRateLimiter(TimeProvider clock, int perMinute, int burst)
    {
        _clock = clock;
        _perMinute = perMinute;
        _burst = burst;
        _sweep = new PeriodicSweep(Sweep, clock);
    }

    internal Task LastSweep => _sweep.LastSweep;

    public bool TryAcquire(string user)
    {
        _sweep.Tick();

        var bucket = _buckets.GetOrAdd(user, _ => new Bucket(_burst, _clock.GetUtcNow()));
        lock (bucket)
        {
            var now = _clock.GetUtcNow();
            var refill = (now - bucket.At).TotalMinutes * _perMinute;
            bucket.Tokens = Math.Min(_burst, bucket.Tokens + refill);
            bucket.At = now;
            if (bucket.Tokens < 1)
            {
                return false;
            }

            bucket.Tokens -= 1;
            bucket.Warned = false;
            return true;
        }
    }

    /// <summary>
    /// True once per refusal streak: the first refused question gets a "slow down" reply, later ones silence,
    /// so the limiter cannot itself be used to flood a channel.
    /// </summary>
    public bool ShouldWarn(string user)
    {
        if (!_buckets.TryGetValue(user, out var bucket))
        {
            return false;
        }

        lock (bucket)
        {
            var first = !bucket.Warned;
            bucket.Warned = true;
            return first;
        }
    }

    /// <summary>When the user may ask again.</summary>
    public TimeSpan RetryAfter(string user)
    {
        if (!_buckets.TryGetValue(user, out var bucket) || _perMinute <= 0)
        {
            return TimeSpan.Zero;
        }

        lock (bucket)
        {
            return bucket.Tokens >= 1 ? TimeSpan.Zero : TimeSpan.FromMinutes((1 - bucket.Tokens) / _perMinute);
        }
    }

    ValueTask<bool> IUserRateLimiter.TryAcquireAsync(string user, CancellationToken cancellationToken) => new(TryAcquire(user));

    ValueTask<bool> IUserRateLimiter.ShouldWarnAsync(string user, CancellationToken cancellationToken) => new(ShouldWarn(user));

    ValueTask<TimeSpan> IUserRateLimiter.RetryAfterAsync(string user, CancellationToken cancellationToken) => new(RetryAfter(user));

    /// <summary>
    /// Forgets users whose bucket has refilled: they are indistinguishable from new users, and keeping them would
    /// grow memory with every distinct user a busy server ever sees.
    /// </summary>
    private void Sweep(DateTimeOffset now)
    {
        foreach (var (user, bucket) in _buckets)
        {
            lock (bucket)
            {
                if (bucket.Tokens + ((now - bucket.At).TotalMinutes * _perMinute) >= _burst)
                {
                    _buckets.TryRemove(new KeyValuePair<string, Bucket>(user, bucket));
                }
            }
        }
    }

    /// <summary>How many users are remembered (for tests and metrics).</summary>
    public int TrackedUsers => _buckets.Count;

    private sealed class Bucket(double tokens, DateTimeOffset at)
    {
        public double Tokens { get; set; } = tokens;

        public DateTimeOffset At { get; set; } = at;

        public bool Warned { get; set; }
    }
}
