using DealBot.Discord.Rest;

namespace DealBot.Discord.Tests.Units;

public sealed class SlidingWindowLimiterTest
{
    private static readonly DateTimeOffset Start = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Limit_InAnyWindow_TheNextWaitsForTheOldestToLeave()
    {
        var limiter = new SlidingWindowLimiter(3, TimeSpan.FromSeconds(1));

        Assert.All(Enumerable.Range(0, 3), i => Assert.Equal(TimeSpan.Zero, limiter.TryAcquire(Start.AddMilliseconds(i * 100))));
        Assert.Equal(TimeSpan.FromMilliseconds(800), limiter.TryAcquire(Start.AddMilliseconds(200)));
        Assert.Equal(TimeSpan.Zero, limiter.TryAcquire(Start.AddSeconds(1)));
    }

    [Fact]
    public void Spread_AllowsOnlyItsShareInEachPartOfTheWindow()
    {
        // 10 per second spread over fifths: 2 per 200 ms, and still 10 per second.
        var limiter = new SlidingWindowLimiter(10, TimeSpan.FromSeconds(1), spread: 5);

        Assert.Equal(TimeSpan.Zero, limiter.TryAcquire(Start));
        Assert.Equal(TimeSpan.Zero, limiter.TryAcquire(Start));
        Assert.Equal(TimeSpan.FromMilliseconds(200), limiter.TryAcquire(Start));

        var acquired = 2;
        for (var at = Start.AddMilliseconds(200); at < Start.AddSeconds(1); at = at.AddMilliseconds(10))
        {
            acquired += limiter.TryAcquire(at) == TimeSpan.Zero ? 1 : 0;
        }

        Assert.Equal(10, acquired);
        Assert.NotEqual(TimeSpan.Zero, limiter.TryAcquire(Start.AddMilliseconds(990)));
    }
}
