using DealBot.Slack.Installations;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DealBot.Slack.Tests.Installations;

/// <summary>The file store: survives a restart (same keys), keeps tokens encrypted, finds org-wide installs, refuses a bad file.</summary>
public sealed class FileInstallationStoreTest : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("dealbot-store-").FullName;

    private string StorePath => Path.Combine(_directory, "slack", "installations.json");

    [Fact]
    public async Task Save_ThenNewStore_ReadsTokenBack()
    {
        await Store().SaveAsync(Installation("T1", "xoxb-t1-token"));

        var found = await Store().FindAsync(null, "T1");

        Assert.Equal("xoxb-t1-token", found?.BotToken);
        Assert.Equal("UB1", found?.BotUserId);
        Assert.DoesNotContain("xoxb-t1-token", await File.ReadAllTextAsync(StorePath), StringComparison.Ordinal);
    }

    [Fact]
    public async Task OrgWideInstall_FoundForAnyWorkspaceOfTheOrg()
    {
        var store = Store();
        await store.SaveAsync(Installation(null, "xoxb-org", enterprise: "E1", orgWide: true));

        Assert.Equal("xoxb-org", (await store.FindAsync("E1", "T7"))?.BotToken);
        Assert.Null(await store.FindAsync("E2", "T7"));
        Assert.Null(await store.FindAsync(null, "T7"));
    }

    [Fact]
    public async Task Delete_RemovesOnlyThatWorkspace()
    {
        var store = Store();
        await store.SaveAsync(Installation("T1", "xoxb-1"));
        await store.SaveAsync(Installation("T2", "xoxb-2"));

        Assert.True(await store.DeleteAsync(null, "T1"));
        Assert.False(await store.DeleteAsync(null, "T1"));

        Assert.Null(await Store().FindAsync(null, "T1"));
        Assert.Equal("xoxb-2", (await Store().FindAsync(null, "T2"))?.BotToken);
    }

    [Fact]
    public async Task CorruptFile_Throws_AndIsNotOverwritten()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(StorePath)!);
        await File.WriteAllTextAsync(StorePath, "{ not json");

        await Assert.ThrowsAsync<InvalidOperationException>(async () => await Store().SaveAsync(Installation("T1", "xoxb-1")));

        Assert.Equal("{ not json", await File.ReadAllTextAsync(StorePath));
    }

    [Fact]
    public async Task OtherKeys_CannotReadTokens_SkipsThem()
    {
        await Store().SaveAsync(Installation("T1", "xoxb-1"));

        var stranger = Store(keys: Path.Combine(_directory, "other-keys"));

        Assert.Null(await stranger.FindAsync(null, "T1"));
    }

    [Fact]
    public async Task OtherKeys_SavingKeepsWhatTheyCannotRead_UninstallRemovesIt()
    {
        await Store().SaveAsync(Installation("T1", "xoxb-1"));
        await Store().SaveAsync(Installation("T3", "xoxb-3"));
        var stranger = Store(keys: Path.Combine(_directory, "other-keys"));

        await stranger.SaveAsync(Installation("T2", "xoxb-2"));
        Assert.True(await stranger.DeleteAsync(null, "T3"));

        Assert.Equal("xoxb-1", (await Store().FindAsync(null, "T1"))?.BotToken);
        Assert.Null(await Store().FindAsync(null, "T3"));
        Assert.Equal("xoxb-2", (await Store(keys: Path.Combine(_directory, "other-keys")).FindAsync(null, "T2"))?.BotToken);
    }

    [Fact]
    public void Installation_ToString_HidesToken()
    {
        Assert.DoesNotContain("xoxb-secret", Installation("T1", "xoxb-secret").ToString(), StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private FileInstallationStore Store(string? keys = null)
    {
        var protection = DataProtectionProvider.Create(new DirectoryInfo(keys ?? FileInstallationStore.KeysDirectory(StorePath)));
        var options = Options.Create(new SlackOptions { InstallationStorePath = StorePath });
        return new FileInstallationStore(options, protection, NullLogger<FileInstallationStore>.Instance);
    }

    private static SlackInstallation Installation(string? team, string token, string? enterprise = null, bool orgWide = false) =>
        new(enterprise, team, "Team", token, "UB1", "chat:write", "A1", orgWide, DateTimeOffset.UnixEpoch);
}
