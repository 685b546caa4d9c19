using System.Net;
using System.Text.Json;
using DealBot.Slack.Tests.Fakes;

namespace DealBot.Slack.Tests.Charts;

/// <summary>
/// Charts on Slack: the Block Kit answer first, then the chart through files v2 into the same thread —
/// files.getUploadURLExternal, the bytes to upload_url, files.completeUploadExternal with channel_id and thread_ts.
/// </summary>
public sealed class ChartUploadTest
{
    /// <summary>The fake numbers the messages it accepts in order: the ts of the first one.</summary>
    private const string FirstTs = "1764244800.000001";

    [Fact]
    public async Task AppMentionAskingForAChart_AnswerThenChartInTheThread()
    {
        await using var bed = await SlackTestBed.StartAsync();
        var mention = Payloads.AppMention("Ev-1", $"<@{FakeSlack.BotUserId}> chart how much will anthropic pay xai in total?", channel: "C9", ts: "1764244900.000300");

        var response = await bed.Signer.PostJsonAsync("/slack/events", mention.ToJsonString());
        var complete = await bed.WaitForPostAsync(_ => true, "the upload's completion", method: "files.completeUploadExternal");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        string[] order = ["chat.postMessage", "files.getUploadURLExternal", "upload_url", "files.completeUploadExternal"];
        Assert.Equal(order, bed.Slack.Calls.Select(c => c.Method).Where(order.Contains));
        var post = Assert.Single(bed.Posts);
        Assert.Contains("$45B", MessageText.Header(post.Body));
        Assert.True(post.Body.TryGetProperty("blocks", out _), "the answer is Block Kit");

        var ask = Assert.Single(bed.Slack.CallsTo("files.getUploadURLExternal"));
        Assert.Equal(FakeSlack.BotToken, ask.Token);
        Assert.Equal("chart.png", ask.Str("filename"));
        Assert.StartsWith("Line chart of Anthropic–xAI's cumulative spend", ask.Str("alt_txt"));
        Assert.Null(Assert.Single(bed.Slack.Calls, c => c.Method == "upload_url").Token);

        Assert.Equal(FakeSlack.BotToken, complete.Token);
        Assert.Equal("C9", complete.Str("channel_id"));
        Assert.Equal("1764244900.000300", complete.Str("thread_ts"));
        Assert.Equal("Anthropic–xAI: cumulative spend", complete.Body.GetProperty("files")[0].GetProperty("title").GetString());

        // The fake records the completion call before it marks the upload shared: wait for the mark, not for the call.
        await Wait.UntilAsync(() => bed.Slack.Uploads.Any(u => u.Completed), "the upload marked complete");
        var upload = Assert.Single(bed.Slack.Uploads);
        Assert.True(upload.Completed);
        Assert.Equal(upload.Length, upload.Bytes!.Length);
        Assert.Equal("image/png", upload.UploadContentType);
        PngFile.AssertChart(upload.Bytes);
    }

    [Fact]
    public async Task DirectMessageAskingForAGraph_ChartThreadsUnderTheAnswer()
    {
        await using var bed = await SlackTestBed.StartAsync();

        await bed.Signer.PostJsonAsync("/slack/events", Payloads.DirectMessage("Ev-2", "compare xai and oracle per MW-year as a graph").ToJsonString());
        var complete = await bed.WaitForPostAsync(_ => true, "the upload's completion", method: "files.completeUploadExternal");

        var answer = Assert.Single(bed.Posts);
        Assert.Null(answer.Str("thread_ts"));
        Assert.Equal("D1", complete.Str("channel_id"));
        Assert.Equal(FirstTs, complete.Str("thread_ts"));
        PngFile.AssertChart(Assert.Single(bed.Slack.Uploads).Bytes);
    }

    [Fact]
    public async Task QuestionWithoutChartWord_UploadsNothing()
    {
        await using var bed = await SlackTestBed.StartAsync();

        await bed.Signer.PostJsonAsync("/slack/events", Payloads.AppMention("Ev-3", $"<@{FakeSlack.BotUserId}> xai total").ToJsonString());
        await bed.Signer.PostJsonAsync("/slack/events", Payloads.AppMention("Ev-4", $"<@{FakeSlack.BotUserId}> xai per year").ToJsonString());
        await Wait.UntilAsync(() => bed.Posts.Count == 2, "both answers");

        Assert.Empty(bed.Slack.Uploads);
        Assert.DoesNotContain(bed.Slack.Calls, c => c.Method.StartsWith("files.", StringComparison.Ordinal));
    }

    [Fact]
    public async Task UploadFails_AnswerStandsAndTheFailureIsLogged()
    {
        await using var bed = await SlackTestBed.StartAsync();
        bed.Slack.Fail("files.getUploadURLExternal", "missing_scope");

        await bed.Signer.PostJsonAsync("/slack/events", Payloads.AppMention("Ev-5", $"<@{FakeSlack.BotUserId}> plot xai total").ToJsonString());
        await Wait.UntilAsync(() => bed.Logs.Lines.Any(l => l.Contains("chart upload", StringComparison.Ordinal)), "the failure logged");

        Assert.Single(bed.Posts);
        Assert.Contains(bed.Logs.Lines, l => l.Contains("missing_scope", StringComparison.Ordinal));
        Assert.Empty(bed.Slack.CallsTo("files.completeUploadExternal"));
    }

    [Fact]
    public async Task SlashCommandAskingForAChart_AnsweredInlineThenChartInTheChannel()
    {
        await using var bed = await SlackTestBed.StartAsync();

        var response = await bed.Signer.PostFormAsync("/slack/commands", Payloads.Slash("/whatif", "xai were $1B a month, chart", bed.Slack.NewResponseUrl()));
        var ack = JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync());
        var complete = await bed.WaitForPostAsync(_ => true, "the upload's completion", method: "files.completeUploadExternal");

        Assert.Equal("in_channel", ack.GetProperty("response_type").GetString());
        Assert.Contains("$36B", MessageText.Header(ack));
        Assert.Equal("C1", complete.Str("channel_id"));
        Assert.Null(complete.Str("thread_ts"));
        PngFile.AssertChart(Assert.Single(bed.Slack.Uploads).Bytes);
    }

    [Fact]
    public async Task SlowSlashCommandWithChart_ResponseUrlThenChart()
    {
        await using var bed = await SlackTestBed.StartAsync(s => s["Slack:InlineReplyBudget"] = "00:00:00");

        await bed.Signer.PostFormAsync("/slack/commands", Payloads.Slash("/deal", "xai total graph", bed.Slack.NewResponseUrl()));
        await bed.WaitForPostAsync(_ => true, "the upload's completion", method: "files.completeUploadExternal");

        string[] order = ["response_url", "files.getUploadURLExternal", "upload_url", "files.completeUploadExternal"];
        Assert.Equal(order, bed.Slack.Calls.Select(c => c.Method).Where(order.Contains));
    }
}
