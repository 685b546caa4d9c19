using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using DealBot.Discord;
using DealBot.Discord.Tests.Fakes;
using DealBot.Discord.Tests.Harness;
using DealBot.Redis.Tests.Fixtures;
using NSec.Cryptography;
using Xunit.Abstractions;

namespace DealBot.Redis.Tests.Replicas;

/// <summary>
/// The real host on the Discord gateway (a fake Discord that refuses an interaction callback more than 3 s after the
/// dispatch, as Discord does) and on the HTTP interactions endpoint, with Redis up, stalled (DEBUG SLEEP 4 s), killed and
/// started again while mentions and slash commands arrive: every mention is answered once (a replayed dispatch is not
/// answered again while Redis is up), every slash command is answered in time by either route, and the outage is
/// logged once each way per outage.
/// </summary>
[Collection(OutageCollection.Name)]
public sealed class DiscordOutageTest(ITestOutputHelper output) : IAsyncLifetime
{
    private const int PerPhase = 20;

    private static readonly TimeSpan InteractionDeadline = TimeSpan.FromSeconds(3);

    private readonly RedisServer _redis = new();
    private readonly Key _key = Key.Create(SignatureAlgorithm.Ed25519);
    private readonly List<TimeSpan> _endpointResponses = [];
    private FakeDiscord _discord = null!;
    private BotProcess _bot = null!;
    private int _taken;

    public async Task InitializeAsync()
    {
        _discord = await FakeDiscord.StartAsync(TestToken.Value);

        // Every mention is in one channel: its per-channel message limit would pace the replies, not Redis.
        _discord.MessageBucketLimit = int.MaxValue;
        var settings = ReplicaSet.Settings(_redis, BotInstance.NewPrefix());
        settings["Discord:Token"] = _discord.Token;
        settings["Discord:ApiBaseUrl"] = _discord.ApiBaseUrl.ToString();
        settings["Discord:PublicKey"] = SignedInteraction.PublicKey(_key);
        _bot = await BotProcess.StartAsync(settings);
        await _discord.WaitUntilAsync(() => _discord.Gateway.IsAttached(), "the bot's READY", TimeSpan.FromSeconds(30));

        // A question first, as a running service has had: the first calls of a new process are slow.
        var warmUp = DiscordEvents.NewId();
        await _discord.Gateway.DispatchAsync("MESSAGE_CREATE", DiscordEvents.Mention(warmUp, "xai per year"));
        await _discord.WaitForReplyAsync(warmUp, TimeSpan.FromSeconds(30));
        _taken = 1;
    }

    [Fact]
    public async Task RedisStalledKilledRestarted_EveryMentionAndCommandAnsweredInTime_OneLogLineEachWayPerOutage()
    {
        try
        {
            await PhaseAsync("up", replay: true);

            var stall = _redis.StallAsync(TimeSpan.FromSeconds(4));
            await PhaseAsync("stalled (DEBUG SLEEP 4)", replay: false);
            await stall;
            await ReplicaSet.SharingAsync(_bot);

            _redis.Kill();
            await PhaseAsync("stopped", replay: false);
            Assert.Contains(ReplicaSet.Degraded, await _bot.GetAsync("/healthz"), StringComparison.Ordinal);
            Assert.True((await _bot.Http.GetAsync("/readyz")).IsSuccessStatusCode, "/readyz during the outage");
            var metrics = await _bot.GetAsync("/metrics");
            output.WriteLine(string.Join('\n', metrics.Split('\n').Where(l => l.StartsWith("dealbot_redis", StringComparison.Ordinal))));
            Assert.Matches(@"(?m)^dealbot_redis_breaker_state\{[^}]*\} [12]$", metrics);
            Assert.Matches(@"(?m)^dealbot_redis_fallbacks_total\{[^}]*operation=""delivery.begin""[^}]*\} [1-9]", metrics);

            _redis.Restart();
            await ReplicaSet.SharingAsync(_bot);
            await PhaseAsync("started again", replay: true);

            Assert.True(_bot.Lines(ReplicaSet.OutageLine) == 2, $"{_bot.Lines(ReplicaSet.OutageLine)} outage lines for 2 outages:\n{string.Join('\n', _bot.Log)}");
            Assert.True(_bot.Lines(ReplicaSet.BackLine) == 2, $"{_bot.Lines(ReplicaSet.BackLine)} back lines for 2 outages:\n{string.Join('\n', _bot.Log)}");
            Assert.True(_bot.Lines("failed") == 0, $"the bot logged failures:\n{string.Join('\n', _bot.Log)}");
            output.WriteLine($"endpoint responses: {ReplicaSet.Summary(_endpointResponses)}");
        }
        finally
        {
            output.WriteLine("bot log:\n" + string.Join('\n', _bot.Log));
        }
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _discord.DisposeAsync();
        _redis.Dispose();
        _key.Dispose();
    }

