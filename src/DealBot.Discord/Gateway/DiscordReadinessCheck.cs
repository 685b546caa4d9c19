using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DealBot.Discord.Gateway;

/// <summary>
/// Ready when every shard this process runs has a live session (READY or RESUMED). A shard that is reconnecting or
/// stopped on a fatal close makes the process not ready, so an orchestrator sends no traffic to it and shows why.
/// </summary>
internal sealed class DiscordReadinessCheck(DiscordGateway gateway) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var shards = gateway.Shards;
        if (shards.Count == 0)
        {
            return Task.FromResult(HealthCheckResult.Unhealthy("Discord: no shard started yet"));
        }

        var notReady = shards.Where(s => s.State != ShardState.Ready).Select(s => $"shard {s.Id}: {s.State}").ToList();
        return Task.FromResult(notReady.Count == 0
            ? HealthCheckResult.Healthy($"Discord: {shards.Count} shard(s) ready")
            : HealthCheckResult.Unhealthy("Discord: " + string.Join(", ", notReady)));
    }
}
