using System.Diagnostics.Metrics;
using System.Net;
using System.Net.Sockets;
using DealBot.Chat.Conversations;
using DealBot.Core.Queries;
using DealBot.Redis.Conversations;
using DealBot.Redis.Safety;
using DealBot.Redis.Tests.Fixtures;

namespace DealBot.Redis.Tests.Safety;

/// <summary>
/// With Redis unreachable the bot keeps answering alone: context, dedupe and the rate limit are this replica's own,
/// each fallback is counted, and the outage is logged once (the breaker opens), not once per call.
/// </summary>
public sealed class RedisDownTest : IDisposable
{
    private readonly RecordingLogger<RedisFallback> _log = new();
    private readonly StackExchange.Redis.IConnectionMultiplexer _connection;
    private readonly RedisFallback _fallback;
    private readonly RedisKeys _keys = new(BotInstance.NewPrefix());

    public RedisDownTest()
    {
        _connection = RedisConnection.Connect(new RedisOptions { Configuration = $"127.0.0.1:{ClosedPort()},connectTimeout=200,syncTimeout=300" });
        _fallback = new RedisFallback(_log, TimeProvider.System);
    }

    [Fact]
    public async Task EveryOperation_IsAnsweredAlone_CountedAndLoggedOnce()
    {
        var database = _connection.GetDatabase();
        var key = new ConversationKey("slack", "C1", "U1");
        var conversations = new RedisConversationStore(database, _keys, TimeSpan.FromHours(1), _fallback);
        var deduplicator = new RedisDeliveryDeduplicator(database, _keys, TimeSpan.FromHours(1), _fallback);
        var limiter = new RedisUserRateLimiter(database, _keys, TimeProvider.System, perMinute: 1, burst: 1, _fallback);
        var counted = new List<string>();
        using var listener = Listen(counted);

        await conversations.SetLastAsync(key, new DealQuery { Kind = QueryKind.Deal });

        Assert.Equal(QueryKind.Deal, (await conversations.GetLastAsync(key))?.Kind);
        Assert.True(await deduplicator.TryBeginAsync("slack:Ev1"));
        Assert.False(await deduplicator.TryBeginAsync("slack:Ev1"));
        Assert.True(await limiter.TryAcquireAsync("U1"));
        Assert.False(await limiter.TryAcquireAsync("U1"));
        Assert.True(await limiter.ShouldWarnAsync("U1"));
        Assert.InRange(await limiter.RetryAfterAsync("U1"), TimeSpan.FromSeconds(59), TimeSpan.FromMinutes(1));
        Assert.Equal(
            ["conversation.set", "conversation.get", "delivery.begin", "delivery.begin", "ratelimit.acquire", "ratelimit.acquire", "ratelimit.warn", "ratelimit.retryafter"],
            counted);
        Assert.Single(_log.Messages);
        Assert.Contains("answering without shared state", _log.Messages.Single(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _connection.Dispose();
        _fallback.Dispose();
    }

    private static MeterListener Listen(List<string> operations)
    {
        var listener = new MeterListener
        {
            InstrumentPublished = (instrument, l) =>
            {
                if (instrument.Meter.Name == RedisFallback.MeterName)
                {
                    l.EnableMeasurementEvents(instrument);
                }
            },
        };
        listener.SetMeasurementEventCallback<long>((_, _, tags, _) =>
        {
            lock (operations)
            {
                operations.Add((string)tags[0].Value!);
            }
        });
        listener.Start();
        return listener;
    }

    /// <summary>A loopback port nothing listens on.</summary>
    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
