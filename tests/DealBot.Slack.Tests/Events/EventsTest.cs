using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using DealBot.Slack.Tests.Fakes;
using DealBot.Slack.Tests.Http;

namespace DealBot.Slack.Tests.Events;

/// <summary>The Events API over HTTP: URL verification, mentions answered in their thread, DMs, and what is ignored.</summary>
public sealed class EventsTest
{
    private const string Question = "xai per year";

    [Fact]
    public async Task UrlVerification_Signed_EchoesChallenge()
    {
        await using var bed = await SlackTestBed.StartAsync();
        var body = """{"token":"legacy","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}""";

        var response = await bed.Signer.PostJsonAsync("/slack/events", body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync());
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", json.GetProperty("challenge").GetString());
    }

    [Fact]
    public async Task AppMention_InThread_AnsweredInThatThreadWithBlocks()
    {
        await using var bed = await SlackTestBed.StartAsync();
        var mention = Payloads.AppMention("Ev-1", $"<@{FakeSlack.BotUserId}> {Question}", channel: "C9", ts: "1764244900.000300", threadTs: "1764244800.000100");

        var response = await bed.Signer.PostJsonAsync("/slack/events", mention.ToJsonString());
        var post = await bed.WaitForPostAsync(p => p.Str("channel") == "C9", "the answer");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("1764244800.000100", post.Str("thread_ts"));
        Assert.Equal(FakeSlack.BotToken, post.Token);
        Assert.Equal(Expected.Header(Question), MessageText.Header(post.Body));
        Assert.StartsWith("*" + Expected.Header(Question) + "*", post.Str("text"), StringComparison.Ordinal);
        var blocks = post.Body.GetProperty("blocks").EnumerateArray().ToArray();
        Assert.Equal("header", blocks[0].GetProperty("type").GetString());
        Assert.True(blocks[1].TryGetProperty("fields", out _), "the key numbers as fields");
        Assert.Equal("context", blocks[^1].GetProperty("type").GetString());
        Assert.StartsWith("1. <https://", blocks[^1].GetProperty("elements")[0].GetProperty("text").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AppMention_AtTopLevel_StartsThreadUnderQuestion()
    {
        await using var bed = await SlackTestBed.StartAsync();

        await bed.Signer.PostJsonAsync("/slack/events", Payloads.AppMention("Ev-1", $"<@{FakeSlack.BotUserId}> {Question}", ts: "1764244999.000001").ToJsonString());
        var post = await bed.WaitForPostAsync(p => p.Str("channel") == "C1", "the answer");

        Assert.Equal("1764244999.000001", post.Str("thread_ts"));
    }

    [Fact]
    public async Task AppMention_FollowUpInSameThread_UsesContext()
    {
        await using var bed = await SlackTestBed.StartAsync();
        await bed.Signer.PostJsonAsync("/slack/events", Payloads.AppMention("Ev-1", Question, ts: "1764244800.000001").ToJsonString());
        await bed.WaitForPostAsync(_ => true, "first answer");

        await bed.Signer.PostJsonAsync("/slack/events", Payloads.AppMention("Ev-2", "and per month?", ts: "1764244801.000001", threadTs: "1764244800.000001").ToJsonString());
        await Wait.UntilAsync(() => bed.Posts.Count == 2, "second answer");

        Assert.Equal(Expected.Header("xai per month"), MessageText.Header(bed.Posts[1].Body));
    }

    [Theory]
    [InlineData("plain")]
    [InlineData("file attached")]
    public async Task DirectMessage_AnsweredInTheDm(string kind)
    {
        await using var bed = await SlackTestBed.StartAsync();
        var dm = kind == "plain" ? Payloads.DirectMessage("Ev-dm", Question, channel: "D42") : Payloads.FileShare("Ev-dm", Question, channel: "D42");

        await bed.Signer.PostJsonAsync("/slack/events", dm.ToJsonString());
        var post = await bed.WaitForPostAsync(p => p.Str("channel") == "D42", "the DM answer");

        Assert.Null(post.Str("thread_ts"));
        Assert.Equal(Expected.Header(Question), MessageText.Header(post.Body));
    }

    [Fact]
    public async Task Retries_SameEventId_AnsweredOnce()
    {
        await using var bed = await SlackTestBed.StartAsync();
        var mention = Payloads.AppMention("Ev-retried", Question, channel: "CR").ToJsonString();

        var first = await bed.Signer.PostJsonAsync("/slack/events", mention);
        var retry1 = await bed.Signer.PostJsonAsync("/slack/events", mention, new Dictionary<string, string> { ["X-Slack-Retry-Num"] = "1", ["X-Slack-Retry-Reason"] = "http_timeout" });
        var retry2 = await bed.Signer.PostJsonAsync("/slack/events", mention, new Dictionary<string, string> { ["X-Slack-Retry-Num"] = "2", ["X-Slack-Retry-Reason"] = "http_timeout" });
        await RequestVerificationTest.AnswerSentinelAsync(bed);

        Assert.All(new[] { first, retry1, retry2 }, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Single(bed.Posts, p => p.Str("channel") == "CR");
    }

    [Fact]
    public async Task EditedMention_NewEventIdSameTs_NotAnsweredAgain()
    {
        await using var bed = await SlackTestBed.StartAsync();
        await bed.Signer.PostJsonAsync("/slack/events", Payloads.AppMention("Ev-original", Question, channel: "CE", ts: "1764244800.000500").ToJsonString());
        await bed.WaitForPostAsync(p => p.Str("channel") == "CE", "the answer to the original");

        // What Slack sends when the asker fixes a typo: a fresh app_mention for the same message, marked edited.
        var edit = Payloads.AppMention("Ev-edit", Question + "?", channel: "CE", ts: "1764244800.000500");
        edit["event"]!["edited"] = new JsonObject { ["user"] = "U1", ["ts"] = "1764244830.000000" };
        var response = await bed.Signer.PostJsonAsync("/slack/events", edit.ToJsonString());
        await RequestVerificationTest.AnswerSentinelAsync(bed);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(bed.Posts, p => p.Str("channel") == "CE");
    }

    [Theory]
    [InlineData("bot_id")]
    [InlineData("subtype bot_message")]
    [InlineData("subtype message_changed")]
    [InlineData("subtype message_deleted")]
    [InlineData("subtype channel_join")]
    [InlineData("subtype me_message")]
    [InlineData("own user")]
    [InlineData("own file")]
    [InlineData("bot file")]
    [InlineData("bare file")]
    [InlineData("blank file")]
    [InlineData("channel message")]
    [InlineData("other event")]
    public async Task NotAQuestion_Ignored(string kind)
    {
        await using var bed = await SlackTestBed.StartAsync();
        var callback = kind.EndsWith(" file", StringComparison.Ordinal) ? Payloads.FileShare("Ev-x", Question, channel: "DX") : Payloads.DirectMessage("Ev-x", Question, channel: "DX");
        var e = callback["event"]!.AsObject();
        switch (kind)
        {
            case "bot_id":
            case "bot file":
                e["bot_id"] = "BOTHER";
                break;
            case var subtype when subtype.StartsWith("subtype ", StringComparison.Ordinal):
                e["subtype"] = subtype["subtype ".Length..];
                break;
            case "own user":
            case "own file":
                e["user"] = FakeSlack.BotUserId;
                break;
            case "bare file":
                e["text"] = "";
                break;
            case "blank file":
                e["text"] = " \n ";
                break;
            case "channel message":
                e["channel_type"] = "channel";
                break;
            default:
                e["type"] = "reaction_added";
                break;
        }

        var response = await bed.Signer.PostJsonAsync("/slack/events", callback.ToJsonString());
        await RequestVerificationTest.AnswerSentinelAsync(bed);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(bed.Slack.Calls, c => c.Str("channel") == "DX");
    }

    [Fact]
    public async Task RateLimitedUser_GetsOneEphemeralNotice()
    {
        await using var bed = await SlackTestBed.StartAsync(null, perMinute: 1, burst: 1);

        for (var i = 1; i <= 3; i++)
        {
            await bed.Signer.PostJsonAsync("/slack/events", Payloads.AppMention($"Ev-{i}", Question, ts: $"17642448{i:D2}.000001").ToJsonString());
        }

        await Wait.UntilAsync(() => bed.Posts.Count == 1 && bed.Slack.CallsTo("chat.postEphemeral").Count == 1, "one answer and one notice");
        await RequestVerificationTest.AnswerSentinelAsync(bed);

        var notice = Assert.Single(bed.Slack.CallsTo("chat.postEphemeral"));
        Assert.Equal("U1", notice.Str("user"));
        Assert.Equal("C1", notice.Str("channel"));
        Assert.Contains("asking quickly", notice.Str("text"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task InjectedMentions_AreEscapedInEverythingPosted()
    {
        await using var bed = await SlackTestBed.StartAsync();
        var text = $"<@{FakeSlack.BotUserId}> <!channel> <!here> <!everyone> <@U999> <#C123> <!subteam^S1> @everyone &lt;!here&gt; how much is the thing";

        await bed.Signer.PostJsonAsync("/slack/events", Payloads.AppMention("Ev-inject", text).ToJsonString());
        var post = await bed.WaitForPostAsync(_ => true, "the answer");

        Assert.Empty(MessageText.Markup(post.Body));
        Assert.DoesNotContain(MessageText.All(post.Body), t => t.Contains("@everyone", StringComparison.Ordinal) || t.Contains("@here", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PostFails_WorkerGoesOn()
    {
        await using var bed = await SlackTestBed.StartAsync();

        await bed.Signer.PostJsonAsync("/slack/events", Payloads.AppMention("Ev-gone", Question, channel: "CGONE").ToJsonString());
        await RequestVerificationTest.AnswerSentinelAsync(bed);

        Assert.Contains(bed.Logs.Lines, l => l.Contains("channel_not_found", StringComparison.Ordinal));
    }
}
