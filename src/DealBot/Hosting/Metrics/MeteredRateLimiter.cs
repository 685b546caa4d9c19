using DealBot.Chat.Safety;

namespace DealBot.Hosting.Metrics;

/// <summary>Counts refused questions around whichever rate limiter is registered (in memory or Redis).</summary>
public sealed class MeteredRateLimiter(IUserRateLimiter inner, DealBotMetrics metrics) : IUserRateLimiter
{
    public bool TryAcquire(string user)
    {
        var granted = inner.TryAcquire(user);
        if (!granted)
        {
            metrics.RateLimited.Add(1, DealBotMetrics.Platform(user));
        }

        return granted;
    }

    public bool ShouldWarn(string user) => inner.ShouldWarn(user);

    public TimeSpan RetryAfter(string user) => inner.RetryAfter(user);
}
