using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json.Nodes;
using DealBot.Discord.Tests.Fakes;
using DealBot.Discord.Tests.Harness;
using DealBot.Load;
using DealBot.Load.Outages;
using DealBot.Load.Redis;
using NSec.Cryptography;

namespace DealBot.Discord.Load;

/// <summary>
/// The outage run (<c>--outage RATE</c>): the real host on the fake Discord's gateway and on its HTTP interactions
/// endpoint, sharing state through a redis-server of the run's own, through each of <see cref="RedisPhase.All"/> (up,
/// stalled, killed, started again). Each second RATE mentions and RATE <c>/ask</c> commands arrive on the gateway and
/// RATE signed <c>/ask</c> commands at the endpoint, open loop (a stalled bot cannot slow the senders); every fifth
/// mention is dispatched twice, as a resumed session replays it. One replica: a gateway shard belongs to one process,
/// and Discord never sends an interaction twice, so no second replica sees the same message. Reports, per phase:
/// mentions answered once, lost, twice; commands answered past Discord's 3 s (the fake refuses a late gateway callback,
/// 10062) or not at all; answer and response latency; the outage log lines.
/// </summary>
internal static class OutageRun
{
    private const int ReplayEvery = 5;

    public static async Task<int> RunAsync(LoadSettings settings)
    {
        Console.WriteLine($"DealBot Discord outage run: {settings.OutageRate} mentions, {settings.OutageRate} gateway /ask and {settings.OutageRate} "
            + $"HTTP /ask a second, {RedisPhase.Length.TotalSeconds:0} s a phase, every {ReplayEvery}th mention dispatched twice");
        using var redis = new RedisServer();
        using var key = Key.Create(SignatureAlgorithm.Ed25519);
        await using var discord = await FakeDiscord.StartAsync(TestToken.Value);

        // Every mention is in one channel: its per-channel message limit would pace the replies, not Redis.
        discord.MessageBucketLimit = int.MaxValue;
        var firstReply = new ConcurrentDictionary<string, long>(StringComparer.Ordinal);
        discord.MessageCreated = (_, replyTo, at) =>
        {
            if (replyTo is not null)
            {
                firstReply.TryAdd(replyTo, at);
            }
        };

        var settingsOfBot = redis.ReplicaSettings($"outage-{Guid.NewGuid():N}:");
        settingsOfBot["Discord:Token"] = discord.Token;
        settingsOfBot["Discord:ApiBaseUrl"] = discord.ApiBaseUrl.ToString();
        settingsOfBot["Discord:PublicKey"] = SignedInteraction.PublicKey(key);
        using var bot = await BotHost.StartAsync(settingsOfBot);
        using var http = new HttpClient { BaseAddress = new Uri(bot.Url), Timeout = TimeSpan.FromSeconds(30) };
        await discord.WaitUntilAsync(() => discord.Gateway.IsAttached(), "the bot's READY", TimeSpan.FromSeconds(30));

        var run = new Sender(discord, http, key, firstReply, settings.OutageRate);
        await run.PhaseAsync(new PhaseTally("warm-up"), TimeSpan.FromSeconds(2));
        await run.TallyAnswersAsync();
        var tallies = await RedisPhase.RunAllAsync(redis, (tally, _) => run.PhaseAsync(tally, RedisPhase.Length));
        await run.TallyAnswersAsync();
        Console.WriteLine();
        Console.WriteLine(PhaseTally.Header);
        tallies.ForEach(t => Console.WriteLine(t.Row()));
        Console.WriteLine($"outage log lines (unavailable/back): {bot.Lines("Redis unavailable (")}/{bot.Lines("Redis is back")}");
        return 0;
    }

    /// <summary>Sends the messages of the run and counts the replies to each mention.</summary>
    private sealed class Sender(FakeDiscord discord, HttpClient http, Key key, ConcurrentDictionary<string, long> firstReply, int rate)
    {
        private const string Question = "how much does anthropic pay xai per year?";

        private readonly SentMessages _sent = new();

        public Task PhaseAsync(PhaseTally tally, TimeSpan length) => OpenLoop.RunAsync(rate, length, i =>
            [MentionAsync(tally, replay: i % ReplayEvery == 0), GatewayCommandAsync(tally), HttpCommandAsync(tally)]);

        public Task TallyAnswersAsync() => _sent.TallyAsync(mention =>
            firstReply.TryGetValue(mention, out var at) ? (discord.Messages.Count(m => m.ReplyTo == mention), at) : (0, 0));

        private async Task MentionAsync(PhaseTally tally, bool replay)
        {
            var id = DiscordEvents.NewId();
            _sent.Add(id, tally);
            await discord.Gateway.DispatchAsync("MESSAGE_CREATE", DiscordEvents.Mention(id, Question));
            if (replay)
            {
                await discord.Gateway.DispatchAsync("MESSAGE_CREATE", DiscordEvents.Mention(id, Question));
            }
        }

        /// <summary>An /ask on the gateway: its callback must reach Discord within 3 s of the dispatch (the fake refuses it later).</summary>
        private async Task GatewayCommandAsync(PhaseTally tally)
        {
            var id = DiscordEvents.NewId();
            var dispatched = DateTimeOffset.UtcNow;
            await discord.Gateway.DispatchAsync("INTERACTION_CREATE", DiscordEvents.Command(id, "ask", options: ("question", "xai per year", false)));
            try
            {
                var callback = await discord.WaitForCallbackAsync(id, TimeSpan.FromSeconds(30));
                tally.Acked(callback.ArrivedAt - dispatched, callback.Status is >= 200 and < 300);
            }
            catch (TimeoutException)
            {
                tally.Acked(PhaseTally.Deadline, answered: false);
            }
        }

        /// <summary>An /ask at the HTTP endpoint: the answer (or the deferral) must be the response, within 3 s.</summary>
        private async Task HttpCommandAsync(PhaseTally tally)
        {
            var command = DiscordEvents.Command(DiscordEvents.NewId(), "ask", options: ("question", "xai per year", false)).ToJsonString();
            using var request = SignedInteraction.Request(new Uri(http.BaseAddress!, DiscordEndpointRouteBuilderExtensions.DefaultPath), command, key, DateTimeOffset.UtcNow);
            var started = Stopwatch.GetTimestamp();
            using var response = await http.SendAsync(request);
            var body = JsonNode.Parse(await response.Content.ReadAsStringAsync());
            tally.Acked(Stopwatch.GetElapsedTime(started), response.IsSuccessStatusCode && body?["type"]?.GetValue<int>() is 4 or 5);
        }
    }
}
