using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DealBot.Redis;

/// <summary>
/// Whether replicas are sharing state, read from the <see cref="RedisFallback"/> breaker (no call to Redis, so the
/// check is instant and never waits on a slow Redis). During an outage it is Degraded, "answering without shared
/// state": never Unhealthy, because a replica that answers alone beats none, so <c>/readyz</c> stays ready and
/// <c>/healthz</c> only says so.
/// </summary>
public sealed class SharedStateHealthCheck(RedisFallback fallback) : IHealthCheck
{
    public const string Name = "shared-state";

    /// <summary>Shown by <c>/healthz</c> as well as <c>/readyz</c> (which runs the checks tagged "ready").</summary>
    public const string LiveTag = "live";

    public const string Degraded = "degraded: answering without shared state";

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (fallback.OutageSince is not { } since)
        {
            return Task.FromResult(HealthCheckResult.Healthy("Redis: sharing state"));
        }

        var seconds = (fallback.Clock.GetUtcNow() - since).TotalSeconds;
        return Task.FromResult(HealthCheckResult.Degraded(
            $"{Degraded} (Redis unavailable for {seconds:0} s, since {since:yyyy-MM-ddTHH:mm:ssZ}; retried every {fallback.RetryInterval.TotalSeconds:0.#} s)"));
    }
}
