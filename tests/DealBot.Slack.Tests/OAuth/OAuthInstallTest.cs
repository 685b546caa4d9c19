using System.Net;
using System.Runtime.Versioning;
using System.Text.Json;
using DealBot.Slack.Installations;
using DealBot.Slack.OAuth;
using DealBot.Slack.Tests.Fakes;
using Microsoft.AspNetCore.WebUtilities;
using static DealBot.Slack.Tests.Fakes.OAuthInstalls;

namespace DealBot.Slack.Tests.OAuth;

/// <summary>
/// OAuth v2 installs: /slack/install to Slack's authorize URL with a state, the callback checked (same browser, once,
/// in time) before oauth.v2.access, the workspace's token stored encrypted and used for its events; uninstall forgets it.
/// </summary>
public sealed class OAuthInstallTest
{
    private const string NewTeam = "T2";
    private const string NewToken = "xoxb-2-installed-workspace-token";

    [Fact]
    public async Task Install_RedirectsToSlackWithStateCookie()
    {
        await using var bed = await StartAsync();

        var response = await Browser(bed).GetAsync("/slack/install");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!;
        Assert.StartsWith("https://slack.example/oauth/v2/authorize?", location.ToString(), StringComparison.Ordinal);
        var query = QueryHelpers.ParseQuery(location.Query);
        Assert.Equal(FakeSlack.ClientId, query["client_id"].ToString());
        Assert.Contains("chat:write", query["scope"].ToString(), StringComparison.Ordinal);
        Assert.Equal("https://bot.example/slack/oauth/callback", query["redirect_uri"].ToString());
        Assert.True(query["state"].ToString().Length >= 40);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.StartsWith($"{SlackOAuthEndpoints.StateCookie}={query["state"]}", cookie, StringComparison.Ordinal);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    [UnsupportedOSPlatform("windows")]
    public async Task Callback_GoodState_StoresTokenEncryptedAndAnswersThatTeam()
    {
        await using var bed = await StartAsync();
        bed.Slack.IssueCode("code-1", NewTeam, NewToken, "UBOT2");

        var (status, page) = await InstallAsync(bed, "code-1");
        await bed.Signer.PostJsonAsync("/slack/events", Payloads.AppMention("Ev-t2", "xai per year", channel: "C2", team: NewTeam).ToJsonString());
        var post = await bed.WaitForPostAsync(p => p.Str("channel") == "C2", "the answer in the new workspace");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("installed in Team &lt;T2&gt;", page, StringComparison.Ordinal);
        Assert.Equal(NewToken, post.Token);
        var exchange = Assert.Single(bed.Slack.CallsTo("oauth.v2.access"));
        Assert.Equal("https://bot.example/slack/oauth/callback", exchange.Str("redirect_uri"));

        var file = Path.Combine(bed.DataDirectory, "slack", "installations.json");
        Assert.DoesNotContain(NewToken, await File.ReadAllTextAsync(file), StringComparison.Ordinal);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(file)!));
        Assert.DoesNotContain(bed.Logs.Lines, l => l.Contains(NewToken, StringComparison.Ordinal) || l.Contains(FakeSlack.ClientSecret, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Callback_StateReused_RefusedWithoutSecondExchange()
    {
        await using var bed = await StartAsync();
        bed.Slack.IssueCode("code-1", NewTeam, NewToken, "UBOT2");
        bed.Slack.IssueCode("code-2", "T3", "xoxb-3-other", "UBOT3");
        var browser = Browser(bed);
        var state = await StartInstallAsync(browser);

        var first = await browser.GetAsync($"/slack/oauth/callback?code=code-1&state={state}");
        browser.DefaultRequestHeaders.Add("Cookie", $"{SlackOAuthEndpoints.StateCookie}={state}");
        var second = await browser.GetAsync($"/slack/oauth/callback?code=code-2&state={state}");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, second.StatusCode);
        Assert.Single(bed.Slack.CallsTo("oauth.v2.access"));
        Assert.Null(await bed.Service<ISlackInstallationStore>().FindAsync(null, "T3"));
    }

    [Theory]
    [InlineData("forged state")]
    [InlineData("no cookie")]
    [InlineData("other browser's state")]
    [InlineData("expired")]
    [InlineData("no state")]
    public async Task Callback_BadState_RefusedWithoutExchange(string problem)
    {
        await using var bed = await StartAsync();
        bed.Slack.IssueCode("code-1", NewTeam, NewToken, "UBOT2");
        var victim = Browser(bed);
        var state = await StartInstallAsync(victim);
        var attacker = Browser(bed);
        var attackerState = await StartInstallAsync(attacker);

        var response = problem switch
        {
            "forged state" => await victim.GetAsync("/slack/oauth/callback?code=code-1&state=forged"),
            "no cookie" => await Browser(bed).GetAsync($"/slack/oauth/callback?code=code-1&state={state}"),
            "other browser's state" => await victim.GetAsync($"/slack/oauth/callback?code=code-1&state={attackerState}"),
            "expired" => await Expired(bed, victim, state),
            _ => await victim.GetAsync("/slack/oauth/callback?code=code-1"),
        };

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(bed.Slack.CallsTo("oauth.v2.access"));
        Assert.Null(await bed.Service<ISlackInstallationStore>().FindAsync(null, NewTeam));
    }

    [Fact]
    public async Task Callback_UserCancelled_NoExchange()
    {
        await using var bed = await StartAsync();
        var browser = Browser(bed);
        var state = await StartInstallAsync(browser);

        var response = await browser.GetAsync($"/slack/oauth/callback?error=access_denied&state={state}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(bed.Slack.CallsTo("oauth.v2.access"));
    }

    [Fact]
    public async Task Callback_SlackRefusesCode_502AndNothingStored()
    {
        await using var bed = await StartAsync();

        var (status, _) = await InstallAsync(bed, "never-issued");

        Assert.Equal(HttpStatusCode.BadGateway, status);
        Assert.Contains(bed.Logs.Lines, l => l.Contains("invalid_code", StringComparison.Ordinal));
        Assert.False(File.Exists(Path.Combine(bed.DataDirectory, "slack", "installations.json")));
    }

    [Theory]
    [InlineData("app_uninstalled")]
    [InlineData("tokens_revoked")]
    public async Task Uninstall_ForgetsTheWorkspace(string eventType)
    {
        await using var bed = await StartAsync(withBotToken: false);
        bed.Slack.IssueCode("code-1", NewTeam, NewToken, "UBOT2");
        await InstallAsync(bed, "code-1");
        var e = new System.Text.Json.Nodes.JsonObject { ["type"] = eventType };
        if (eventType == "tokens_revoked")
        {
            e["tokens"] = new System.Text.Json.Nodes.JsonObject { ["oauth"] = new System.Text.Json.Nodes.JsonArray(), ["bot"] = new System.Text.Json.Nodes.JsonArray("UBOT2") };
        }

        await bed.Signer.PostJsonAsync("/slack/events", Payloads.Callback("Ev-gone", NewTeam, e).ToJsonString());
        var store = bed.Service<ISlackInstallationStore>();
        await Wait.UntilAsync(() => store.FindAsync(null, NewTeam).AsTask().Result is null, "the installation to be removed");
        await bed.Signer.PostJsonAsync("/slack/events", Payloads.AppMention("Ev-after", "xai per year", channel: "C2", team: NewTeam).ToJsonString());
        await Wait.UntilAsync(() => bed.Logs.Lines.Any(l => l.Contains("Ev-after", StringComparison.Ordinal)), "the event to be handled");

        Assert.Empty(bed.Posts);
        Assert.DoesNotContain(NewToken, await File.ReadAllTextAsync(Path.Combine(bed.DataDirectory, "slack", "installations.json")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task NoClientId_InstallRoutesAre404()
    {
        await using var bed = await SlackTestBed.StartAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await Browser(bed).GetAsync("/slack/install")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Browser(bed).GetAsync("/slack/oauth/callback?code=x&state=y")).StatusCode);
    }

    private static Task<SlackTestBed> StartAsync(bool withBotToken = true) => SlackTestBed.StartAsync(s =>
    {
        OAuthInstalls.Configure(s, OAuthInstalls.NewKey());
        if (!withBotToken)
        {
            s.Remove("Slack:BotToken");
        }
    });

    private static async Task<HttpResponseMessage> Expired(SlackTestBed bed, HttpClient browser, string state)
    {
        bed.Clock.Advance(TimeSpan.FromMinutes(11));

        // The cookie's own Max-Age is measured by the real clock, so it is still sent: only the state's lifetime expired.
        return await browser.GetAsync($"/slack/oauth/callback?code=code-1&state={state}");
    }
}
