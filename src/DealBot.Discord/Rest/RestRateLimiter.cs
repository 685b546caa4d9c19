using System.Collections.Concurrent;

namespace DealBot.Discord.Rest;

/// <summary>
/// Keeps DealBot inside Discord's REST limits before a request is sent: the per-route bucket (learned from
/// X-RateLimit-Bucket, keyed with the top-level resource id, so two channels are separate limits), then the global
/// limit (<see cref="DiscordOptions.GlobalRequestsPerSecond"/>; interaction routes are exempt), then any 429 block.
/// </summary>
internal sealed class RestRateLimiter(TimeProvider clock, int globalRequestsPerSecond)
{
    /// <summary>
    /// The global window is measured where DealBot sends, Discord counts where requests arrive; uneven latency could
    /// squeeze n+1 arrivals into one second, so DealBot's second is a little longer.
    /// </summary>
    public static readonly TimeSpan GlobalWindow = TimeSpan.FromMilliseconds(1100);

    /// <summary>The global limit is spent in fifths of the window (10 per 220 ms at 50/s), not in one burst.</summary>
    public const int GlobalSpread = 5;

    private readonly SlidingWindowLimiter _global = new(globalRequestsPerSecond, GlobalWindow, GlobalSpread);
    private readonly ConcurrentDictionary<string, string> _bucketIds = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, RouteBucket> _buckets = new(StringComparer.Ordinal);
    private long _globalBlockedUntilTicks;

    public async ValueTask AcquireAsync(RestRoute route, CancellationToken cancellationToken)
    {
        var bucket = BucketOf(route);
        await WaitForAsync(bucket.TryAcquire, cancellationToken).ConfigureAwait(false);
        if (route.CountsTowardGlobal)
        {
            await WaitForAsync(TryAcquireGlobal, cancellationToken).ConfigureAwait(false);
        }
    }

    public void OnResponse(RestRoute route, RateLimitHeaders headers, DateTimeOffset receivedAt)
    {
        if (headers.Bucket is { } id)
        {
            _bucketIds[route.Template] = id;
        }

        if (headers is { Limit: { } limit, Remaining: { } remaining, ResetAfter: { } resetAfter })
        {
            BucketOf(route).Update(limit, remaining, resetAfter, receivedAt);
        }
    }

    /// <summary>A 429: block the bucket (or everything, for the global limit) for exactly <paramref name="retryAfter"/>.</summary>
    public void OnRateLimited(RestRoute route, RateLimitHeaders headers, TimeSpan retryAfter, bool global, DateTimeOffset receivedAt)
    {
        OnResponse(route, headers, receivedAt);
        var until = receivedAt + retryAfter;
        if (global)
        {
            var ticks = until.UtcTicks;
            long seen;
            while ((seen = Interlocked.Read(ref _globalBlockedUntilTicks)) < ticks
                && Interlocked.CompareExchange(ref _globalBlockedUntilTicks, ticks, seen) != seen)
            {
            }
        }
        else
        {
            BucketOf(route).Block(until);
        }
    }

    private TimeSpan TryAcquireGlobal(DateTimeOffset now)
    {
        var blocked = new DateTimeOffset(Interlocked.Read(ref _globalBlockedUntilTicks), TimeSpan.Zero);
        return now < blocked ? blocked - now : _global.TryAcquire(now);
    }

    private RouteBucket BucketOf(RestRoute route)
    {
        var id = _bucketIds.TryGetValue(route.Template, out var hash) ? hash : route.Template;
        return _buckets.GetOrAdd(id + ":" + route.MajorId, _ => new RouteBucket());
    }

    private async ValueTask WaitForAsync(Func<DateTimeOffset, TimeSpan> tryAcquire, CancellationToken cancellationToken)
    {
        var waited = false;
        while (tryAcquire(clock.GetUtcNow()) is var wait && wait > TimeSpan.Zero)
        {
            if (!waited)
            {
                DiscordMetrics.RateLimitWait();
                waited = true;
            }

            await ClockWait.UntilAsync(clock, clock.GetUtcNow() + wait, cancellationToken).ConfigureAwait(false);
        }
    }
}
