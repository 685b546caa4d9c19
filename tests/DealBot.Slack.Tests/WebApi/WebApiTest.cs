using System.Text.Json.Nodes;
using DealBot.Slack.Tests.Fakes;
using DealBot.Slack.Tests.Http;
using DealBot.Slack.WebApi;

namespace DealBot.Slack.Tests.WebApi;

/// <summary>
/// The Web API client against the fake: "ok": false becomes a typed exception, a 429 is retried after its Retry-After,
/// and messages to one channel leave about one per second. Times are the fake's records on the test clock.
/// </summary>
public sealed class WebApiTest
{
    private const string Question = "xai per year";

    [Fact]
    public async Task PostMessage_RateLimited_RetriedAfterRetryAfter()
    {
        await using var bed = await SlackTestBed.StartAsync();
        bed.Slack.RateLimit("chat.postMessage", retryAfterSeconds: 3, times: 2);

        await bed.Signer.PostJsonAsync("/slack/events", Payloads.AppMention("Ev-1", Question, channel: "C429").ToJsonString());
        await Wait.UntilAsync(() => bed.Posts.Count == 1, "the answer after two 429s", bed.Clock, TimeSpan.FromMilliseconds(250));

        var attempts = bed.Slack.Calls.Where(c => c.Method == "chat.postMessage").ToArray();
        Assert.Equal([429, 429, 200], attempts.Select(a => a.Status));
        Assert.True(attempts[1].At - attempts[0].At >= TimeSpan.FromSeconds(3), $"second try after {attempts[1].At - attempts[0].At}");
        Assert.True(attempts[2].At - attempts[1].At >= TimeSpan.FromSeconds(3), $"third try after {attempts[2].At - attempts[1].At}");
        Assert.Contains(bed.Logs.Lines, l => l.Contains("rate-limited chat.postMessage", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PostMessage_StillRateLimitedAfterRetries_GivesUp()
    {
        await using var bed = await SlackTestBed.StartAsync();
        bed.Slack.RateLimit("chat.postMessage", retryAfterSeconds: 1, times: 10);
        var api = bed.Service<SlackApiClient>();

        var call = api.PostMessageAsync(FakeSlack.BotToken, "C1", null, new JsonObject { ["text"] = "hi" });
        await Wait.UntilAsync(() => call.IsCompleted, "the call to give up", bed.Clock, TimeSpan.FromMilliseconds(250));

        var error = await Assert.ThrowsAsync<SlackApiException>(() => call);
        Assert.Equal("http_429", error.Error);
        Assert.Equal(4, bed.Slack.Calls.Count(c => c.Method == "chat.postMessage"));
    }

    [Fact]
    public async Task SameChannel_NextMessageWaitsForTheInterval()
    {
        await using var bed = await SlackTestBed.StartAsync(s => s["Slack:ChannelMessageInterval"] = "00:00:01");

        for (var i = 1; i <= 2; i++)
        {
            await bed.Signer.PostJsonAsync("/slack/events", Payloads.AppMention($"Ev-{i}", Question, channel: "CBUSY", ts: $"17642448{i:D2}.000001").ToJsonString());
        }

        await Wait.UntilAsync(() => bed.Posts.Count == 1, "the first answer");
        await Task.Delay(300);
        var beforeTheSecond = bed.Posts.Count;
        bed.Clock.Advance(TimeSpan.FromSeconds(1));
        await Wait.UntilAsync(() => bed.Posts.Count == 2, "the second answer, a second later");

        Assert.Equal(1, beforeTheSecond);
        Assert.True(bed.Posts[1].At - bed.Posts[0].At >= TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task OtherChannels_NotHeldUpByABusyOne()
    {
        await using var bed = await SlackTestBed.StartAsync(s => s["Slack:ChannelMessageInterval"] = "00:00:01");

        await bed.Signer.PostJsonAsync("/slack/events", Payloads.AppMention("Ev-1", Question, channel: "CA").ToJsonString());
        await bed.Signer.PostJsonAsync("/slack/events", Payloads.AppMention("Ev-2", Question, channel: "CB").ToJsonString());
        await Wait.UntilAsync(() => bed.Posts.Count == 2, "both answers");

        Assert.Equal(bed.Posts[0].At, bed.Posts[1].At);
    }

    [Theory]
    [InlineData("CGONE", "channel_not_found")]
    [InlineData("C1", "invalid_auth")]
    public async Task NotOk_ThrowsWithSlacksErrorCode(string channel, string error)
    {
        await using var bed = await SlackTestBed.StartAsync();
        var api = bed.Service<SlackApiClient>();
        var token = error == "invalid_auth" ? "xoxb-unknown" : FakeSlack.BotToken;

        var thrown = await Assert.ThrowsAsync<SlackApiException>(() => api.PostMessageAsync(token, channel, null, new JsonObject { ["text"] = "hi" }));

        Assert.Equal(error, thrown.Error);
        Assert.Equal("chat.postMessage", thrown.Method);
        Assert.Equal(error == "invalid_auth", thrown.IsAuthFailure);
    }

    [Fact]
    public async Task ConnectionsOpen_WithBotToken_RefusedAsSlackDoes()
    {
        await using var bed = await SlackTestBed.StartAsync();

        var thrown = await Assert.ThrowsAsync<SlackApiException>(() => bed.Service<SlackApiClient>().OpenConnectionAsync(FakeSlack.BotToken));

        Assert.Equal("not_allowed_token_type", thrown.Error);
    }

    [Fact]
    public async Task PostMessage_SendsBearerJsonAndNoUnfurl()
    {
        await using var bed = await SlackTestBed.StartAsync();

        await bed.Service<SlackApiClient>().PostMessageAsync(FakeSlack.BotToken, "C1", "1.2", new JsonObject { ["text"] = "hi" });

        var post = Assert.Single(bed.Posts);
        Assert.Equal(FakeSlack.BotToken, post.Token);
        Assert.Equal("1.2", post.Str("thread_ts"));
        Assert.False(post.Body.GetProperty("unfurl_links").GetBoolean());
    }

    [Fact]
    public async Task SentinelHelper_Works()
    {
        await using var bed = await SlackTestBed.StartAsync();

        await RequestVerificationTest.AnswerSentinelAsync(bed);

        Assert.Single(bed.Posts);
    }
}
