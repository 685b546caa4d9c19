using DealBot.Chat.Conversations;
using DealBot.Core.Queries;
using DealBot.Redis.Conversations;
using DealBot.Redis.Tests.Fixtures;
using DealBot.Slack.Installations;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace DealBot.Redis.Tests.Outages;

/// <summary>
/// A replica cut off from Redis keeps its writes and sends them once it finds Redis back; meanwhile another replica
/// (here: one started after Redis came back, before the first one looked) has written the same keys. What the other
/// replica wrote later stands; what it wrote earlier is replaced. Replica A's breaker is told when Redis is reachable
/// again, so the order of the writes is the test's, not the scheduler's.
/// </summary>
[Collection(OutageCollection.Name)]
public sealed class ReplayNewerWinsTest : IDisposable
{
    private static readonly ConversationKey Alice = new("slack", "T1/C1", "U-alice");
    private static readonly ConversationKey Bob = new("slack", "T1/C1", "U-bob");
    private static readonly DealQuery PerYear = new() { Kind = QueryKind.Deal, Measure = Measure.YearlyCost, DealIds = ["anthropic-xai"] };
    private static readonly DealQuery PerMonth = new() { Kind = QueryKind.Deal, Measure = Measure.MonthlyCost, DealIds = ["openai-oracle"] };

    private readonly RedisServer _server = new();
    private readonly string _prefix = BotInstance.NewPrefix();
    private readonly string _folder = Directory.CreateTempSubdirectory("dealbot-slack-").FullName;
    private readonly RecordingLoggerProvider _logs = new();
    private readonly List<ServiceProvider> _replicas = [];
    private volatile bool _reachable = true;

    [Fact]
    public async Task ConversationKeptDuringAnOutage_DoesNotReplaceANewerOneWrittenMeanwhile()
    {
        var a = Replica();
        var aStore = new RedisConversationStore(
            a.GetRequiredService<IConnectionMultiplexer>().GetDatabase(), new RedisKeys(_prefix), TimeSpan.FromHours(1), a.GetRequiredService<RedisFallback>());
        using (var before = new BotInstance(_server, _prefix))
        {
            await before.Conversations(TimeSpan.FromHours(1)).SetLastAsync(Bob, PerMonth);
        }

        await CutOffAsync(a, () => aStore.SetLastAsync(Alice, PerYear).AsTask(), () => aStore.SetLastAsync(Bob, PerYear).AsTask());

        _server.Restart();
        using var b = new BotInstance(_server, _prefix);
        await b.Conversations(TimeSpan.FromHours(1)).SetLastAsync(Alice, PerMonth);
        await ReconnectAsync(a);

        // Alice's newer question at B stands; Bob's at A, newer than what B had written before the outage, replaces it.
        Assert.Equal(Measure.MonthlyCost, (await b.Conversations(TimeSpan.FromHours(1)).GetLastAsync(Alice))?.Measure);
        Assert.Equal(Measure.YearlyCost, (await b.Conversations(TimeSpan.FromHours(1)).GetLastAsync(Bob))?.Measure);
    }

    [Fact]
    public async Task InstallKeptDuringAnOutage_DoesNotReplaceAReinstallWrittenMeanwhile()
    {
        var a = Replica();
        var aStore = a.GetRequiredService<ISlackInstallationStore>();
        var outageStarted = DateTimeOffset.UtcNow;

        // A workspace installed before: the replica has its key ring (read from Redis when it first encrypts).
        await aStore.SaveAsync(Install("T0", "xoxb-0", outageStarted.AddHours(-1)));
        await CutOffAsync(a, () => aStore.SaveAsync(Install("T1", "xoxb-1-old", outageStarted)).AsTask(), () => aStore.FindAsync(null, "T-none").AsTask());

        _server.Restart();
        var b = Replica().GetRequiredService<ISlackInstallationStore>();
        await b.SaveAsync(Install("T1", "xoxb-1-reinstalled", outageStarted.AddMinutes(1)));
        await ReconnectAsync(a);

        Assert.Equal("xoxb-1-reinstalled", (await Replica().GetRequiredService<ISlackInstallationStore>().FindAsync(null, "T1"))?.BotToken);
        Assert.Contains(_logs.Messages, m => m.Contains("team T1 not written: Redis holds a newer install", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        _replicas.ForEach(replica => replica.Dispose());
        _server.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private static SlackInstallation Install(string team, string token, DateTimeOffset at) =>
        new(null, team, "Acme", token, "U-bot", "commands,chat:write", "A1", false, at);

    /// <summary>
    /// A replica as the host wires its Slack installations, whose breaker finds Redis back only once the test says it is
    /// reachable.
    /// </summary>
    private ServiceProvider Replica()
    {
        var key = Convert.ToBase64String(Enumerable.Repeat((byte)7, 32).ToArray());
        var provider = SlackInstallReplica.Build(_server, _prefix, _folder, key, _logs, reachable: () => _reachable);
        _replicas.Add(provider);
        return provider;
    }

    /// <summary>Kills Redis and makes the replica's two calls fail (the first keeps its write), so its breaker is open.</summary>
    private async Task CutOffAsync(ServiceProvider replica, Func<Task> keptWrite, Func<Task> otherCall)
    {
        var fallback = replica.GetRequiredService<RedisFallback>();
        _server.Kill();
        _reachable = false;
        await keptWrite();
        await Eventually.UntilAsync(async () =>
        {
            await otherCall();
            return fallback.State != RedisFallback.BreakerState.Closed;
        }, "the replica's breaker to open");
        Assert.True(fallback.DeferredWrites >= 1, "the write made during the outage is kept");
    }

    /// <summary>Lets the replica find Redis back and waits until every write it kept has been sent.</summary>
    private async Task ReconnectAsync(ServiceProvider replica)
    {
        var fallback = replica.GetRequiredService<RedisFallback>();
        _reachable = true;
        await Eventually.UntilAsync(() => fallback.State == RedisFallback.BreakerState.Closed && fallback.DeferredWrites == 0, "the kept writes to be sent");
    }
}
