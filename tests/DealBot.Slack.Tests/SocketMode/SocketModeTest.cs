using System.Text.Json.Nodes;
using DealBot.Slack.SocketMode;
using DealBot.Slack.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace DealBot.Slack.Tests.SocketMode;

/// <summary>
/// Socket Mode against the fake's WebSocket server: hello, acks by envelope_id, answers in the ack for slash commands,
/// and reconnects (refresh, drop, idle, too many sockets) that neither lose nor double an answer; routine refreshes
/// reconnect at once, refusals and failed opens back off on the test clock.
/// </summary>
public sealed class SocketModeTest
{
    private const string Question = "xai per year";

    [Fact]
    public async Task EventsApiEnvelope_AckedByIdAndAnswered()
    {
        await using var bed = await StartAsync();
        var socket = await HelloAsync(bed);

        await socket.SendEnvelopeAsync("events_api", "env-1", Payloads.AppMention("Ev-1", Question, channel: "CS"));
        var ack = await socket.WaitForAckAsync("env-1");
        var post = await bed.WaitForPostAsync(p => p.Str("channel") == "CS", "the answer");

        Assert.False(ack.TryGetProperty("payload", out _));
        Assert.Equal(Expected.Header(Question), MessageText.Header(post.Body));
        Assert.Equal(1, bed.Slack.SocketUrlsIssued);
        Assert.Equal(FakeSlack.AppToken, bed.Slack.CallsTo("apps.connections.open").Single().Token);
    }

    [Fact]
    public async Task ReadyCheck_HealthyOnlyOnceSlackSaidHello()
    {
        await using var bed = await StartAsync();
        var health = bed.Bot.Services.GetRequiredService<HealthCheckService>();
        var socket = await bed.Slack.NextConnectionAsync();

        var before = await health.CheckHealthAsync(r => r.Name == "slack");
        await socket.SendHelloAsync();
        await socket.SendEnvelopeAsync("events_api", "env-h", Payloads.AppMention("Ev-h", Question, channel: "CH"));
        await socket.WaitForAckAsync("env-h");
        var after = await health.CheckHealthAsync(r => r.Name == "slack");

        Assert.Equal(HealthStatus.Unhealthy, before.Status);
        Assert.Equal(HealthStatus.Healthy, after.Status);
    }

    [Fact]
    public async Task SlashCommandEnvelope_AnswerRidesInAck()
    {
        await using var bed = await StartAsync();
        var socket = await HelloAsync(bed);

        await socket.SendEnvelopeAsync("slash_commands", "env-s", Payloads.SlashJson(Payloads.Slash("/deal", Question, bed.Slack.NewResponseUrl())));
        var ack = await socket.WaitForAckAsync("env-s");

        var payload = ack.GetProperty("payload");
        Assert.Equal("in_channel", payload.GetProperty("response_type").GetString());
        Assert.Equal(Expected.Header(Question), MessageText.Header(payload));
        Assert.Empty(bed.Slack.CallsTo("response_url"));
    }

    [Fact]
    public async Task SlashCommandEnvelope_NoInlineBudget_AckedThenResponseUrl()
    {
        await using var bed = await StartAsync(s => s["Slack:InlineReplyBudget"] = "00:00:00");
        var socket = await HelloAsync(bed);

        await socket.SendEnvelopeAsync("slash_commands", "env-s", Payloads.SlashJson(Payloads.Slash("/deal", Question, bed.Slack.NewResponseUrl())));
        var ack = await socket.WaitForAckAsync("env-s");
        var late = await bed.WaitForPostAsync(_ => true, "the response_url post", method: "response_url");

        Assert.Equal("in_channel", ack.GetProperty("payload").GetProperty("response_type").GetString());
        Assert.Equal(Expected.Header(Question), MessageText.Header(late.Body));
    }

