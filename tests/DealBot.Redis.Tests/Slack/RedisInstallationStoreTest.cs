using System.Security.Cryptography;
using System.Text;
using DealBot.Redis.Tests.Fixtures;
using DealBot.Slack.Installations;
using DealBot.Slack.Redis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using StackExchange.Redis;

namespace DealBot.Redis.Tests.Slack;

/// <summary>
/// Replicas, each wired as the host wires Slack with OAuth installs (file store by default), then switched to Redis: they
/// share installs; the key ring in Redis is sealed with Slack:TokenEncryptionKey, so a snapshot opens nothing.
/// </summary>
[Collection(RedisCollection.Name)]
public sealed class RedisInstallationStoreTest(RedisServer server) : IDisposable
{
    private const string Token = "xoxb-1111-2222-secret-token";
    private static readonly DateTimeOffset InstalledAt = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    private readonly string _prefix = BotInstance.NewPrefix();
    private readonly string _folder = Directory.CreateTempSubdirectory("dealbot-slack-").FullName;
    private readonly List<ServiceProvider> _replicas = [];
    private readonly string _key = NewKey();
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
    public async Task SaveAsync_RedisHoldsNoKeyNorToken_AndNothingOnDisk()
    {
        var replica = Replica(_key);

        await replica.Store.SaveAsync(Install("E1", "T1", enterprise: false));

        using var redis = server.Connect();
        var keys = await redis.GetServer(server.Configuration).KeysAsync(pattern: _prefix + "*").ToListAsync();
        Assert.Single(keys, k => k.ToString().Contains("installation", StringComparison.Ordinal));
        var keyRing = Assert.Single(keys, k => k.ToString().Contains("dataprotection-keys", StringComparison.Ordinal));
        Assert.Equal(RedisType.List, redis.GetDatabase().KeyType(keyRing));
        KeyRingDump.AssertSealedWith(await DumpAsync(), _key, Token);
        KeyRingDump.AssertLogsClean(replica.Logs.Lines, Token, _key);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_folder));
    }

    [Fact]
    public async Task FindAsync_AtAReplicaWithAnotherKey_NullWithOneClearErrorLine()
    {
        await Store().SaveAsync(Install("E1", "T1", enterprise: false));
        var sealedWith = Assert.Single(KeyRingDump.Seals(await DumpAsync())).KeyId;
        var otherKey = NewKey();
        var replica = Replica(otherKey);

        Assert.Null(await replica.Store.FindAsync("E1", "T1"));
        var error = Assert.Single(replica.Logs.Lines, l => l.StartsWith("Error DealBot.Slack", StringComparison.Ordinal));
        Assert.Contains($"sealed with key-encryption key {sealedWith}, which is not configured", error, StringComparison.Ordinal);
        KeyRingDump.AssertLogsClean(replica.Logs.Lines, Token, _key, otherKey);

        // The replica keeps working: what it saves now it reads back, under a key of its own sealed with its key.
        await replica.Store.SaveAsync(Install("E1", "T2", enterprise: false));
        Assert.Equal(Token, (await replica.Store.FindAsync("E1", "T2"))?.BotToken);
    }

    [Fact]
    public async Task Rotation_PreviousKeyOpensTheRingWrittenBefore()
    {
        await Store().SaveAsync(Install("E1", "T1", enterprise: false));
        var newKey = NewKey();
        var rotated = Replica(newKey, previous: _key);

        var found = await rotated.Store.FindAsync("E1", "T1");

        Assert.Equal(Token, found?.BotToken);
        KeyRingDump.AssertLogsClean(rotated.Logs.Lines, Token, _key, newKey);
    }

    [Fact]
    public void OAuthWithoutKey_RefusesToStart_SayingHowToMakeOne()
    {
        var replica = Replica(key: null);

        var error = Assert.Throws<OptionsValidationException>(() => replica.Provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.Contains("openssl rand -base64 32", Assert.Single(error.Failures), StringComparison.Ordinal);
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

    private static string NewKey() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>Every value under the test's prefix (installations and the key ring's list), as a Redis snapshot holds them.</summary>
    private async Task<string> DumpAsync()
    {
        using var redis = server.Connect();
        var database = redis.GetDatabase();
        var dump = new StringBuilder();
        await foreach (var key in redis.GetServer(server.Configuration).KeysAsync(pattern: _prefix + "*"))
        {
            var values = database.KeyType(key) == RedisType.List ? await database.ListRangeAsync(key) : [await database.StringGetAsync(key)];
            dump.AppendJoin('\n', values.Select(v => v.ToString())).Append('\n');
        }

        return dump.ToString();
    }

    private ISlackInstallationStore Store() => Replica(_key).Store;

    /// <summary>A new replica: its own service provider, Redis connection, Data Protection instance and logs.</summary>
    private SlackReplica Replica(string? key, params string[] previous)
    {
        var logs = new CapturedLogs();
        var provider = SlackInstallReplica.Build(server, _prefix, _folder, key, logs, _clock, previousKeys: previous);
        _replicas.Add(provider);
        return new SlackReplica(provider, logs);
    }

    private sealed record SlackReplica(ServiceProvider Provider, CapturedLogs Logs)
    {
        public ISlackInstallationStore Store => Provider.GetRequiredService<ISlackInstallationStore>();
    }
}
