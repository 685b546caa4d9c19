using System.Diagnostics;
using System.Net.WebSockets;
using DealBot.Load;
using DealBot.Load.Outages;
using DealBot.Load.Redis;
using DealBot.Load.Slack;

namespace DealBot.Slack.Load;

/// <summary>
/// The outage run (<c>--outage RATE</c>): two replicas of the real host share one redis-server of the run's own, first
/// over HTTP, then over Socket Mode. Through each of <see cref="RedisPhase.All"/> (up, stalled, killed, started again)
/// and then with Redis up and replica A killed halfway, app mentions and <c>/deal</c> commands arrive at RATE a second
/// each, open loop (a stalled bot cannot slow the senders), alternately at each replica. Every fifth mention is also
/// delivered to the other replica as Slack's retry (<c>X-Slack-Retry-Num: 1</c>, <c>http_timeout</c>), the double
/// answer an outage can cost. A delivery to a replica that is gone (refused, or its socket closed before it acked) is
/// sent to the other one as Slack's retry, as a load balancer or Slack's next connection would. Reports, per phase:
/// mentions answered once, lost, twice; acks past 3 s (slash commands: or without their answer); answer and ack
/// latency; and each replica's outage log lines.
/// </summary>
internal static class OutageRun
{
    private const int RetryEvery = 5;

    public static async Task<int> RunAsync(LoadSettings settings)
    {
        Console.WriteLine($"DealBot Slack outage run: {settings.OutageRate} mentions and {settings.OutageRate} /deal commands a second, "
            + $"{RedisPhase.Length.TotalSeconds:0} s a phase, two replicas, every {RetryEvery}th mention retried to the other replica");
        foreach (var socketMode in new[] { false, true })
        {
            await RunModeAsync(settings.OutageRate, socketMode);
        }

        return 0;
    }