    [Theory]
    [InlineData("events_api")]
    [InlineData("slash_commands")]
    [InlineData("interactive")]
    [InlineData("something_new")]
    public async Task UnreadableEnvelope_StillAcked(string type)
    {
        await using var bed = await StartAsync();
        var socket = await HelloAsync(bed);

        await socket.SendEnvelopeAsync(type, "env-odd", new JsonObject { ["nonsense"] = true });
        var ack = await socket.WaitForAckAsync("env-odd");

        Assert.Equal("env-odd", ack.GetProperty("envelope_id").GetString());
    }

    [Fact]
    public async Task RefreshRequested_NewUrlAndNothingLostOrDoubled()
    {
        await using var bed = await StartAsync();
        var first = await HelloAsync(bed);
        await first.SendEnvelopeAsync("events_api", "env-1", Payloads.AppMention("Ev-1", Question, channel: "CA"));
        await first.WaitForAckAsync("env-1");

        await first.SendDisconnectAsync("refresh_requested");
        var second = await bed.Slack.NextConnectionAsync();

        // In flight during the handover: the old socket still acks it.
        await first.SendEnvelopeAsync("events_api", "env-2", Payloads.AppMention("Ev-2", Question, channel: "CB"));
        await first.WaitForAckAsync("env-2");
        await first.CloseAsync();

        // Slack redelivers what it is unsure of on the new socket, with the same event_id.
        await second.SendHelloAsync();
        await second.SendEnvelopeAsync("events_api", "env-2b", Payloads.AppMention("Ev-2", Question, channel: "CB"), retryAttempt: 1);
        await second.WaitForAckAsync("env-2b");
        await second.SendEnvelopeAsync("events_api", "env-3", Payloads.AppMention("Ev-3", Question, channel: "CC"));
        await second.WaitForAckAsync("env-3");
        await bed.WaitForPostAsync(p => p.Str("channel") == "CC", "the last answer");

        Assert.NotEqual(first.Ticket, second.Ticket);
        Assert.Equal(2, bed.Slack.CallsTo("apps.connections.open").Count);
        Assert.Equal(["CA", "CB", "CC"], bed.Posts.Select(p => p.Str("channel")).Order());
        Assert.Single(first.AcksFor("env-2"));
    }

    [Fact]
    public async Task Dropped_ReconnectsAndAnswers()
    {
        await using var bed = await StartAsync();
        var first = await ServedAsync(await HelloAsync(bed), 0, "C0");

        first.Drop();
        await ServedAsync(await HelloAsync(bed), 1, "CD");

        await bed.WaitForPostAsync(p => p.Str("channel") == "CD", "the answer after the drop");
    }

    [Fact]
    public async Task DroppedRightAfterHello_AgainAndAgain_BacksOff()
    {
        await using var bed = await StartAsync();
        (await ServedAsync(await HelloAsync(bed), 0, "C0")).Drop();
        var second = await ServedAsync(await HelloAsync(bed), 1, "C1");

        second.Drop();
        await Task.Delay(200);
        var reconnectedWhileTimeStandsStill = bed.Slack.HasPendingConnection;
        await Wait.UntilAsync(() => bed.Slack.HasPendingConnection, "a connection after the backoff", bed.Clock);

        Assert.False(reconnectedWhileTimeStandsStill, "the second drop in a row within seconds of hello waits");
        Assert.True(bed.Clock.GetUtcNow() - Start >= TimeSpan.FromSeconds(0.5), $"waited {bed.Clock.GetUtcNow() - Start}");
    }

    [Theory]
    [InlineData("warning")]
    [InlineData("refresh_requested")]
    public async Task RoutineDisconnect_ReconnectsWithoutWaiting(string reason)
    {
        await using var bed = await StartAsync();
        var first = await HelloAsync(bed);

        await first.SendDisconnectAsync(reason);
        var second = await bed.Slack.NextConnectionAsync();
        await second.SendHelloAsync();

        Assert.NotEqual(first.Ticket, second.Ticket);
        Assert.Equal(Start, bed.Clock.GetUtcNow());
    }

