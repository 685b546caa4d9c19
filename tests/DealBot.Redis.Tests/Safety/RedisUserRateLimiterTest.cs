using System.Collections.Concurrent;
using DealBot.Redis.Tests.Fixtures;

namespace DealBot.Redis.Tests.Safety;

[Collection(RedisCollection.Name)]
public sealed class RedisUserRateLimiterTest(RedisServer server)
{
    private readonly string _prefix = BotInstance.NewPrefix();
    private readonly ManualClock _clock = new();

    [Fact]
    public async Task TryAcquire_BurstIsSharedByTwoInstances()
    {
        using var first = new BotInstance(server, _prefix, _clock);
        using var second = new BotInstance(server, _prefix, _clock);
        var a = first.RateLimiter(perMinute: 6, burst: 3);
        var b = second.RateLimiter(perMinute: 6, burst: 3);

        Assert.True(await a.TryAcquireAsync("slack:U1"));
        Assert.True(await b.TryAcquireAsync("slack:U1"));
        Assert.True(await a.TryAcquireAsync("slack:U1"));
        Assert.False(await b.TryAcquireAsync("slack:U1"));
        Assert.False(await a.TryAcquireAsync("slack:U1"));
        Assert.True(await b.TryAcquireAsync("slack:U2"));
    }

    [Fact]
    public async Task TryAcquire_RefillsAtThePerMinuteRate()
    {
        using var bot = new BotInstance(server, _prefix, _clock);
        var limiter = bot.RateLimiter(perMinute: 6, burst: 2);
        await limiter.TryAcquireAsync("u");
        await limiter.TryAcquireAsync("u");

        _clock.Advance(TimeSpan.FromSeconds(9.9));
        var early = await limiter.TryAcquireAsync("u");
        _clock.Advance(TimeSpan.FromSeconds(0.1));
        var onTime = await limiter.TryAcquireAsync("u");

        Assert.False(early);
        Assert.True(onTime);
    }

    [Fact]
    public async Task RetryAfter_WhenEmpty_IsTheTimeToTheNextToken()
    {
        using var bot = new BotInstance(server, _prefix, _clock);
        var limiter = bot.RateLimiter(perMinute: 6, burst: 1);
        await limiter.TryAcquireAsync("u");
        _clock.Advance(TimeSpan.FromSeconds(4));

        var retryAfter = await limiter.RetryAfterAsync("u");

        Assert.Equal(TimeSpan.FromSeconds(6), retryAfter);
        Assert.Equal(TimeSpan.Zero, await limiter.RetryAfterAsync("someone-else"));
    }

    [Fact]
    public async Task ShouldWarn_OncePerRefusalStreak_WhicheverInstanceAsks()
    {
        using var first = new BotInstance(server, _prefix, _clock);
        using var second = new BotInstance(server, _prefix, _clock);
        var a = first.RateLimiter(perMinute: 6, burst: 1);
        var b = second.RateLimiter(perMinute: 6, burst: 1);
        await a.TryAcquireAsync("u");
        await a.TryAcquireAsync("u");
        await b.TryAcquireAsync("u");

        var firstWarning = await b.ShouldWarnAsync("u");
        var secondWarning = await a.ShouldWarnAsync("u");
        _clock.Advance(TimeSpan.FromSeconds(10));
        var answeredAgain = await a.TryAcquireAsync("u");
        await b.TryAcquireAsync("u");
        var nextStreakWarning = await a.ShouldWarnAsync("u");

        Assert.True(firstWarning);
        Assert.False(secondWarning);
        Assert.True(answeredAgain);
        Assert.True(nextStreakWarning);
        Assert.False(await b.ShouldWarnAsync("never-asked"));
    }

    [Fact]
    public async Task TryAcquire_ConcurrentlyAtTwoInstances_GrantsExactlyTheBurst()
    {
        using var first = new BotInstance(server, _prefix, _clock);
        using var second = new BotInstance(server, _prefix, _clock);
        var limiters = new[] { first.RateLimiter(perMinute: 1, burst: 10), second.RateLimiter(perMinute: 1, burst: 10) };
        var granted = new ConcurrentBag<int>();

        await Parallel.ForAsync(0, 200, new ParallelOptions { MaxDegreeOfParallelism = 16 }, async (i, _) =>
        {
            if (await limiters[i % 2].TryAcquireAsync("flooder"))
            {
                granted.Add(i);
            }
        });

        Assert.Equal(10, granted.Count);
    }

    [Fact]
    public async Task TryAcquire_KeyExpiresOnceTheBucketWouldBeFull()
    {
        using var bot = new BotInstance(server, _prefix, _clock);

        await bot.RateLimiter(perMinute: 20, burst: 5).TryAcquireAsync("u");

        var ttl = bot.Database.KeyTimeToLive(bot.Keys.RateLimit("u"));
        Assert.NotNull(ttl);
        Assert.InRange(ttl.Value, TimeSpan.FromSeconds(14), TimeSpan.FromSeconds(16));
    }
}
