using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.WebSockets;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace DealBot.Load.Slack;

/// <summary>
/// Slack as one or several replicas see it: the Web API (<c>auth.test</c>, <c>chat.postMessage</c>,
/// <c>apps.connections.open</c>) and one Socket Mode server per replica, each replica under its own path
/// (<c>/r/{replica}/…</c>), so the fake knows who answered. Events API deliveries are signed as Slack signs them and sent
/// over HTTP or as Socket Mode envelopes; each event gets its own channel, so answers are counted per event and a second
/// answer is a double answer. One copy for the Redis replica tests and the Slack load tool.
/// </summary>
public sealed class SlackFake : IAsyncDisposable
{
    public const string SigningSecret = "replica-signing-secret-0123456789";
    public const string BotUserId = "UBOT";

    /// <summary>How long an ack may take before the sender gives up on it (far beyond Slack's 3 s: a hung replica).</summary>
    private static readonly TimeSpan AckPatience = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, ConcurrentQueue<(string Replica, long At)>> _answers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TaskCompletionSource<WebSocket>> _sockets = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (string Replica, TaskCompletionSource<string?> Ack)> _acks = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _sendLocks = new(StringComparer.Ordinal);
    private WebApplication _app = null!;

    public string BaseUrl { get; private set; } = "";

    public static async Task<SlackFake> StartAsync()
    {
        var fake = new SlackFake();
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        fake._app = builder.Build();
        fake._app.UseWebSockets();
        fake._app.MapPost("/r/{replica}/api/{method}", fake.ApiAsync);
        fake._app.Map("/r/{replica}/socket", fake.SocketAsync);
        await fake._app.StartAsync();
        fake.BaseUrl = fake._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return fake;
    }

    /// <summary>
    /// The Slack settings of one replica of the real host talking to this fake: its own Web API path, and with
    /// <paramref name="socketMode"/> an app token (Socket Mode) too; its installations file in <paramref name="data"/>.
    /// </summary>
    public Dictionary<string, string> ReplicaSettings(string replica, string data, bool socketMode)
    {
        var settings = new Dictionary<string, string>
        {
            ["Slack:SigningSecret"] = SigningSecret,
            ["Slack:BotToken"] = "xoxb-0000000001-replica-token",
            ["Slack:ApiBaseUrl"] = ApiBaseUrl(replica),
            ["Slack:InstallationStorePath"] = Path.Combine(data, replica, "installations.json"),
            ["Slack:ChannelMessageInterval"] = "00:00:00",
        };
        if (socketMode)
        {
            settings["Slack:AppToken"] = "xapp-1-A0000000001-0000000000001-replica";
        }

        return settings;
    }

    /// <summary>The Web API base URL one replica is configured with.</summary>
    public string ApiBaseUrl(string replica) => $"{BaseUrl}/r/{replica}/api/";

    /// <summary>
    /// Which replicas answered in <paramref name="channel"/> and when (<see cref="Stopwatch"/> timestamps), one entry
    /// per chat.postMessage.
    /// </summary>
    public IReadOnlyList<(string Replica, long At)> AnswersIn(string channel) => _answers.TryGetValue(channel, out var answers) ? answers.ToArray() : [];

    /// <summary>How many of <paramref name="channels"/> got at least one chat.postMessage.</summary>
    public int AnsweredIn(IEnumerable<string> channels) => channels.Count(_answers.ContainsKey);

    /// <summary>Channels that got more than one chat.postMessage: every event has its own channel, so each is a double answer.</summary>
    public int ChannelsAnsweredTwice => _answers.Count(a => a.Value.Count > 1);

    /// <summary>Waits until the replica's Socket Mode connection has said hello.</summary>
    public Task ConnectedAsync(string replica) => Socket(replica).Task;