    [Fact]
    public async Task TooManyWebsockets_AfterHello_ClosesThenWaitsBeforeReconnecting()
    {
        await using var bed = await StartAsync();
        var first = await HelloAsync(bed);

        await first.SendDisconnectAsync("too_many_websockets");
        await first.Closed.WaitAsync(Wait.Timeout);
        await Task.Delay(200);
        var urlsWhileTimeStandsStill = bed.Slack.SocketUrlsIssued;
        await Wait.UntilAsync(() => bed.Slack.HasPendingConnection, "a new connection", bed.Clock);

        Assert.Equal(1, urlsWhileTimeStandsStill);
        var opens = bed.Slack.CallsTo("apps.connections.open");
        Assert.True(opens[1].At - opens[0].At >= TimeSpan.FromSeconds(0.5), $"reconnected after {opens[1].At - opens[0].At}");
    }

    [Fact]
    public async Task TooManyWebsockets_Repeated_DelaysGrow()
    {
        await using var bed = await StartAsync(beforeStart: slack => slack.RefuseSockets("too_many_websockets", times: 4));

        await Wait.UntilAsync(() => bed.Slack.RefusedSockets is [{ Closed.IsCompleted: true }], "the first refusal closed");
        await Task.Delay(200);
        var urlsWhileTimeStandsStill = bed.Slack.SocketUrlsIssued;
        await Wait.UntilAsync(() => bed.Slack.HasPendingConnection, "a connection after 4 refusals", bed.Clock);

        Assert.Equal(1, urlsWhileTimeStandsStill);
        var opens = bed.Slack.CallsTo("apps.connections.open").Select(c => c.At).ToArray();
        Assert.Equal(5, opens.Length);
        for (var i = 1; i < opens.Length; i++)
        {
            // Backoff n is 2^(n-1) s less up to half of it for jitter: at least 0.5, 1, 2, 4 s.
            var atLeast = TimeSpan.FromSeconds(Math.Pow(2, i - 2));
            Assert.True(opens[i] - opens[i - 1] >= atLeast, $"wait {i}: {opens[i] - opens[i - 1]}, expected at least {atLeast}");
        }

        Assert.All(bed.Slack.RefusedSockets, refused => Assert.True(refused.Closed.IsCompleted, "each refused socket closed"));
    }

    [Fact]
    public async Task OpenRateLimited_WaitsRetryAfterBeforeReconnecting()
    {
        await using var bed = await StartAsync(beforeStart: slack => slack.RateLimit("apps.connections.open", retryAfterSeconds: 10, times: 4));

        await Wait.UntilAsync(() => bed.Slack.HasPendingConnection, "a connection after four 429s", bed.Clock, TimeSpan.FromMilliseconds(500));

        var opens = bed.Slack.Calls.Where(c => c.Method == "apps.connections.open").ToArray();
        Assert.Equal([429, 429, 429, 429, 200], opens.Select(c => c.Status));

        // The first three waits are the Web API client's own retries; the last is the reconnect loop honouring Retry-After.
        for (var i = 1; i < opens.Length; i++)
        {
            Assert.True(opens[i].At - opens[i - 1].At >= TimeSpan.FromSeconds(10), $"wait {i}: {opens[i].At - opens[i - 1].At}");
        }
    }

    [Fact]
    public async Task LinkDisabled_StopsWithoutReconnecting()
    {
        await using var bed = await StartAsync();
        var first = await HelloAsync(bed);

        await first.SendDisconnectAsync("link_disabled");
        var service = bed.Service<IEnumerable<IHostedService>>().OfType<SocketModeService>().Single();
        await Wait.UntilAsync(() => service.ExecuteTask!.IsCompleted, "Socket Mode to stop");

        Assert.Equal(1, bed.Slack.SocketUrlsIssued);
        await first.Closed.WaitAsync(Wait.Timeout);
    }

