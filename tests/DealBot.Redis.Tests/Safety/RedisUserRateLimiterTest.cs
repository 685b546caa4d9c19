using System.Collections.Concurrent;
using DealBot.Redis.Tests.Fixtures;

namespace DealBot.Redis.Tests.Safety;

[Collection(RedisCollection.Name)]
public sealed class RedisUserRateLimiterTest(RedisServer server)
{
    private readonly string _prefix = BotInstance.NewPrefix();
    private readonly ManualClock _clock = new();

    [Fact]
    public void TryAcquire_BurstIsSharedByTwoInstances()
    {
        using var first = new BotInstance(server, _prefix, _clock);
        using var second = new BotInstance(server, _prefix, _clock);
        var a = first.RateLimiter(perMinute: 6, burst: 3);
        var b = second.RateLimiter(perMinute: 6, burst: 3);

        Assert.True(a.TryAcquire("slack:U1"));
        Assert.True(b.TryAcquire("slack:U1"));
        Assert.True(a.TryAcquire("slack:U1"));
        Assert.False(b.TryAcquire("slack:U1"));
        Assert.False(a.TryAcquire("slack:U1"));
        Assert.True(b.TryAcquire("slack:U2"));
    }

    [Fact]
    public void TryAcquire_RefillsAtThePerMinuteRate()
    {
        using var bot = new BotInstance(server, _prefix, _clock);
        var limiter = bot.RateLimiter(perMinute: 6, burst: 2);
        limiter.TryAcquire("u");
        limiter.TryAcquire("u");

        _clock.Advance(TimeSpan.FromSeconds(9.9));
        var early = limiter.TryAcquire("u");
        _clock.Advance(TimeSpan.FromSeconds(0.1));
        var onTime = limiter.TryAcquire("u");

        Assert.False(early);
        Assert.True(onTime);
    }

    [Fact]
    public void RetryAfter_WhenEmpty_IsTheTimeToTheNextToken()
    {
        using var bot = new BotInstance(server, _prefix, _clock);
        var limiter = bot.RateLimiter(perMinute: 6, burst: 1);
        limiter.TryAcquire("u");
        _clock.Advance(TimeSpan.FromSeconds(4));

        var retryAfter = limiter.RetryAfter("u");

        Assert.Equal(TimeSpan.FromSeconds(6), retryAfter);
        Assert.Equal(TimeSpan.Zero, limiter.RetryAfter("someone-else"));
    }

    [Fact]
    public void ShouldWarn_OncePerRefusalStreak_WhicheverInstanceAsks()
    {
        using var first = new BotInstance(server, _prefix, _clock);
        using var second = new BotInstance(server, _prefix, _clock);
        var a = first.RateLimiter(perMinute: 6, burst: 1);
        var b = second.RateLimiter(perMinute: 6, burst: 1);
        a.TryAcquire("u");
        a.TryAcquire("u");
        b.TryAcquire("u");

        var firstWarning = b.ShouldWarn("u");
        var secondWarning = a.ShouldWarn("u");
        _clock.Advance(TimeSpan.FromSeconds(10));
        var answeredAgain = a.TryAcquire("u");
        b.TryAcquire("u");
        var nextStreakWarning = a.ShouldWarn("u");

        Assert.True(firstWarning);
        Assert.False(secondWarning);
        Assert.True(answeredAgain);
        Assert.True(nextStreakWarning);
        Assert.False(b.ShouldWarn("never-asked"));
    }

    [Fact]
    public void TryAcquire_ConcurrentlyAtTwoInstances_GrantsExactlyTheBurst()
    {
        using var first = new BotInstance(server, _prefix, _clock);
        using var second = new BotInstance(server, _prefix, _clock);
        var limiters = new[] { first.RateLimiter(perMinute: 1, burst: 10), second.RateLimiter(perMinute: 1, burst: 10) };
        var granted = new ConcurrentBag<int>();

        Parallel.For(0, 200, new ParallelOptions { MaxDegreeOfParallelism = 16 }, i =>
        {
            if (limiters[i % 2].TryAcquire("flooder"))
            {
                granted.Add(i);
            }
        });

        Assert.Equal(10, granted.Count);
    }

    [Fact]
    public void TryAcquire_KeyExpiresOnceTheBucketWouldBeFull()
    {
        using var bot = new BotInstance(server, _prefix, _clock);

        bot.RateLimiter(perMinute: 20, burst: 5).TryAcquire("u");

        var ttl = bot.Database.KeyTimeToLive(bot.Keys.RateLimit("u"));
        Assert.NotNull(ttl);
        Assert.InRange(ttl.Value, TimeSpan.FromSeconds(14), TimeSpan.FromSeconds(16));
    }
}
