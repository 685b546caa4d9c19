using System.Net;
using System.Text.Json.Nodes;
using DealBot.Slack.Formatting;
using DealBot.Slack.Tests.Fakes;

namespace DealBot.Slack.Tests.Interactivity;

/// <summary>Interactivity payloads: a click on a suggestion button asks its question; other payloads are acked and ignored.</summary>
public sealed class SuggestionButtonTest
{
    [Fact]
    public async Task Click_AnsweredThroughResponseUrl()
    {
        await using var bed = await SlackTestBed.StartAsync();
        var payload = Click(bed.Slack.NewResponseUrl(), "xai per month");

        var response = await bed.Signer.PostFormAsync("/slack/interactivity", new Dictionary<string, string> { ["payload"] = payload.ToJsonString() });
        var answer = await bed.WaitForPostAsync(_ => true, "the answer", method: "response_url");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync());
        Assert.Equal(Expected.Header("xai per month"), MessageText.Header(answer.Body));
        Assert.False(answer.Body.GetProperty("replace_original").GetBoolean());
    }

    [Fact]
    public async Task OtherInteraction_AckedAndIgnored()
    {
        await using var bed = await SlackTestBed.StartAsync();
        var payload = new JsonObject { ["type"] = "view_submission", ["user"] = new JsonObject { ["id"] = "U1" } };

        var response = await bed.Signer.PostFormAsync("/slack/interactivity", new Dictionary<string, string> { ["payload"] = payload.ToJsonString() });
        await Http.RequestVerificationTest.AnswerSentinelAsync(bed);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(bed.Slack.CallsTo("response_url"));
    }

    [Fact]
    public async Task Click_OverSocketMode_AckedThenAnswered()
    {
        await using var bed = await SlackTestBed.StartAsync(s => s["Slack:AppToken"] = FakeSlack.AppToken);
        var socket = await bed.Slack.NextConnectionAsync();
        await socket.SendHelloAsync();

        await socket.SendEnvelopeAsync("interactive", "env-click", Click(bed.Slack.NewResponseUrl(), "xai per month"));
        await socket.WaitForAckAsync("env-click");
        var answer = await bed.WaitForPostAsync(_ => true, "the answer", method: "response_url");

        Assert.Equal(Expected.Header("xai per month"), MessageText.Header(answer.Body));
    }

    private static JsonObject Click(Uri responseUrl, string question) => new()
    {
        ["type"] = "block_actions",
        ["user"] = new JsonObject { ["id"] = "U1", ["team_id"] = FakeSlack.TeamId },
        ["team"] = new JsonObject { ["id"] = FakeSlack.TeamId },
        ["channel"] = new JsonObject { ["id"] = "C1" },
        ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = "1764244800.000100", ["channel_id"] = "C1" },
        ["trigger_id"] = "trigger-click-1",
        ["response_url"] = responseUrl.ToString(),
        ["actions"] = new JsonArray
        {
            new JsonObject { ["type"] = "button", ["action_id"] = SlackAnswerFormat.AskActionPrefix + "0", ["value"] = question, ["action_ts"] = "1764244801.1" },
        },
    };
}
