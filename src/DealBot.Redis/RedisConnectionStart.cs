using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using StackExchange.Redis;

namespace DealBot.Redis;

/// <summary>
/// Opens the process's Redis connection as the host starts, before any platform service starts taking messages
/// (<see cref="IHostedLifecycleService.StartingAsync"/> runs before every service's start). Opened lazily instead, the
/// first message would wait for the client's first connection attempt, up to its connect timeout — longer than Slack's
/// and Discord's 3 s when Redis is down — and the first messages with Redis up would be answered alone. With Redis down
/// the start waits that attempt out (the client's connect timeout, 5 s by default) and the replica starts alone.
/// </summary>
internal sealed class RedisConnectionStart(IServiceProvider services) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken)
    {
        _ = services.GetRequiredService<IConnectionMultiplexer>();
        return Task.CompletedTask;
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