    private static async Task RunModeAsync(int rate, bool socketMode)
    {
        using var redis = new RedisServer();
        await using var slack = await SlackFake.StartAsync();
        var data = Directory.CreateTempSubdirectory("dealbot-slack-outage-");
        var prefix = $"outage-{Guid.NewGuid():N}:";
        var replicas = new Replica[2];
        try
        {
            for (var r = 0; r < replicas.Length; r++)
            {
                var name = r == 0 ? "a" : "b";
                var settings = redis.ReplicaSettings(prefix);
                foreach (var (key, value) in slack.ReplicaSettings(name, data.FullName, socketMode))
                {
                    settings[key] = value;
                }

                var bot = await BotHost.StartAsync(settings);
                replicas[r] = new Replica(name, bot, new HttpClient { BaseAddress = new Uri(bot.Url), Timeout = TimeSpan.FromSeconds(30) });
                if (socketMode)
                {
                    await slack.ConnectedAsync(name).WaitAsync(TimeSpan.FromSeconds(30));
                }
            }

            var run = new Sender(slack, replicas, socketMode, rate);

            // Questions first, as a running service has had: the first calls of a new process are slow, and a replica
            // answers alone until its first connection to Redis is up.
            await run.PhaseAsync(new PhaseTally("warm-up"), "w", TimeSpan.FromSeconds(2));
            await run.TallyAnswersAsync();
            await SharingAsync(replicas);
            var tallies = await RedisPhase.RunAllAsync(redis, (tally, p) => run.PhaseAsync(tally, $"p{p}", RedisPhase.Length));

            // Replica A killed halfway through a phase with Redis up.
            var beforeKill = new PhaseTally("Redis up, replica A killed: sent before the kill");
            var afterKill = new PhaseTally("Redis up, replica A killed: sent after the kill");
            tallies.Add(beforeKill);
            tallies.Add(afterKill);
            await run.PhaseAsync(beforeKill, "k0", RedisPhase.Length / 2);
            replicas[0].Bot.Dispose();
            await run.PhaseAsync(afterKill, "k1", RedisPhase.Length / 2);

            await run.TallyAnswersAsync();
            Console.WriteLine();
            Console.WriteLine($"{(socketMode ? "Socket Mode" : "HTTP")}:");
            Console.WriteLine(PhaseTally.Header);
            tallies.ForEach(t => Console.WriteLine(t.Row()));
            Console.WriteLine($"mentions retried to the other replica: {run.Retried}; outage log lines (unavailable/back): "
                + string.Join(", ", replicas.Select(r => $"{r.Name} {r.Bot.Lines("Redis unavailable (")}/{r.Bot.Lines("Redis is back")}")));
        }
        finally
        {
            foreach (var replica in replicas.Where(r => r is not null))
            {
                replica.Http.Dispose();
                replica.Bot.Dispose();
            }

            data.Delete(recursive: true);
        }
    }

    /// <summary>Waits until every replica's breaker is closed (its shared-state check Healthy).</summary>
    private static async Task SharingAsync(Replica[] replicas)
    {
        var waited = Stopwatch.StartNew();
        while (!(await Task.WhenAll(replicas.Select(r => r.Http.GetStringAsync("/healthz")))).All(h => h.Contains("shared-state: Healthy", StringComparison.Ordinal)))
        {
            if (waited.Elapsed > TimeSpan.FromSeconds(30))
            {
                throw new TimeoutException("the replicas did not share state within 30 s of the warm-up");
            }

            await Task.Delay(50);
        }
    }

    private sealed record Replica(string Name, BotHost Bot, HttpClient Http)
    {
        public volatile bool Gone;
    }

    /// <summary>Sends the messages of the run and counts their answers by channel (one channel per message).</summary>
    private sealed class Sender(SlackFake slack, Replica[] replicas, bool socketMode, int rate)
    {
        private readonly SentMessages _sent = new();
        private int _retried;

        public int Retried => _retried;

        public Task PhaseAsync(PhaseTally tally, string phase, TimeSpan length) => OpenLoop.RunAsync(rate, length, i =>
        [
            MentionAsync(tally, $"{phase}x{i:D4}", replicas[i % 2], replicas[(i + 1) % 2], i % RetryEvery == 0),
            SlashAsync(tally, $"{phase}x{i:D4}", replicas[(i + 1) % 2], replicas[i % 2]),
        ]);

        public Task TallyAnswersAsync() => _sent.TallyAsync(channel => slack.AnswersIn(channel) is { Count: > 0 } answers ? (answers.Count, answers.Min(a => a.At)) : (0, 0));

        private async Task MentionAsync(PhaseTally tally, string id, Replica to, Replica other, bool retry)
        {
            var channel = $"C{id}";
            _sent.Add(channel, tally);
            tally.Acked(await DeliverAsync(to, other, $"Ev{id}", channel));
            if (retry && !other.Gone)
            {
                Interlocked.Increment(ref _retried);
                tally.Acked(await DeliverAsync(other, to, $"Ev{id}", channel, retry: 1));
            }
        }

        /// <summary>Delivers to <paramref name="to"/>, or, once it is found gone, to <paramref name="other"/> as Slack's retry.</summary>
        private async Task<TimeSpan> DeliverAsync(Replica to, Replica other, string eventId, string channel, int retry = 0)
        {
            if (!to.Gone)
            {
                try
                {
                    return socketMode
                        ? await slack.SendOverSocketAsync(to.Name, eventId, channel, retry)
                        : await SlackFake.SendOverHttpAsync(to.Http, eventId, channel, retry);
                }
                catch (Exception e) when (e is HttpRequestException or WebSocketException or ObjectDisposedException)
                {
                    to.Gone = true;
                }
            }

            return await DeliverAsync(other, to, eventId, channel, Math.Max(retry, 1));
        }

        private async Task SlashAsync(PhaseTally tally, string id, Replica to, Replica other)
        {
            var target = to.Gone ? other : to;
            try
            {
                var (body, took) = socketMode
                    ? await slack.SlashOverSocketAsync(target.Name, $"trigger.{id}", $"S{id}")
                    : await SlackFake.SlashOverHttpAsync(target.Http, $"trigger.{id}", $"S{id}");
                tally.Acked(took, body.Contains("\"blocks\"", StringComparison.Ordinal));
            }
            catch (Exception e) when (e is HttpRequestException or WebSocketException or ObjectDisposedException)
            {
                // Slack does not retry a slash command: the user sees an error and asks again, at the live replica.
                target.Gone = true;
                tally.Acked(PhaseTally.Deadline, answered: false);
            }
        }
    }
}