    /// <summary>
    /// <see cref="PerPhase"/> mentions (each dispatched twice with <paramref name="replay"/>, as a resumed session
    /// replays) and as many /ask commands, all at once; each mention answered once, each command's callback accepted.
    /// </summary>
    private async Task PhaseAsync(string name, bool replay)
    {
        var mentions = Enumerable.Range(0, PerPhase).Select(_ => DiscordEvents.NewId()).ToList();
        var commands = Enumerable.Range(0, PerPhase).Select(_ => DiscordEvents.NewId()).ToList();
        var dispatches = new List<Task>();
        foreach (var (mention, command) in mentions.Zip(commands))
        {
            dispatches.Add(_discord.Gateway.DispatchAsync("MESSAGE_CREATE", DiscordEvents.Mention(mention, "how much does anthropic pay xai per year?")));
            dispatches.Add(_discord.Gateway.DispatchAsync(
                "INTERACTION_CREATE", DiscordEvents.Command(command, "ask", options: ("question", "xai per year", false))));
        }

        var overHttp = Enumerable.Range(0, PerPhase).Select(_ => AskOverHttpAsync(name)).ToList();
        await Task.WhenAll(dispatches);
        await Task.WhenAll(overHttp);
        if (replay)
        {
            foreach (var mention in mentions)
            {
                await _discord.Gateway.DispatchAsync("MESSAGE_CREATE", DiscordEvents.Mention(mention, "how much does anthropic pay xai per year?"));
            }
        }

        foreach (var command in commands)
        {
            var callback = await _discord.WaitForCallbackAsync(command, TimeSpan.FromSeconds(30));
            Assert.True(callback.Status is >= 200 and < 300, $"{name}: interaction {command}'s callback got {callback.Status} (10062: after Discord's 3 s)");
        }

        foreach (var mention in mentions)
        {
            await _discord.WaitForReplyAsync(mention, TimeSpan.FromSeconds(30));
        }

        // Every delivery (replays and the endpoint's commands too) has been taken through dedupe before replies are counted.
        _taken += (PerPhase * 3) + (replay ? PerPhase : 0);
        await Eventually.UntilAsync(async () =>
        {
            var (first, duplicates) = await ReplicaSet.DeliveriesAsync(_bot, "discord");
            return first + duplicates == _taken;
        }, $"{name}: every dispatch taken");
        foreach (var mention in mentions)
        {
            var replies = _discord.Messages.Count(m => m.ReplyTo == mention);
            Assert.True(replies == 1, $"{name}: message {mention} answered {replies} times");
        }

        output.WriteLine($"{name}: {PerPhase}/{PerPhase} mentions answered once, {PerPhase}/{PerPhase} slash commands on the gateway and "
            + $"{PerPhase}/{PerPhase} on the HTTP endpoint answered within 3 s");
    }

    /// <summary>An /ask over the HTTP interactions endpoint: the answer (or the deferral) must be the response, within 3 s.</summary>
    private async Task AskOverHttpAsync(string phase)
    {
        var id = DiscordEvents.NewId();
        var command = DiscordEvents.Command(id, "ask", options: ("question", "xai per year", false)).ToJsonString();
        using var request = SignedInteraction.Request(new Uri(_bot.Url, DiscordEndpointRouteBuilderExtensions.DefaultPath), command, _key, DateTimeOffset.UtcNow);
        var started = Stopwatch.GetTimestamp();
        using var response = await _bot.Http.SendAsync(request);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync());
        var took = Stopwatch.GetElapsedTime(started);
        lock (_endpointResponses)
        {
            _endpointResponses.Add(took);
        }

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(body?["type"]?.GetValue<int>() is 4 or 5, $"{phase}: interaction {id} got {body}");
        Assert.True(took < InteractionDeadline, $"{phase}: interaction {id} answered after {took.TotalMilliseconds:0} ms");
    }
}
