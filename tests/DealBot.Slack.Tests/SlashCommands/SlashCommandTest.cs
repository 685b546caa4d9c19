using System.Net;
using System.Text.Json;
using DealBot.Slack.Inbound;
using DealBot.Slack.Tests.Fakes;

namespace DealBot.Slack.Tests.SlashCommands;

/// <summary>Slash commands over HTTP: answered inside the 3-second acknowledgement when fast, else through response_url.</summary>
public sealed class SlashCommandTest
{
    private const string Question = "xai per year";

    [Fact]
    public async Task Slash_FastAnswer_InlineInChannel()
    {
        await using var bed = await SlackTestBed.StartAsync();

        var response = await bed.Signer.PostFormAsync("/slack/commands", Payloads.Slash("/deal", Question, bed.Slack.NewResponseUrl()));
        var json = JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("in_channel", json.GetProperty("response_type").GetString());
        Assert.Equal(Expected.Header(Question), MessageText.Header(json));
        Assert.Empty(bed.Slack.Calls);
    }

    [Theory]
    [InlineData("/slack/events")]
    [InlineData("/slack/commands")]
    [InlineData("/slack/interactivity")]
    public async Task Slash_AnyAlias_IsTheSameEndpoint(string path)
    {
        await using var bed = await SlackTestBed.StartAsync();

        var response = await bed.Signer.PostFormAsync(path, Payloads.Slash("/ask", Question));

        Assert.Equal(Expected.Header(Question), MessageText.Header(JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync())));
    }

    [Fact]
    public async Task Slash_NoInlineBudget_AckedThenAnsweredViaResponseUrl()
    {
        await using var bed = await SlackTestBed.StartAsync(s => s["Slack:InlineReplyBudget"] = "00:00:00");
        var responseUrl = bed.Slack.NewResponseUrl();

        var response = await bed.Signer.PostFormAsync("/slack/commands", Payloads.Slash("/deal", Question, responseUrl));
        var ack = JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync());
        var late = await bed.WaitForPostAsync(_ => true, "the response_url post", method: "response_url");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("in_channel", ack.GetProperty("response_type").GetString());
        Assert.False(ack.TryGetProperty("blocks", out _), "the ack carries no answer");
        Assert.Equal("in_channel", late.Str("response_type"));
        Assert.Equal(Expected.Header(Question), MessageText.Header(late.Body));
        Assert.Single(bed.Slack.CallsTo("response_url"));
    }

    [Fact]
    public async Task SslCheck_Signed_200WithoutAnswer()
    {
        await using var bed = await SlackTestBed.StartAsync();

        var response = await bed.Signer.PostFormAsync("/slack/commands", new Dictionary<string, string> { ["ssl_check"] = "1", ["token"] = "legacy" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Slash_UnknownCommand_EphemeralHelp()
    {
        await using var bed = await SlackTestBed.StartAsync(s => s["Slack:CommandNames:0"] = "/dealbot");

        var response = await bed.Signer.PostFormAsync("/slack/commands", Payloads.Slash("/deal", Question));
        var json = JsonSerializer.Deserialize<JsonElement>(await response.Content.ReadAsStringAsync());

        Assert.Equal("ephemeral", json.GetProperty("response_type").GetString());
        Assert.Equal("DealBot answers /dealbot.", json.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Slash_RateLimited_EphemeralNoticeThenSilence()
    {
        await using var bed = await SlackTestBed.StartAsync(null, perMinute: 1, burst: 1);

        var answers = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var response = await bed.Signer.PostFormAsync("/slack/commands", Payloads.Slash("/deal", Question, triggerId: $"t{i}"));
            answers.Add(await response.Content.ReadAsStringAsync());
        }

        Assert.Equal("in_channel", JsonSerializer.Deserialize<JsonElement>(answers[0]).GetProperty("response_type").GetString());
        Assert.Equal("ephemeral", JsonSerializer.Deserialize<JsonElement>(answers[1]).GetProperty("response_type").GetString());
        Assert.Equal("", answers[2]);
    }

    [Fact]
    public async Task Slash_SameTriggerTwice_AnsweredOnce()
    {
        await using var bed = await SlackTestBed.StartAsync();

        var first = await bed.Signer.PostFormAsync("/slack/commands", Payloads.Slash("/deal", Question, triggerId: "same"));
        var second = await bed.Signer.PostFormAsync("/slack/commands", Payloads.Slash("/deal", Question, triggerId: "same"));

        Assert.NotEmpty(await first.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/compare", "xai and oracle per MW", "compare xai and oracle per MW")]
    [InlineData("/compare", "compare xai and oracle", "compare xai and oracle")]
    [InlineData("/whatif", "xai ran to 2030", "what if xai ran to 2030")]
    [InlineData("/deal", "  10 &lt; 20 &amp;&amp; 5 &gt; 1 ", "10 < 20 && 5 > 1")]
    public void Question_CommandNameAndSlackEscapes_BecomeParserText(string command, string text, string expected)
    {
        var slash = new SlashCommand(command, text, "T1", null, "C1", "U1", null, null);

        Assert.Equal(expected, SlashCommandHandler.Question(slash));
    }
}