    [Fact]
    public async Task QuietSocket_ReplacedAfterIdleTimeout()
    {
        await using var bed = await StartAsync(s => s["Slack:SocketIdleTimeout"] = "00:02:00");
        var first = await HelloAsync(bed);

        await Wait.UntilAsync(() => bed.Slack.HasPendingConnection, "a new connection", bed.Clock, TimeSpan.FromSeconds(10));
        var second = await bed.Slack.NextConnectionAsync();

        await first.Closed.WaitAsync(Wait.Timeout);
        Assert.True(bed.Clock.GetUtcNow() - Start >= TimeSpan.FromMinutes(2), "not before the idle timeout");
        Assert.NotEqual(first.Ticket, second.Ticket);
    }

    [Fact]
    public async Task OpenFails_RetriesWithGrowingBackoff()
    {
        await using var bed = await StartAsync(beforeStart: slack => slack.Fail("apps.connections.open", "internal_error", times: 3));

        await Wait.UntilAsync(() => bed.Slack.HasPendingConnection, "a connection after 3 failures", bed.Clock);

        var times = bed.Slack.CallsTo("apps.connections.open").Select(c => c.At).ToArray();
        Assert.Equal(4, times.Length);
        Assert.True(times[1] - times[0] >= TimeSpan.FromSeconds(0.5), $"first backoff {times[1] - times[0]}");
        Assert.True(times[2] - times[1] >= TimeSpan.FromSeconds(1), $"second backoff {times[2] - times[1]}");
        Assert.True(times[3] - times[2] >= TimeSpan.FromSeconds(2), $"third backoff {times[3] - times[2]}");
    }

    [Fact]
    public async Task AppTokenRefused_StopsAndSaysSo()
    {
        await using var bed = await StartAsync(s => s["Slack:AppToken"] = "xapp-1-revoked");

        var service = bed.Service<IEnumerable<IHostedService>>().OfType<SocketModeService>().Single();
        await Wait.UntilAsync(() => service.ExecuteTask!.IsCompleted, "Socket Mode to stop");

        Assert.Contains(bed.Logs.Lines, l => l.StartsWith("Critical", StringComparison.Ordinal) && l.Contains("invalid_auth", StringComparison.Ordinal));
        Assert.DoesNotContain(bed.Logs.Lines, l => l.Contains("xapp-1-revoked", StringComparison.Ordinal));
    }

    [Fact]
    public async Task NoAppToken_NoSocketModeService()
    {
        await using var bed = await SlackTestBed.StartAsync();

        Assert.Empty(bed.Service<IEnumerable<IHostedService>>().OfType<SocketModeService>());
    }

    private static readonly DateTimeOffset Start = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    private static async Task<SlackTestBed> StartAsync(Action<Dictionary<string, string?>>? configure = null, Action<FakeSlack>? beforeStart = null)
    {
        return await SlackTestBed.StartAsync(
            s =>
            {
                s["Slack:AppToken"] = FakeSlack.AppToken;
                s.Remove("Slack:SigningSecret");
                configure?.Invoke(s);
            },
            perMinute: 1000,
            burst: 1000,
            beforeStart: beforeStart);
    }

    private static async Task<FakeSocketConnection> HelloAsync(SlackTestBed bed)
    {
        var socket = await bed.Slack.NextConnectionAsync();
        await socket.SendHelloAsync();
        return socket;
    }

    /// <summary>The bot is serving <paramref name="socket"/>: one mention sent on it was acked (so its hello was taken).</summary>
    private static async Task<FakeSocketConnection> ServedAsync(FakeSocketConnection socket, int n, string channel)
    {
        await socket.SendEnvelopeAsync("events_api", $"env-{n}", Payloads.AppMention($"Ev-{n}", Question, channel: channel));
        await socket.WaitForAckAsync($"env-{n}");
        return socket;
    }
}
