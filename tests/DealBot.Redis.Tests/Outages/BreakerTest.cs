using System.Diagnostics;
using DealBot.Chat;
using DealBot.Chat.Pipeline;
using DealBot.Core.Answers;
using DealBot.Core.Catalog;
using DealBot.Language;
using DealBot.Redis.Conversations;
using DealBot.Redis.Safety;
using DealBot.Redis.Tests.Fixtures;
using StackExchange.Redis;

namespace DealBot.Redis.Tests.Outages;

/// <summary>
/// The chat pipeline of two replicas on a redis-server of the test's own that is killed, restarted and stalled
/// (DEBUG SLEEP) while questions arrive, with the production breaker and the tests' budget: every question is
/// answered, within the budget; the outage is logged once when it starts and once when it ends; sharing resumes.
/// </summary>
[Collection(OutageCollection.Name)]
public sealed class BreakerTest : IDisposable
{
    private static readonly DealCatalog Catalog = CatalogLoader.LoadDefault();

    /// <summary>The budget plus what a busy 2-core test machine adds to scheduling: far inside Slack's and Discord's 3 s.</summary>
    private static readonly TimeSpan Deadline = OutageCollection.Budget + TimeSpan.FromMilliseconds(750);

    private readonly RedisServer _server = new();
    private readonly Replica _a;
    private readonly Replica _b;
    private int _next;

    public BreakerTest()
    {
        var prefix = BotInstance.NewPrefix();
        _a = new Replica(_server, prefix);
        _b = new Replica(_server, prefix);
    }

    [Fact]
    public async Task RedisKilledThenRestarted_EveryQuestionAnsweredInTime_OneLineEachWay_SharingResumesWithoutTraffic()
    {
        await AssertSharedAsync();

        _server.Kill();
        for (var i = 0; i < 20; i++)
        {
            await AskInTimeAsync(i % 2 == 0 ? _a : _b);
        }

        // Taken by A alone during the outage: written to Redis once it is back, so B does not answer it again then.
        Assert.Equal(ChatReplyKind.Answer, (await _a.Handler.HandleAsync(Message("taken-during-outage"))).Kind);

        Assert.All(new[] { _a, _b }, r => Assert.NotEqual(RedisFallback.BreakerState.Closed, r.Fallback.State));
        Assert.All(new[] { _a, _b }, r => Assert.Equal(["outage"], r.Lines()));

        // No question comes in meanwhile: the breakers' own PINGs find Redis back.
        _server.Restart();
        await Eventually.UntilAsync(
            () => _a.Fallback.State == RedisFallback.BreakerState.Closed && _b.Fallback.State == RedisFallback.BreakerState.Closed,
            "both replicas to use Redis again");

        await Eventually.UntilAsync(() => _a.Fallback.DeferredWrites == 0, "A's writes made during the outage to reach Redis");
        Assert.Equal(ChatReplyKind.Duplicate, (await _b.Handler.HandleAsync(Message("taken-during-outage"))).Kind);
        await AssertSharedAsync();
        Assert.All(new[] { _a, _b }, r => Assert.Equal(["outage", "back"], r.Lines()));
    }

    [Fact]
    public async Task RedisStalled_EveryQuestionAnsweredInTime_ThenSharingResumes()
    {
        await AssertSharedAsync();

        // Long enough for both replicas' breakers to open (two calls each that run out of time) while it lasts.
        var stall = _server.StallAsync(TimeSpan.FromSeconds(2) + (4 * OutageCollection.Budget));
        await Eventually.UntilAsync(async () =>
        {
            await AskInTimeAsync(_a);
            await AskInTimeAsync(_b);
            return _a.Fallback.State != RedisFallback.BreakerState.Closed && _b.Fallback.State != RedisFallback.BreakerState.Closed;
        }, "both breakers to open while Redis sleeps");
        for (var i = 0; i < 10; i++)
        {
            await AskInTimeAsync(i % 2 == 0 ? _a : _b);
        }

        await stall;
        await Eventually.UntilAsync(async () =>
        {
            await AskInTimeAsync(_a);
            await AskInTimeAsync(_b);
            return _a.Fallback.State == RedisFallback.BreakerState.Closed && _b.Fallback.State == RedisFallback.BreakerState.Closed;
        }, "both replicas to use Redis again");

        await AssertSharedAsync();
        Assert.All(new[] { _a, _b }, r => Assert.Equal(["outage", "back"], r.Lines()));
    }

    public void Dispose()
    {
        _a.Dispose();
        _b.Dispose();
        _server.Dispose();
    }

    /// <summary>A delivery answered at one replica is a duplicate at the other: they share Redis.</summary>
    private async Task AssertSharedAsync()
    {
        var id = $"shared-{Interlocked.Increment(ref _next)}";
        Assert.Equal(ChatReplyKind.Answer, (await _a.Handler.HandleAsync(Message(id))).Kind);
        Assert.Equal(ChatReplyKind.Duplicate, (await _b.Handler.HandleAsync(Message(id))).Kind);
    }

    private async Task AskInTimeAsync(Replica replica)
    {
        var started = Stopwatch.GetTimestamp();
        var reply = await replica.Handler.HandleAsync(Message($"q-{Interlocked.Increment(ref _next)}"));
        var took = Stopwatch.GetElapsedTime(started);
        Assert.Equal(ChatReplyKind.Answer, reply.Kind);
        Assert.True(took < Deadline, $"answered in {took.TotalMilliseconds:0} ms");
    }

    private static IncomingMessage Message(string id) => new("slack", "T1/C1", $"U-{id}", "xai per year", id, FromBot: false, Addressed: true);

    /// <summary>One replica as the host wires it: its own connection, breaker (with its PING) and stores.</summary>
    private sealed class Replica : IDisposable
    {
        private readonly IConnectionMultiplexer _connection;
        private readonly RecordingLogger<RedisFallback> _log = new();

        public Replica(RedisServer server, string prefix)
        {
            _connection = server.Connect();
            Fallback = new RedisFallback(_log, TimeProvider.System, OutageCollection.Budget, ping: () => _connection.GetDatabase().PingAsync());
            var database = _connection.GetDatabase();
            var keys = new RedisKeys(prefix);
            var engine = new ChatEngine(
                new QuestionParser(Catalog), new Answerer(Catalog, TimeProvider.System), new RedisConversationStore(database, keys, TimeSpan.FromHours(1), Fallback));
            Handler = new MessageHandler(
                engine,
                new RedisDeliveryDeduplicator(database, keys, TimeSpan.FromHours(1), Fallback),
                new RedisUserRateLimiter(database, keys, TimeProvider.System, perMinute: 10_000, burst: 1_000, Fallback),
                new StateBudget(OutageCollection.Budget, TimeProvider.System));
        }

        public RedisFallback Fallback { get; }

        public MessageHandler Handler { get; }

        /// <summary>"outage" and "back" for each line the breaker logged, in order.</summary>
        public string[] Lines() => _log.Messages
            .Select(m => m.StartsWith("Redis unavailable", StringComparison.Ordinal) ? "outage" : m.StartsWith("Redis is back", StringComparison.Ordinal) ? "back" : m)
            .ToArray();

        public void Dispose()
        {
            _connection.Dispose();
            Fallback.Dispose();
        }
    }
}
