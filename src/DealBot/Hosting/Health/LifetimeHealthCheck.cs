using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace DealBot.Hosting.Health;

/// <summary>
/// Not ready until every hosted service has started, and not ready again from the moment the host starts stopping
/// (SIGTERM), so a load balancer sends no new work to a pod that is finishing its answers in flight.
/// </summary>
public sealed class LifetimeHealthCheck(IHostApplicationLifetime lifetime) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(
            lifetime.ApplicationStopping.IsCancellationRequested ? HealthCheckResult.Unhealthy("stopping")
            : lifetime.ApplicationStarted.IsCancellationRequested ? HealthCheckResult.Healthy("started")
            : HealthCheckResult.Unhealthy("starting"));
}
