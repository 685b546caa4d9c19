using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using DealBot.Redis.Tests.Fixtures;
using Xunit.Abstractions;

namespace DealBot.Redis.Tests.Replicas;

/// <summary>
/// Issue 14's five phases, against the real host: two DealBot replicas (separate processes) share one redis-server and
/// take 50 app mentions per phase, over HTTP or Socket Mode. Redis up with Slack's retry of each event delivered to
/// the other replica; Redis stalled (DEBUG SLEEP 4 s) while events arrive; Redis killed; Redis started again (original
/// to B, retry to A); replica A killed halfway through a phase while events arrive at both, then gone. Every event is
/// answered (but those A had acked and not yet answered when it was killed), none twice while Redis is up, every ack
/// within Slack's 3 s, and each replica logs one line when each outage starts and one when it ends.
/// </summary>
[Collection(OutageCollection.Name)]
public sealed class SlackReplicasTest(ITestOutputHelper output) : IAsyncLifetime
{
    private const int PerPhase = 50;
    private static readonly TimeSpan AckDeadline = TimeSpan.FromSeconds(3);

    private readonly RedisServer _redis = new();
    private readonly ConcurrentDictionary<string, long> _sentAt = new();
    private readonly List<TimeSpan> _acks = [];
    private readonly List<TimeSpan> _slashAcks = [];
    private SlackFake _slack = null!;
    private BotProcess _a = null!;
    private BotProcess _b = null!;
    private bool _socketMode;

    public async Task InitializeAsync() => _slack = await SlackFake.StartAsync();

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task FivePhases_EveryEventAnsweredOnce_AcksInTime_OneLogLineEachWayPerOutage(bool socketMode)
    {
        _socketMode = socketMode;
        var prefix = BotInstance.NewPrefix();
        var data = Directory.CreateTempSubdirectory("dealbot-replicas-").FullName;
        (_a, _b) = (await StartAsync("a", prefix, data), await StartAsync("b", prefix, data));
        try
        {
            // A question each first, as a running service has had: the first calls of a new process are slow.
            await PhaseAsync("warm-up", 0, (i, ev, ch) => [(i % 2 == 0 ? _a : _b, ev, ch, 0)], count: 2);

            // 1. Redis up: each event to A, Slack's retry of it to B.
            var normal = await PhaseAsync("up, retry to the other replica", 1, (i, ev, ch) => [(_a, ev, ch, 0), (_b, ev, ch, 1)]);
            await SlashCommandsAsync("up", 1);

            // 2. Redis stalled for 4 s while events arrive (each delivered once).
            var stall = _redis.StallAsync(TimeSpan.FromSeconds(4));
            await SlashCommandsAsync("stalled", 2);
            var stalled = await PhaseAsync("stalled (DEBUG SLEEP 4)", 2, (i, ev, ch) => [(i % 2 == 0 ? _a : _b, ev, ch, 0)]);
            await stall;
            await ReplicaSet.SharingAsync(_a, _b);

            // 3. Redis stopped: the replicas answer alone; /readyz stays ready, /healthz says so.
            _redis.Kill();
            var down = await PhaseAsync("stopped", 3, (i, ev, ch) => [(i % 2 == 0 ? _a : _b, ev, ch, 0)]);
            await SlashCommandsAsync("stopped", 3);
            foreach (var bot in new[] { _a, _b })
            {
                Assert.Contains(ReplicaSet.Degraded, await bot.GetAsync("/healthz"), StringComparison.Ordinal);
                Assert.True((await bot.Http.GetAsync("/readyz")).IsSuccessStatusCode, "/readyz during the outage");
            }

            // 4. Redis started again: sharing resumes (the breakers' own probes find it), original to B, retry to A.
            var restarted = Stopwatch.StartNew();
            _redis.Restart();
            await ReplicaSet.SharingAsync(_a, _b);
            output.WriteLine($"sharing resumed {restarted.Elapsed.TotalSeconds:0.0} s after redis-server started again");
            var back = await PhaseAsync("started again, retry to the other replica", 4, (i, ev, ch) => [(_b, ev, ch, 0), (_a, ev, ch, 1)]);

            // 5. Replica A killed halfway while events arrive at both: B answers every event from then on.
            var killed = await PhaseAsync("replica A killed halfway", 5, (i, ev, ch) => [(i % 2 == 0 ? _a : _b, ev, ch, 0)], killAAt: PerPhase / 2);
            var alone = await PhaseAsync("replica A gone, events to B", 6, (i, ev, ch) => [(_b, ev, ch, 0)]);

            foreach (var (name, bot) in new[] { ("A", _a), ("B", _b) })
            {
                Assert.True(bot.Lines(ReplicaSet.OutageLine) == 2, $"replica {name}: {bot.Lines(ReplicaSet.OutageLine)} outage lines for 2 outages:\n{string.Join('\n', bot.Log)}");
                Assert.True(bot.Lines(ReplicaSet.BackLine) == 2, $"replica {name}: {bot.Lines(ReplicaSet.BackLine)} back lines for 2 outages:\n{string.Join('\n', bot.Log)}");
                Assert.True(bot.Lines("failed") == 0, $"replica {name} logged failures:\n{string.Join('\n', bot.Log)}");
            }

            output.WriteLine($"event acks: {ReplicaSet.Summary(_acks)}; slash command acks (with the answer): {ReplicaSet.Summary(_slashAcks)}");
            output.WriteLine($"answers, Redis up: {normal}; stalled: {stalled}; stopped: {down}; started again: {back}; replica A killed halfway: {killed}; replica A gone: {alone}");
        }
        finally
        {
            output.WriteLine("replica A log:\n" + string.Join('\n', _a.Log));
            output.WriteLine("replica B log:\n" + string.Join('\n', _b.Log));
            await _a.DisposeAsync();
            await _b.DisposeAsync();
            Directory.Delete(data, recursive: true);
        }
    }

