using System.Net;
using DealBot.Slack.Tests.Fakes;

namespace DealBot.Slack.Tests.Events;

/// <summary>
/// A full work queue: over HTTP the event gets 503 (Slack retries it later, and the retry is deduped); in Socket Mode
/// the ack waits for room, at most 2 s, and is sent in any case. The worker is held by a long 429 on chat.postMessage.
/// </summary>
public sealed class BackpressureTest
{
    [Fact]
    public async Task Http_QueueFull_503()
    {
        await using var bed = await StartAsync();

        var first = await bed.Signer.PostJsonAsync("/slack/events", Payloads.AppMention("Ev-1", "xai per year", channel: "C1").ToJsonString());
        await Wait.UntilAsync(() => bed.Slack.Calls.Any(c => c.Status == 429), "the worker to be held");
        var queued = await bed.Signer.PostJsonAsync("/slack/events", Payloads.AppMention("Ev-2", "xai per year", channel: "C2").ToJsonString());
        var refused = await bed.Signer.PostJsonAsync("/slack/events", Payloads.AppMention("Ev-3", "xai per year", channel: "C3").ToJsonString());

        bed.Clock.Advance(TimeSpan.FromHours(1));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, queued.StatusCode);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
    }

    [Fact]
    public async Task SocketMode_QueueFull_AckWaitsForRoomThenGoes()
    {
        await using var bed = await StartAsync(s => s["Slack:AppToken"] = FakeSlack.AppToken);
        var socket = await bed.Slack.NextConnectionAsync();
        await socket.SendHelloAsync();
        await socket.SendEnvelopeAsync("events_api", "env-1", Payloads.AppMention("Ev-1", "xai per year", channel: "C1"));
        await Wait.UntilAsync(() => bed.Slack.Calls.Any(c => c.Status == 429), "the worker to be held");
        await socket.SendEnvelopeAsync("events_api", "env-2", Payloads.AppMention("Ev-2", "xai per year", channel: "C2"));
        await socket.WaitForAckAsync("env-2");

        await socket.SendEnvelopeAsync("events_api", "env-3", Payloads.AppMention("Ev-3", "xai per year", channel: "C3"));
        await Task.Delay(200);
        var waited = socket.AcksFor("env-3").Count;
        bed.Clock.Advance(TimeSpan.FromSeconds(2));
        await socket.WaitForAckAsync("env-3");
        bed.Clock.Advance(TimeSpan.FromHours(1));

        Assert.Equal(0, waited);
        Assert.Contains(bed.Logs.Lines, l => l.Contains("env-3", StringComparison.Ordinal) && l.Contains("Busy", StringComparison.Ordinal));
    }

    private static Task<SlackTestBed> StartAsync(Action<Dictionary<string, string?>>? configure = null) => SlackTestBed.StartAsync(
        s =>
        {
            s["Slack:QueueCapacity"] = "1";
            configure?.Invoke(s);
        },
        perMinute: 1000,
        burst: 1000,
        beforeStart: slack => slack.RateLimit("chat.postMessage", retryAfterSeconds: 3600));
}
