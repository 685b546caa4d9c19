using System.Diagnostics;
using DealBot.Redis.Tests.Fixtures;
using DealBot.Slack.Installations;
using DealBot.Slack.Redis;
using Microsoft.Extensions.DependencyInjection;

namespace DealBot.Redis.Tests.Outages;

/// <summary>
/// Slack installations while Redis (with its data on disk, as with a volume) is killed and started again: a workspace a
/// replica has read (on a lookup, or in its start-up warm-up) is still found, from memory and at once; an install made
/// during the outage is kept by that replica and reaches Redis once it is back, so the other replicas find it.
/// </summary>
[Collection(OutageCollection.Name)]
public sealed class InstallationOutageTest : IDisposable
{
    private static readonly TimeSpan Quickly = TimeSpan.FromSeconds(1);

    private readonly RedisServer _server = RedisServer.StartPersistent();
    private readonly string _prefix = BotInstance.NewPrefix();
    private readonly string _folder = Directory.CreateTempSubdirectory("dealbot-slack-").FullName;
    private readonly List<ServiceProvider> _replicas = [];
    private readonly RecordingLoggerProvider _logs = new();
    private readonly string _key = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32));

    [Fact]
    public async Task RedisDown_KnownWorkspacesAnswered_InstallsMadeMeanwhileReachRedisWhenItIsBack()
    {
        var a = Store();
        var b = Store();
        await a.SaveAsync(Install("T1"));
        Assert.NotNull(await b.FindAsync(null, "T1"));

        // Started while Redis is up and never asked about T1: its warm-up read every installation.
        var c = Store();
        Assert.True(await ((RedisInstallationStore)c).LoadAllAsync(CancellationToken.None) >= 1);

        _server.Kill();

        Assert.Equal("T1", (await FindQuicklyAsync(b, "T1"))?.TeamId);
        Assert.Equal("T1", (await FindQuicklyAsync(a, "T1"))?.TeamId);
        Assert.Equal("T1", (await FindQuicklyAsync(c, "T1"))?.TeamId);

        // Started during the outage: it cannot know T1 until Redis is back.
        Assert.Null(await FindQuicklyAsync(Store(), "T1"));
        await a.SaveAsync(Install("T2"));
        Assert.Equal("T2", (await FindQuicklyAsync(a, "T2"))?.TeamId);
        Assert.Contains(_logs.Messages, m => m.Contains("team T2 on this replica only", StringComparison.Ordinal));

        _server.Restart();

        using var redis = _server.Connect();
        await Eventually.UntilAsync(() => redis.GetDatabase().KeyExists($"{_prefix}slack:installation:-:T2"), "the install to reach Redis");
        Assert.Equal("T2", (await Store().FindAsync(null, "T2"))?.TeamId);
        Assert.Equal("T1", (await Store().FindAsync(null, "T1"))?.TeamId);
    }

    [Fact]
    public async Task InstallDuringAnOutage_AtAReplicaThatHasNotReadTheKeyRingYet_IsKeptAndReachesRedisWhenItIsBack()
    {
        var fresh = Store();
        _server.Kill();

        // Encrypting its token needs the key ring, in Redis: the install is kept like any write Redis did not take.
        await fresh.SaveAsync(Install("T3"));
        Assert.Equal("T3", (await FindQuicklyAsync(fresh, "T3"))?.TeamId);

        _server.Restart();
        using var redis = _server.Connect();
        await Eventually.UntilAsync(() => redis.GetDatabase().KeyExists($"{_prefix}slack:installation:-:T3"), "the install to reach Redis");
        Assert.Equal("xoxb-1111-2222-T3", (await Store().FindAsync(null, "T3"))?.BotToken);
    }

    public void Dispose()
    {
        _replicas.ForEach(replica => replica.Dispose());
        _server.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private static async Task<SlackInstallation?> FindQuicklyAsync(ISlackInstallationStore store, string team)
    {
        var started = Stopwatch.GetTimestamp();
        var found = await store.FindAsync(null, team);
        Assert.True(Stopwatch.GetElapsedTime(started) < Quickly, $"FindAsync took {Stopwatch.GetElapsedTime(started).TotalMilliseconds:0} ms");
        return found;
    }

    private static SlackInstallation Install(string teamId) =>
        new(null, teamId, "Acme", "xoxb-1111-2222-" + teamId, "U-bot", "commands,chat:write", "A1", false, DateTimeOffset.UnixEpoch);

    /// <summary>A new replica: its own service provider, Redis connection, breaker and Data Protection instance.</summary>
    private ISlackInstallationStore Store()
    {
        var provider = SlackInstallReplica.Build(_server, _prefix, _folder, _key, _logs);
        _replicas.Add(provider);
        return provider.GetRequiredService<ISlackInstallationStore>();
    }
}