    /// <summary>A mention of the bot in its own channel, signed and sent to a replica's HTTP endpoint; returns how long the ack took.</summary>
    public static async Task<TimeSpan> SendOverHttpAsync(HttpClient replica, string eventId, string channel, int retry = 0)
    {
        using var request = Signed("/slack/events", Mention(eventId, channel), "application/json");
        if (retry > 0)
        {
            request.Headers.Add("X-Slack-Retry-Num", retry.ToString(CultureInfo.InvariantCulture));
            request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
        }

        var started = Stopwatch.GetTimestamp();
        using var response = await replica.SendAsync(request);
        var took = Stopwatch.GetElapsedTime(started);
        return response.StatusCode == HttpStatusCode.OK ? took : throw new InvalidOperationException($"event {eventId}: {(int)response.StatusCode}");
    }

    /// <summary>
    /// A <c>/deal</c> slash command, signed and sent to a replica's HTTP endpoint; Slack wants the ack within 3 s and
    /// the bot puts the answer in it when it is ready in time. Returns the ack body and how long it took.
    /// </summary>
    public static async Task<(string Body, TimeSpan Took)> SlashOverHttpAsync(HttpClient replica, string triggerId, string channel)
    {
        using var request = Signed("/slack/commands", SlashForm(triggerId, channel), "application/x-www-form-urlencoded");
        var started = Stopwatch.GetTimestamp();
        using var response = await replica.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        return response.StatusCode == HttpStatusCode.OK
            ? (body, Stopwatch.GetElapsedTime(started))
            : throw new InvalidOperationException($"slash command {triggerId}: {(int)response.StatusCode}");
    }

    /// <summary>The same slash command as a Socket Mode envelope; returns the ack's payload (the answer) and how long the ack took.</summary>
    public Task<(string Body, TimeSpan Took)> SlashOverSocketAsync(string replica, string triggerId, string channel) =>
        SendEnvelopeAsync(replica, triggerId, SlashEnvelope(triggerId, SlashForm(triggerId, channel)));

    /// <summary>The same mention as a Socket Mode envelope to one replica's connection; returns how long the ack took.</summary>
    public async Task<TimeSpan> SendOverSocketAsync(string replica, string eventId, string channel, int retry = 0)
    {
        var envelopeId = $"{eventId}-{replica}-{retry}";
        var frame = $$"""{"type":"events_api","envelope_id":"{{envelopeId}}","accepts_response_payload":false,"retry_attempt":{{retry}},"retry_reason":"{{(retry > 0 ? "timeout" : "")}}","payload":{{Mention(eventId, channel)}}}""";
        return (await SendEnvelopeAsync(replica, envelopeId, frame)).Took;
    }

    /// <summary>
    /// A <c>slash_commands</c> envelope of a form's fields (as Socket Mode carries a slash command), answered in its ack.
    /// </summary>
    public static string SlashEnvelope(string envelopeId, string form)
    {
        var fields = string.Join(",", form.Split('&').Select(p => p.Split('=')).Select(p => $"\"{p[0]}\":\"{Uri.UnescapeDataString(p[1])}\""));
        return $$"""{"type":"slash_commands","envelope_id":"{{envelopeId}}","accepts_response_payload":true,"payload":{""" + fields + "}}";
    }

    /// <summary>
    /// Sends an envelope on a replica's connection and waits for its ack: the ack's payload ("" without one) and how
    /// long it took. Throws when the replica's connection is gone or goes before it acks.
    /// </summary>
    public async Task<(string Body, TimeSpan Took)> SendEnvelopeAsync(string replica, string envelopeId, string frame)
    {
        var ack = new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);
        _acks[envelopeId] = (replica, ack);
        var socket = await Socket(replica).Task;
        if (socket.State != WebSocketState.Open)
        {
            // Closed after the acks it held were failed: this one would never hear.
            _acks.TryRemove(envelopeId, out _);
            throw new WebSocketException($"replica {replica}'s Socket Mode connection is closed");
        }

        var sendLock = _sendLocks.GetOrAdd(replica, _ => new SemaphoreSlim(1, 1));
        var started = Stopwatch.GetTimestamp();
        await sendLock.WaitAsync();
        try
        {
            await socket.SendAsync(Encoding.UTF8.GetBytes(frame), WebSocketMessageType.Text, true, CancellationToken.None);
        }
        finally
        {
            sendLock.Release();
        }

