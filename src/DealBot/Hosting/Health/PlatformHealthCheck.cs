using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace DealBot.Hosting.Health;

/// <summary>
/// What the host knows of each configured platform. Slack in HTTP mode is up when the host serves its endpoints. The
/// Discord gateway and Slack Socket Mode hold connections only their adapters can see: until an adapter registers its
/// own ready check (named "discord" or "slack"), the platform is reported Degraded with the reason, which still counts
/// as ready, so a pod is never held back by a check that cannot know.
/// </summary>
public sealed class PlatformHealthCheck(PlatformSelection platforms, IConfiguration configuration, IOptions<HealthCheckServiceOptions> checks)
    : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var own = checks.Value.Registrations.Where(r => r.Tags.Contains(HealthEndpoints.ReadyTag)).Select(r => r.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var unknown = new List<string>();
        var known = new List<string>();
        if (platforms.Discord)
        {
            (own.Contains("discord") ? known : unknown).Add(own.Contains("discord") ? "Discord (own check)" : "Discord: the adapter reports no shard states yet");
        }

        if (platforms.Slack)
        {
            var socketMode = !string.IsNullOrWhiteSpace(configuration["Slack:AppToken"]);
            if (socketMode && !own.Contains("slack"))
            {
                unknown.Add("Slack Socket Mode: the adapter reports no connection state yet");
            }
            else
            {
                known.Add(socketMode ? "Slack Socket Mode (own check)" : "Slack HTTP mode: endpoints served");
            }
        }

        if (platforms.Api)
        {
            known.Add("MCP and HTTP API: endpoints served");
        }

        var description = string.Join("; ", known.Concat(unknown));
        return Task.FromResult(unknown.Count > 0 ? HealthCheckResult.Degraded(description) : HealthCheckResult.Healthy(description));
    }
}
