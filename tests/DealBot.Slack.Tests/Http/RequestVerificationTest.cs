using System.Net;
using System.Text;
using DealBot.Slack.Tests.Fakes;

namespace DealBot.Slack.Tests.Http;

/// <summary>
/// Every request to the bot is verified before anything else: a bad, stale or missing signature gets 401 and no
/// reply, an oversized body 413 (the largest event Slack can send is still answered), a malformed one 400. "No reply"
/// is shown by a signed question sent afterwards being the only one answered (one worker answers in arrival order).
/// </summary>
public sealed class RequestVerificationTest
{
    private const string Question = "xai per year";

    [Theory]
    [InlineData("bad secret")]
    [InlineData("stale")]
    [InlineData("unsigned")]
    [InlineData("future")]
    public async Task Post_NotProperlySigned_Is401AndNotAnswered(string problem)
    {
        await using var bed = await SlackTestBed.StartAsync();
        var body = Payloads.AppMention("Ev-bad", Question, channel: "CBAD").ToJsonString();

        var response = problem switch
        {
            "bad secret" => await bed.Signer.PostAsync("/slack/events", body, SlackSigner.JsonType, secret: "another-signing-secret-000000"),
            "stale" => await bed.Signer.PostAsync("/slack/events", body, SlackSigner.JsonType, age: TimeSpan.FromMinutes(6)),
            "future" => await bed.Signer.PostAsync("/slack/events", body, SlackSigner.JsonType, age: TimeSpan.FromMinutes(-6)),
            _ => await bed.Signer.PostAsync("/slack/events", body, SlackSigner.JsonType, sign: false),
        };
        await AnswerSentinelAsync(bed);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync());
        Assert.DoesNotContain(bed.Posts, p => p.Str("channel") == "CBAD");
    }

    [Fact]
    public async Task Post_SignatureOverOtherBody_Is401()
    {
        await using var bed = await SlackTestBed.StartAsync();
        var signed = Payloads.AppMention("Ev-1", Question).ToJsonString();
        var sent = Payloads.AppMention("Ev-1", "<!channel> " + Question).ToJsonString();
        var request = await bed.Signer.PostAsync("/slack/events", signed, SlackSigner.JsonType);
        Assert.Equal(HttpStatusCode.OK, request.StatusCode);

        using var forged = new HttpRequestMessage(HttpMethod.Post, "/slack/events") { Content = new StringContent(sent) };
        forged.Content.Headers.ContentType = new("application/json");
        var timestamp = bed.Clock.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        forged.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        forged.Headers.Add("X-Slack-Signature", DealBot.Slack.Http.SlackSignature.Compute(SlackTestBed.SigningSecret, timestamp, System.Text.Encoding.UTF8.GetBytes(signed)));
        var response = await bed.Http.SendAsync(forged);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_SlashCommandUnsigned_Is401WithoutAnswer()
    {
        await using var bed = await SlackTestBed.StartAsync();
        var form = new FormUrlEncodedContent(Payloads.Slash("/deal", Question, bed.Slack.NewResponseUrl()));

        var response = await bed.Http.PostAsync("/slack/commands", form);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync());
        Assert.Empty(bed.Slack.Calls);
    }

    [Theory]
    [InlineData("4096", 5_000)]
    [InlineData(null, 1_100_000)]
    public async Task Post_BodyOverCap_Is413AndNotAnswered(string? cap, int padding)
    {
        await using var bed = await SlackTestBed.StartAsync(cap is null ? null : s => s["Slack:MaxRequestBytes"] = cap);
        var mention = Payloads.AppMention("Ev-big", Question + new string(' ', padding), channel: "CBIG").ToJsonString();

        var response = await bed.Signer.PostAsync("/slack/events", mention, SlackSigner.JsonType);
        await AnswerSentinelAsync(bed);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.DoesNotContain(bed.Posts, p => p.Str("channel") == "CBIG");
    }

    [Fact]
    public async Task Post_LargestRealisticEvent_IsAnswered()
    {
        await using var bed = await SlackTestBed.StartAsync();
        var body = Payloads.SharedMessageDm("Ev-large", Question, SharedText(40_000), channel: "DLARGE").ToJsonString();

        var response = await bed.Signer.PostAsync("/slack/events", body, SlackSigner.JsonType);
        var post = await bed.WaitForPostAsync(p => p.Str("channel") == "DLARGE", "the answer to the large event");

        Assert.InRange(Encoding.UTF8.GetByteCount(body), 400_000, 1024 * 1024);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(Expected.Header(Question), MessageText.Header(post.Body));
    }

    [Fact]
    public async Task Post_ChunkedBodyOverCap_Is413()
    {
        await using var bed = await SlackTestBed.StartAsync(s => s["Slack:MaxRequestBytes"] = "4096");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/slack/events")
        {
            Content = new StreamContent(new MemoryStream(new byte[100_000])),
        };
        request.Headers.TransferEncodingChunked = true;

        var response = await bed.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Theory]
    [InlineData("{not json", SlackSigner.JsonType)]
    [InlineData("[1,2]", SlackSigner.JsonType)]
    [InlineData("{\"type\":\"event_callback\",\"event_id\":\"Ev1\"}", SlackSigner.JsonType)]
    [InlineData("{\"no_type\":true}", SlackSigner.JsonType)]
    [InlineData("payload=%7Bbroken", SlackSigner.FormType)]
    [InlineData("command=%2Fdeal&text=hi", SlackSigner.FormType)]
    public async Task Post_SignedButMalformed_Is400(string body, string contentType)
    {
        await using var bed = await SlackTestBed.StartAsync();

        var response = await bed.Signer.PostAsync("/slack/events", body, contentType);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Post_SignedUnknownMediaType_Is415()
    {
        await using var bed = await SlackTestBed.StartAsync();

        var response = await bed.Signer.PostAsync("/slack/events", "hello", "text/plain");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Logs_AfterRequests_NeverContainSecrets()
    {
        await using var bed = await SlackTestBed.StartAsync();
        await bed.Signer.PostAsync("/slack/events", "{}", SlackSigner.JsonType, secret: "wrong-secret-0000000000000000");
        await AnswerSentinelAsync(bed);

        var logs = string.Join("\n", bed.Logs.Lines);

        Assert.NotEmpty(bed.Logs.Lines);
        Assert.DoesNotContain(SlackTestBed.SigningSecret, logs, StringComparison.Ordinal);
        Assert.DoesNotContain(FakeSlack.BotToken, logs, StringComparison.Ordinal);
    }

    /// <summary>A message of <paramref name="length"/> non-ASCII characters: Slack sends each as a 6-byte \uXXXX escape.</summary>
    private static string SharedText(int length) => string.Concat(Enumerable.Repeat("計算資源の価格", (length / 7) + 1))[..length];

    /// <summary>A signed mention in its own channel, answered: everything sent before it has been handled.</summary>
    internal static async Task AnswerSentinelAsync(SlackTestBed bed)
    {
        var sentinel = await bed.Signer.PostJsonAsync("/slack/events", Payloads.AppMention("Ev-sentinel", Question, channel: "CSENTINEL", user: "USENTINEL").ToJsonString());
        Assert.Equal(HttpStatusCode.OK, sentinel.StatusCode);
        await bed.WaitForPostAsync(p => p.Str("channel") == "CSENTINEL", "the sentinel's answer");
    }
}
