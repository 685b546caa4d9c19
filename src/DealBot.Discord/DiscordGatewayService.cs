using DealBot.Discord.Commands;
using DealBot.Discord.Gateway;
using DealBot.Discord.Processing;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace DealBot.Discord;

/// <summary>
/// Runs the Discord side for the host's lifetime: the event workers, the gateway shards (an owned task, awaited at
/// stop), and the command registration after shard 0's first READY (so one replica of many registers).
/// </summary>
internal sealed partial class DiscordGatewayService(
    DiscordGateway gateway,
    GatewayEventQueue queue,
    CommandRegistrar registrar,
    BotIdentity identity,
    ILogger<DiscordGatewayService> logger) : IHostedService
{
    private static readonly TimeSpan Drain = TimeSpan.FromSeconds(5);

    private readonly CancellationTokenSource _stopping = new();
    private Task _gateway = Task.CompletedTask;
    private Task _registration = Task.CompletedTask;
    private int _registered;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        queue.Start();
        gateway.ShardReady += OnShardReady;
        _gateway = Task.Run(() => gateway.RunAsync(_stopping.Token), CancellationToken.None);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        gateway.ShardReady -= OnShardReady;
        await _stopping.CancelAsync().ConfigureAwait(false);
        try
        {
            await Task.WhenAll(_gateway, _registration).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
        }

        await queue.StopAsync(Drain).ConfigureAwait(false);
    }

    private void OnShardReady(GatewayShard shard)
    {
        if (shard.Id != 0 || Interlocked.Exchange(ref _registered, 1) != 0)
        {
            return;
        }

        if (identity.ApplicationId is not { } applicationId)
        {
            LogNoApplicationId();
            return;
        }

        _registration = Task.Run(() => registrar.RegisterAsync(applicationId, _stopping.Token), CancellationToken.None);
    }

    [LoggerMessage(LogLevel.Warning, "Discord: no application id (set Discord:ApplicationId); slash commands were not registered")]
    private partial void LogNoApplicationId();
}