    public async Task DisposeAsync()
    {
        await _slack.DisposeAsync();
        _redis.Dispose();
    }

    /// <summary>
    /// Ten <c>/deal</c> commands, alternately to each replica: each acked within Slack's 3 s with the answer in the ack
    /// (the shared state it needs fits in the budget, whatever Redis does).
    /// </summary>
    private async Task SlashCommandsAsync(string name, int phase)
    {
        for (var i = 0; i < 10; i++)
        {
            var (triggerId, channel) = ($"trigger.{phase}.{i}", $"S{phase}x{i}");
            var (body, took) = _socketMode
                ? await _slack.SlashOverSocketAsync(i % 2 == 0 ? "a" : "b", triggerId, channel)
                : await SlackFake.SlashOverHttpAsync((i % 2 == 0 ? _a : _b).Http, triggerId, channel);
            Assert.True(took < AckDeadline, $"{name}: slash command {triggerId} acked after {took.TotalMilliseconds:0} ms");
            Assert.True(body.Contains("\"blocks\"", StringComparison.Ordinal), $"{name}: slash command {triggerId} acked without its answer: {body}");
            _slashAcks.Add(took);
        }
    }

    private async Task<BotProcess> StartAsync(string name, string prefix, string data)
    {
        var settings = ReplicaSet.Settings(_redis, prefix);
        foreach (var (key, value) in _slack.ReplicaSettings(name, data, _socketMode))
        {
            settings[key] = value;
        }

        var bot = await BotProcess.StartAsync(settings);
        if (_socketMode)
        {
            await _slack.ConnectedAsync(name);
        }

        return bot;
    }

