using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace DealBot.Slack.SocketMode;

/// <summary>
/// Which Socket Mode connection is live, for the readiness check: set when a connection opens, cleared when it ends
/// without a successor. Ready means Slack's <c>hello</c> arrived on the current connection.
/// </summary>
internal sealed class SocketModeReadinessCheck : IHealthCheck
{
    private volatile SocketModeConnection? _current;

    public void Opened(SocketModeConnection connection) => _current = connection;

    public void Closed(SocketModeConnection connection) => Interlocked.CompareExchange(ref _current, null, connection);

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(_current switch
        {
            { HelloReceived: true } => HealthCheckResult.Healthy("Slack Socket Mode: connected"),
            null => HealthCheckResult.Unhealthy("Slack Socket Mode: not connected"),
            _ => HealthCheckResult.Unhealthy("Slack Socket Mode: waiting for hello"),
        });
}
