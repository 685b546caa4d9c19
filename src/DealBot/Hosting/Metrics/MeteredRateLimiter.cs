using DealBot.Chat.Safety;

namespace DealBot.Hosting.Metrics;

/// <summary>Counts refused questions around whichever rate limiter is registered (in memory or Redis).</summary>
public sealed class MeteredRateLimiter(IUserRateLimiter inner, DealBotMetrics metrics) : IUserRateLimiter
{
    public async ValueTask<bool> TryAcquireAsync(string user, CancellationToken cancellationToken = default)
    {
        var granted = await inner.TryAcquireAsync(user, cancellationToken).ConfigureAwait(false);
        if (!granted)
        {
            metrics.RateLimited.Add(1, DealBotMetrics.Platform(user));
        }

        return granted;
    }

    public ValueTask<bool> ShouldWarnAsync(string user, CancellationToken cancellationToken = default) => inner.ShouldWarnAsync(user, cancellationToken);

    public ValueTask<TimeSpan> RetryAfterAsync(string user, CancellationToken cancellationToken = default) => inner.RetryAfterAsync(user, cancellationToken);
}
