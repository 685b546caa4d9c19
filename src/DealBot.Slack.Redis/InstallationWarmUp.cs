using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using StackExchange.Redis;

namespace DealBot.Slack.Redis;

/// <summary>
/// Reads every Slack installation into this replica's memory once it starts (in the background: start-up never waits
/// for Redis), trying again every few seconds while Redis does not answer. Installs made later reach the cache when
/// first looked up, or at once on the replica that saved them.
/// </summary>
internal sealed partial class InstallationWarmUp(RedisInstallationStore store, TimeProvider clock, ILogger<InstallationWarmUp> logger) : BackgroundService
{
    public static readonly TimeSpan RetryEvery = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                LogLoaded(await store.LoadAllAsync(stoppingToken));
                return;
            }
            catch (RedisServerException e)
            {
                // Redis answered and refused (SCAN disabled, say): installations are read as they are looked up.
                LogRefused(e.Message);
                return;
            }
            catch (Exception e) when (e is RedisException or TimeoutException)
            {
                LogNotYet(e.GetType().Name);
            }

            await Task.Delay(RetryEvery, clock, stoppingToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack installations read from Redis into memory: {Count}")]
    private partial void LogLoaded(int count);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack installations not read into memory at start: Redis refused ({Reason}); each is read when first looked up")]
    private partial void LogRefused(string reason);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Slack installations not read from Redis yet ({ErrorType}); trying again shortly")]
    private partial void LogNotYet(string errorType);
}
