using DealBot.Redis.Tests.Fixtures;
using DealBot.Slack;
using DealBot.Slack.Installations;
using DealBot.Slack.Redis;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using StackExchange.Redis;

namespace DealBot.Redis.Tests.Slack;

/// <summary>Two replicas, each wired as the host wires Slack (file store by default), then switched to Redis.</summary>
[Collection(RedisCollection.Name)]
public sealed class RedisInstallationStoreTest(RedisServer server) : IDisposable
{
    private const string Token = "xoxb-1111-2222-secret-token";
    private static readonly DateTimeOffset InstalledAt = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    private readonly string _prefix = BotInstance.NewPrefix();
    private readonly string _folder = Directory.CreateTempSubdirectory("dealbot-slack-").FullName;
    private readonly List<ServiceProvider> _replicas = [];
    private readonly ManualClock _clock = new();

    [Fact]
    public async Task FindAsync_AtAnotherReplica_ReturnsTheInstallWithItsToken()
    {
        var saved = Install("E1", "T1", enterprise: false);

        await Store().SaveAsync(saved);
        var found = await Store().FindAsync("E1", "T1");

        Assert.Equal(saved, found);
        Assert.Equal(Token, found!.BotToken);
    }

    [Fact]
    public async Task SaveAsync_StoresNoPlainToken_AndNoKeyRingOnDisk()
    {
        await Store().SaveAsync(Install("E1", "T1", enterprise: false));

        using var redis = server.Connect();
        var stored = (await redis.GetServer(server.Configuration).KeysAsync(pattern: _prefix + "*").ToListAsync())
            .Select(key => (Key: key, Type: redis.GetDatabase().KeyType(key)))
            .ToList();
        var installation = Assert.Single(stored, s => s.Key.ToString().Contains("installation", StringComparison.Ordinal));
        var keyRing = Assert.Single(stored, s => s.Key.ToString().Contains("dataprotection-keys", StringComparison.Ordinal));
        Assert.DoesNotContain("secret-token", redis.GetDatabase().StringGet(installation.Key).ToString(), StringComparison.Ordinal);
        Assert.Equal(RedisType.List, keyRing.Type);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_folder));
    }

    [Fact]
    public async Task FindAsync_WorkspaceWithoutItsOwnInstall_GetsTheOrgWideOne()
    {
        await Store().SaveAsync(Install("E1", "T-org", enterprise: true));

        var found = await Store().FindAsync("E1", "T-any-workspace");

        Assert.NotNull(found);
        Assert.True(found.IsEnterpriseInstall);
        Assert.Null(await Store().FindAsync("E2", "T-any-workspace"));
    }

    [Fact]
    public async Task DeleteAsync_AtOneReplica_IsGoneAtTheOther_OnceItsCacheIsRefreshed()
    {
        var first = Store();
        var second = Store();
        await first.SaveAsync(Install(null, "T9", enterprise: false));

        var deleted = await second.DeleteAsync(null, "T9");

        Assert.True(deleted);
        Assert.Null(await second.FindAsync(null, "T9"));
        Assert.False(await second.DeleteAsync(null, "T9"));

        // The first replica answers from memory until its copy is due for a refresh, which happens in the background.
        Assert.NotNull(await first.FindAsync(null, "T9"));
        _clock.Advance(RedisInstallationStore.RefreshAfter + TimeSpan.FromSeconds(1));
        await Eventually.UntilAsync(async () => await first.FindAsync(null, "T9") is null, "the first replica to see the uninstall");
    }

    [Fact]
    public async Task FindAsync_InstalledAtAnotherReplicaAfterALookup_IsSeenOnceItsCacheIsRefreshed()
    {
        var first = Store();
        Assert.Null(await first.FindAsync(null, "T10"));

        await Store().SaveAsync(Install(null, "T10", enterprise: false));
        _clock.Advance(RedisInstallationStore.RefreshAfter + TimeSpan.FromSeconds(1));

        await Eventually.UntilAsync(async () => await first.FindAsync(null, "T10") is not null, "the first replica to see the new install");
    }

    public void Dispose()
    {
        _replicas.ForEach(replica => replica.Dispose());
        Directory.Delete(_folder, recursive: true);
    }

    private static SlackInstallation Install(string? enterpriseId, string teamId, bool enterprise) =>
        new(enterpriseId, teamId, "Acme", Token, "U-bot", "commands,chat:write", "A1", enterprise, InstalledAt);

    /// <summary>A new replica: its own service provider, Redis connection and Data Protection instance.</summary>
    private ISlackInstallationStore Store()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Redis:Configuration"] = server.Configuration,
            ["Redis:KeyPrefix"] = _prefix,
            ["Slack:InstallationStorePath"] = Path.Combine(_folder, "installations.json"),
        }).Build();
        var services = new ServiceCollection().AddLogging().AddSingleton<TimeProvider>(_clock).AddPatientRedisFallback();
        services.AddSlackPlatform(configuration);
        services.AddSlackRedisInstallations(configuration);
        var provider = services.BuildServiceProvider();
        _replicas.Add(provider);
        return provider.GetRequiredService<ISlackInstallationStore>();
    }
}
