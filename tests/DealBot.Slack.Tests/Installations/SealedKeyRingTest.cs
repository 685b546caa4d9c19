using System.Net;
using DealBot.Slack.Installations;
using DealBot.Slack.Tests.Fakes;

namespace DealBot.Slack.Tests.Installations;

/// <summary>
/// The file store after real OAuth installs: the Data Protection key ring beside it is sealed with the operator's
/// key-encryption key (Slack:TokenEncryptionKey), so a copy of the data folder opens nothing; a wrong key is one clear
/// error while the bot keeps serving; a previous key opens a ring written before a rotation; and single-workspace mode
/// without a key writes no key ring at all.
/// </summary>
public sealed class SealedKeyRingTest : IDisposable
{
    private const string Team = "T2";
    private const string Token = "xoxb-2-sealed-workspace-token";

    private readonly string _data = Directory.CreateTempSubdirectory("dealbot-keyring-").FullName;
    private readonly string _key = OAuthInstalls.NewKey();

    [Fact]
    public async Task Install_DataFolderHoldsNoKeyNorToken_AndTheSealOpensOnlyWithTheKey()
    {
        await using (var bed = await StartAsync(_key))
        {
            await InstallAsync(bed, Team, Token);

            KeyRingDump.AssertLogsClean(bed.Logs.Lines, Token, _key, FakeSlack.ClientSecret);
        }

        KeyRingDump.AssertSealedWith(Dump(), _key, Token);
    }

    [Fact]
    public async Task Restart_WithAnotherKey_KeepsServingAndSaysWhichKeyIsMissing_UntilTheKeyIsBack()
    {
        await using (var first = await StartAsync(_key))
        {
            await InstallAsync(first, Team, Token);
        }

        var sealedWith = Assert.Single(KeyRingDump.Seals(Dump())).KeyId;
        var otherKey = OAuthInstalls.NewKey();
        await using (var bed = await StartAsync(otherKey))
        {
            Assert.Null(await bed.Service<ISlackInstallationStore>().FindAsync(null, Team));
            var error = Assert.Single(bed.Logs.Lines, l => l.StartsWith("Error DealBot.Slack", StringComparison.Ordinal));
            Assert.Contains($"sealed with key-encryption key {sealedWith}, which is not configured", error, StringComparison.Ordinal);
            Assert.Contains("Slack:PreviousTokenEncryptionKeys", error, StringComparison.Ordinal);

            // Still serving: the configured workspace is answered, and a new install works under the new key.
            await bed.Signer.PostJsonAsync("/slack/events", Payloads.AppMention("Ev-1", "xai per year").ToJsonString());
            await bed.WaitForPostAsync(p => p.Token == FakeSlack.BotToken, "the configured workspace's answer");
            await InstallAsync(bed, "T3", "xoxb-3-after-the-new-key");
            Assert.Equal("xoxb-3-after-the-new-key", (await bed.Service<ISlackInstallationStore>().FindAsync(null, "T3"))?.BotToken);
            KeyRingDump.AssertLogsClean(bed.Logs.Lines, Token, _key, otherKey);
        }

        // The install it could not read was kept as it was: with the first key back (as a previous key), both open.
        await using var fixedBed = await StartAsync(otherKey, previous: _key);
        var store = fixedBed.Service<ISlackInstallationStore>();
        Assert.Equal(Token, (await store.FindAsync(null, Team))?.BotToken);
        Assert.Equal("xoxb-3-after-the-new-key", (await store.FindAsync(null, "T3"))?.BotToken);
    }

    [Fact]
    public async Task Rotation_PreviousKeyOpensTheRingWrittenBefore()
    {
        await using (var first = await StartAsync(_key))
        {
            await InstallAsync(first, Team, Token);
        }

        var newKey = OAuthInstalls.NewKey();
        await using var bed = await StartAsync(newKey, previous: _key);
        await bed.Signer.PostJsonAsync("/slack/events", Payloads.AppMention("Ev-2", "xai per year", channel: "C2", team: Team).ToJsonString());

        var post = await bed.WaitForPostAsync(p => p.Str("channel") == "C2", "the answer in the installed workspace");
        Assert.Equal(Token, post.Token);
        KeyRingDump.AssertLogsClean(bed.Logs.Lines, Token, _key, newKey);
    }

    [Fact]
    public async Task SingleWorkspace_WithoutKey_WritesNoKeyRing()
    {
        await using (var bed = await SlackTestBed.StartAsync(s => s["Slack:InstallationStorePath"] = StorePath))
        {
            await bed.Signer.PostJsonAsync("/slack/events", Payloads.AppMention("Ev-3", "xai per year").ToJsonString());
            await bed.WaitForPostAsync(p => p.Token == FakeSlack.BotToken, "the answer");

            KeyRingDump.AssertLogsClean(bed.Logs.Lines, FakeSlack.BotToken);
        }

        Assert.Empty(Directory.EnumerateFileSystemEntries(_data));
    }

    public void Dispose() => Directory.Delete(_data, recursive: true);

    private string StorePath => Path.Combine(_data, "slack", "installations.json");

    private Task<SlackTestBed> StartAsync(string key, params string[] previous) => SlackTestBed.StartAsync(s =>
    {
        OAuthInstalls.Configure(s, key);
        s["Slack:InstallationStorePath"] = StorePath;
        for (var i = 0; i < previous.Length; i++)
        {
            s[$"Slack:PreviousTokenEncryptionKeys:{i}"] = previous[i];
        }
    });

    private static async Task InstallAsync(SlackTestBed bed, string team, string token)
    {
        var code = $"code-{team}";
        bed.Slack.IssueCode(code, team, token, $"UBOT-{team}");
        var (status, _) = await OAuthInstalls.InstallAsync(bed, code);
        Assert.Equal(HttpStatusCode.OK, status);
    }

    /// <summary>Everything under the data folder, as a backup of the volume would hold it.</summary>
    private string Dump() => string.Concat(Directory.EnumerateFiles(_data, "*", SearchOption.AllDirectories).Select(File.ReadAllText));
}