        var payload = await ack.Task.WaitAsync(AckPatience);
        return (payload ?? "", Stopwatch.GetElapsedTime(started));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static HttpRequestMessage Signed(string path, string body, string contentType)
    {
        var timestamp = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        var signature = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(SigningSecret), Encoding.UTF8.GetBytes($"v0:{timestamp}:{body}")));
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, contentType) };
        request.Headers.Add("X-Slack-Request-Timestamp", timestamp);
        request.Headers.Add("X-Slack-Signature", "v0=" + signature);
        return request;
    }

    private static string SlashForm(string triggerId, string channel) =>
        $"token=x&team_id=T1&team_domain=replicas&channel_id={channel}&channel_name=c&user_id=U1&user_name=u&command=%2Fdeal"
        + $"&text={Uri.EscapeDataString("xai per year")}&api_app_id=A1&trigger_id={triggerId}";

    private static string Mention(string eventId, string channel) => JsonSerializer.Serialize(new
    {
        token = "unused",
        team_id = "T1",
        api_app_id = "A1",
        type = "event_callback",
        event_id = eventId,
        event_time = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
        @event = new { type = "app_mention", user = "U1", text = $"<@{BotUserId}> how much does anthropic pay xai per year?", channel, ts = "1700000000.000100" },
    });

    private TaskCompletionSource<WebSocket> Socket(string replica) =>
        _sockets.GetOrAdd(replica, _ => new TaskCompletionSource<WebSocket>(TaskCreationOptions.RunContinuationsAsynchronously));

    private async Task ApiAsync(HttpContext context)
    {
        var replica = (string)context.Request.RouteValues["replica"]!;
        var method = (string)context.Request.RouteValues["method"]!;
        if (method == "chat.postMessage")
        {
            using var body = await JsonDocument.ParseAsync(context.Request.Body);
            _answers.GetOrAdd(body.RootElement.GetProperty("channel").GetString()!, _ => new()).Enqueue((replica, Stopwatch.GetTimestamp()));
        }

        context.Response.ContentType = "application/json";
        var socketUrl = $"{BaseUrl.Replace("http://", "ws://", StringComparison.Ordinal)}/r/{replica}/socket";
        await context.Response.WriteAsync(method switch
        {
            "apps.connections.open" => $$"""{"ok":true,"url":"{{socketUrl}}"}""",
            "auth.test" => $$"""{"ok":true,"user_id":"{{BotUserId}}","bot_id":"BBOT","team_id":"T1"}""",
            _ => """{"ok":true,"channel":"C1","ts":"1700000000.000200"}""",
        });
    }

    private async Task SocketAsync(HttpContext context)
    {
        var replica = (string)context.Request.RouteValues["replica"]!;
        using var socket = await context.WebSockets.AcceptWebSocketAsync();
        await socket.SendAsync("""{"type":"hello","num_connections":1}"""u8.ToArray(), WebSocketMessageType.Text, true, CancellationToken.None);
        var waiting = Socket(replica);
        if (waiting.Task.IsCompleted)
        {
            _sockets[replica] = waiting = new TaskCompletionSource<WebSocket>(TaskCreationOptions.RunContinuationsAsynchronously);
        }

        waiting.TrySetResult(socket);
        var buffer = new byte[256 * 1024];
        try
        {
            while (socket.State == WebSocketState.Open)
            {
                var count = 0;
                ValueWebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer.AsMemory(count), context.RequestAborted);
                    count += result.Count;
                }
                while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                using var ack = JsonDocument.Parse(buffer.AsMemory(0, count));
                if (ack.RootElement.TryGetProperty("envelope_id", out var id) && _acks.TryRemove(id.GetString()!, out var done))
                {
                    done.Ack.TrySetResult(ack.RootElement.TryGetProperty("payload", out var payload) ? payload.GetRawText() : null);
                }
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            // The replica went away.
        }

        // Slack sends what this connection did not ack to another connection: the senders hear it now, not after their patience.
        foreach (var (envelopeId, pending) in _acks.Where(a => a.Value.Replica == replica).ToList())
        {
            if (_acks.TryRemove(envelopeId, out _))
            {
                pending.Ack.TrySetException(new WebSocketException($"replica {replica}'s Socket Mode connection closed before it acked {envelopeId}"));
            }
        }
    }
}
