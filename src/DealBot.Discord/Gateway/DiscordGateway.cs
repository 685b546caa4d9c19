using System.Collections.Concurrent;
using System.Net;
using DealBot.Discord.Json;
using DealBot.Discord.Rest;
using Microsoft.Extensions.Logging;

namespace DealBot.Discord.Gateway;

/// <summary>
/// The shards this process runs. Asks <c>GET /gateway/bot</c> for the URL, the recommended shard count and
/// <c>max_concurrency</c>; runs <see cref="DiscordOptions.ShardIds"/> (default: all) of
/// <see cref="DiscordOptions.ShardCount"/> (default: Discord's recommendation), so that replicas can split them.
/// </summary>
internal sealed partial class DiscordGateway(
    DiscordRestClient rest,
    DiscordOptions options,
    BotIdentity identity,
    IGatewayEventSink sink,
    DiscordBotConfiguration configuration,
    TimeProvider clock,
    ILoggerFactory loggers)
{
    private readonly ILogger _logger = loggers.CreateLogger<DiscordGateway>();
    private readonly ConcurrentDictionary<int, bool> _fatalLogged = new();
    private volatile IReadOnlyList<GatewayShard> _shards = [];

    public GatewayIntents Intents { get; } = GatewayIntentsFor.Options(options);

    public IReadOnlyList<GatewayShard> Shards => _shards;

    /// <summary>Raised on every READY of every shard (first connection and each new session).</summary>
    public event Action<GatewayShard>? ShardReady;

    /// <summary>Runs until <paramref name="cancellationToken"/> is cancelled or every shard stopped on a fatal close.</summary>
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (await GetGatewayBotAsync(cancellationToken).ConfigureAwait(false) is not { } info)
        {
            return;
        }

        var count = options.ShardCount ?? Math.Max(1, info.Shards);
        var range = options.ShardIds ?? new ShardRange(0, count - 1);
        if (range.Last >= count)
        {
            LogBadShardRange(range.ToString(), count);
            return;
        }

        var limit = info.SessionStartLimit;
        var budget = new IdentifyBudget(
            async ct => (await rest.GetGatewayBotAsync(ct).ConfigureAwait(false))?.SessionStartLimit, clock, loggers.CreateLogger<IdentifyBudget>());
        budget.Update(limit, clock.GetUtcNow());
        var gate = new IdentifyGate(Math.Max(1, limit?.MaxConcurrency ?? 1), configuration.IdentifyInterval, clock);
        var url = options.GatewayUrl ?? new Uri(info.Url);
        var context = new GatewayShardContext(
            options.Token, Intents, gate, budget, sink, identity, configuration, clock, loggers.CreateLogger<GatewayShard>(), s => ShardReady?.Invoke(s), OnFatal);
        LogStarting(range.ToString(), count, gate.MaxConcurrency, (int)Intents, options.MessageContentIntent);
        if (!options.MessageContentIntent)
        {
            LogNoMessageContent();
        }

        var shards = range.Ids.Select(id => new GatewayShard(id, count, url, context)).ToArray();
        _shards = shards;
        await Task.WhenAll(shards.Select(s => s.RunAsync(cancellationToken))).ConfigureAwait(false);
    }

    /// <summary>Retried with backoff, except a 401: a bad token is reported once and nothing more is tried.</summary>
    private async Task<JsonGatewayBot?> GetGatewayBotAsync(CancellationToken cancellationToken)
    {
        using var delays = configuration.Reconnect.GetDelays().Skip(1).GetEnumerator();
        while (true)
        {
            try
            {
                return await rest.GetGatewayBotAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DiscordRestException e) when (e.StatusCode == HttpStatusCode.Unauthorized)
            {
                return null;
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return null;
            }
            catch (Exception e) when (e is DiscordRestException or HttpRequestException or OperationCanceledException or System.Text.Json.JsonException)
            {
                var delay = delays.MoveNext() ? delays.Current : TimeSpan.FromMinutes(1);
                LogGatewayBotFailed(e.Message, delay.TotalMilliseconds);
                try
                {
                    await Task.Delay(delay, clock, cancellationToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return null;
                }
            }
        }
    }

    /// <summary>One log line per fatal cause, however many shards hit it.</summary>
    private void OnFatal(GatewayShard shard, int code)
    {
        if (_fatalLogged.TryAdd(code, true))
        {
            LogFatal(code, shard.Id, GatewayCloseCodes.DescribeFatal(code, shard.Id, shard.Count, Intents));
        }
    }

    [LoggerMessage(LogLevel.Information, "Discord gateway: running shards {ShardIds} of {ShardCount} (max_concurrency {MaxConcurrency}, intents {Intents}, message content {MessageContent})")]
    private partial void LogStarting(string shardIds, int shardCount, int maxConcurrency, int intents, bool messageContent);

    [LoggerMessage(LogLevel.Information, "Discord: the Message Content intent is off, so DealBot answers mentions, DMs and slash commands only (set Discord:MessageContentIntent to true, and enable it on the portal's Bot page, to also read replies that do not ping)")]
    private partial void LogNoMessageContent();

    [LoggerMessage(LogLevel.Critical, "Discord shard {ShardId} stopped (close code {CloseCode}): {CauseAndFix}")]
    private partial void LogFatal(int closeCode, int shardId, string causeAndFix);

    [LoggerMessage(LogLevel.Critical, "Discord:ShardIds {ShardIds} does not fit the {ShardCount} shards in use: shard ids run from 0 to ShardCount - 1. The gateway was not started.")]
    private partial void LogBadShardRange(string shardIds, int shardCount);

    [LoggerMessage(LogLevel.Warning, "Discord: GET /gateway/bot failed ({Error}); retrying in {DelayMs:0} ms")]
    private partial void LogGatewayBotFailed(string error, double delayMs);
}
