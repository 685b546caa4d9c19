using DealBot.Chat.Safety;

namespace DealBot.Chat.Tests.Safety;

public class UserRateLimiterTest
{
    [Fact]
    public void TryAcquire_BurstThenRefusedThenRefilled()
    {
        var clock = new FixedClock();
        var limiter = new UserRateLimiter(clock, perMinute: 6, burst: 2);

        Assert.True(limiter.TryAcquire("u"), "1st");
        Assert.True(limiter.TryAcquire("u"), "2nd");
        Assert.False(limiter.TryAcquire("u"), "3rd within burst");
        Assert.Equal(TimeSpan.FromSeconds(10), limiter.RetryAfter("u"));

        clock.Advance(TimeSpan.FromSeconds(10));

        Assert.True(limiter.TryAcquire("u"), "after refill");
    }

    [Fact]
    public void TryAcquire_UsersHaveSeparateBuckets()
    {
        var limiter = new UserRateLimiter(new FixedClock(), perMinute: 1, burst: 1);

        Assert.True(limiter.TryAcquire("alice"));
        Assert.True(limiter.TryAcquire("bob"));
        Assert.False(limiter.TryAcquire("alice"));
    }

    [Fact]
    public void ShouldWarn_OncePerRefusalStreak()
    {
        var clock = new FixedClock();
        var limiter = new UserRateLimiter(clock, perMinute: 60, burst: 1);
        limiter.TryAcquire("u");
        limiter.TryAcquire("u");

        Assert.True(limiter.ShouldWarn("u"), "first refusal");
        Assert.False(limiter.ShouldWarn("u"), "second refusal");

        clock.Advance(TimeSpan.FromSeconds(1));
        limiter.TryAcquire("u");
        limiter.TryAcquire("u");

        Assert.True(limiter.ShouldWarn("u"), "new streak");
    }

    [Fact]
    public async Task ManyDistinctUsers_RefilledBucketsAreForgotten_SoMemoryStaysBounded()
    {
        var clock = new FixedClock();
        var limiter = new UserRateLimiter(clock, perMinute: 60, burst: 2);
        for (var i = 0; i < 5_000; i++)
        {
            limiter.TryAcquire($"user{i}");
        }

        // A sweep started during the first users may still run on a busy machine, and then none would start below.
        await limiter.LastSweep.WaitAsync(TimeSpan.FromSeconds(30));
        clock.Advance(TimeSpan.FromMinutes(1));
        for (var i = 0; i < 1_024; i++)
        {
            limiter.TryAcquire("busy");
        }

        await limiter.LastSweep.WaitAsync(TimeSpan.FromSeconds(30));
        Assert.True(limiter.TrackedUsers < 100, $"{limiter.TrackedUsers} users tracked");
    }
}