    /// <summary>
    /// Sends <paramref name="count"/> events, each in its own channel and delivered as <paramref name="deliveries"/> says
    /// (replica, event id, channel, retry number). With <paramref name="killAAt"/>, replica A is killed just before that
    /// event, while it may still hold the ones before; a delivery to it then fails and goes to B as Slack's retry (what
    /// the load balancer, or Slack's next Socket Mode connection, does). Waits until every live replica has taken every
    /// delivery it got and posted every answer; asserts each channel answered once (one sent before the kill at most
    /// once: A may have died holding it) and every ack in time. Returns the answer latencies (sent to posted).
    /// </summary>
    private async Task<string> PhaseAsync(
        string name,
        int phase,
        Func<int, string, string, (BotProcess Bot, string EventId, string Channel, int Retry)[]> deliveries,
        int killAAt = -1,
        int count = PerPhase)
    {
        var bots = new[] { _a, _b }.Where(b => !b.HasExited).ToArray();
        var before = await Task.WhenAll(bots.Select(b => ReplicaSet.DeliveriesAsync(b, "slack")));
        var sentTo = bots.ToDictionary(b => b, _ => 0);
        var channels = new List<string>();
        for (var i = 0; i < count; i++)
        {
            if (i == killAAt)
            {
                _a.Kill();
            }

            var (eventId, channel) = ($"Ev{phase}x{i:D3}", $"C{phase}x{i:D3}");
            channels.Add(channel);
            _sentAt[channel] = Stopwatch.GetTimestamp();
            foreach (var delivery in deliveries(i, eventId, channel))
            {
                var (bot, ack) = await DeliverAsync(delivery.Bot, delivery.EventId, delivery.Channel, delivery.Retry);
                Assert.True(ack < AckDeadline, $"{name}: {delivery.EventId} acked after {ack.TotalMilliseconds:0} ms");
                _acks.Add(ack);
                sentTo[bot]++;
            }
        }

        var live = bots.Where(b => !b.HasExited).ToArray();
        await Eventually.UntilAsync(async () =>
        {
            var now = await Task.WhenAll(live.Select(b => ReplicaSet.DeliveriesAsync(b, "slack")));
            var was = live.Select(b => before[Array.IndexOf(bots, b)]).ToArray();
            var taken = now.Zip(was).Sum(p => p.First.First - p.Second.First + p.First.Duplicates - p.Second.Duplicates);
            var first = now.Zip(was).Sum(p => p.First.First - p.Second.First);
            var answeredByLive = channels.Sum(c => _slack.AnswersIn(c).Count(a => live.Any(b => Name(b) == a.Replica)));
            return taken == live.Sum(b => sentTo[b]) && answeredByLive == first;
        }, $"{name}: every delivery taken and answered");

        var latencies = new List<TimeSpan>();
        var lostAtTheKill = 0;
        for (var i = 0; i < channels.Count; i++)
        {
            var answers = _slack.AnswersIn(channels[i]);
            var heldByTheKilled = i < killAAt && answers.Count == 0;
            Assert.True(answers.Count == 1 || heldByTheKilled, $"{name}: {channels[i]} answered {answers.Count} times");
            if (heldByTheKilled)
            {
                lostAtTheKill++;
                continue;
            }

            latencies.Add(Stopwatch.GetElapsedTime(_sentAt[channels[i]], answers.Min(a => a.At)));
        }

        if (killAAt >= 0)
        {
            output.WriteLine($"phase {phase} ({name}): {lostAtTheKill} of the {killAAt} events sent before the kill were in replica A's hands when it died");
        }

        var summary = $"{latencies.Count}/{count} answered once, answer latency {ReplicaSet.Summary(latencies)}";
        output.WriteLine($"phase {phase} ({name}): {_acks.Count} deliveries so far; {summary}");
        return summary;
    }

    /// <summary>Delivers an event; when the replica is gone, to the other one as Slack's retry.</summary>
    private async Task<(BotProcess Bot, TimeSpan Ack)> DeliverAsync(BotProcess bot, string eventId, string channel, int retry)
    {
        try
        {
            return (bot, _socketMode
                ? await _slack.SendOverSocketAsync(Name(bot), eventId, channel, retry)
                : await SlackFake.SendOverHttpAsync(bot.Http, eventId, channel, retry));
        }
        catch (Exception e) when (bot.HasExited && e is HttpRequestException or WebSocketException or ObjectDisposedException)
        {
            return await DeliverAsync(bot == _a ? _b : _a, eventId, channel, Math.Max(retry, 1));
        }
    }

    private string Name(BotProcess bot) => bot == _a ? "a" : "b";
}
