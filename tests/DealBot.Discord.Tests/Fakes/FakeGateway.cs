using System.Net.WebSockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace DealBot.Discord.Tests.Fakes;

/// <summary>
/// The gateway side of <see cref="FakeDiscord"/>: HELLO, heartbeat ACKs (which a test can withhold), IDENTIFY →
/// READY, RESUME → replay of the dispatches the bot missed, then RESUMED. Tests inject op 7, op 9 and close codes,
/// and dispatch events; a dispatch while the bot is away is kept and replayed on resume, as Discord does.
/// </summary>
public sealed partial class FakeGateway(FakeDiscord discord) : IAsyncDisposable
{
    private readonly List<FakeConnection> _connections = [];
    private readonly List<FakeFrame> _frames = [];
    private readonly Dictionary<string, FakeSession> _sessions = [];
    private readonly Dictionary<int, FakeSession> _currentByShard = [];
    private readonly List<FakeSocket> _sockets = [];
    private readonly Lock _lock = new();
    private int _sessionCount;
    private int _acksSent;
    private int _withholdNextAck;

    /// <summary>Sent in HELLO. Short in tests so heartbeats and zombie detection happen within milliseconds.</summary>
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(41.25);

    /// <summary>While true, heartbeats get no ACK: the connection looks like a zombie to the bot.</summary>
    public bool WithholdAcks { get; set; }

    /// <summary>Whether the application may use the privileged Message Content intent (else IDENTIFY gets 4014).</summary>
    public bool MessageContentAllowed { get; set; } = true;

    /// <summary>Close every IDENTIFY with this code (4004, 4010–4014 to test fatal closes).</summary>
    public int? CloseOnIdentify { get; set; }

    /// <summary>Also replay the last event the bot had already seen (a duplicate delivery) on resume.</summary>
    public bool ReplayOverlap { get; set; }

    /// <summary>Answer RESUMEs with op 9 d:false (the session expired).</summary>
    public bool RejectResumes { get; set; }

    /// <summary>Closes each new connection with this code right after HELLO (a gateway that keeps failing).</summary>
    public int? CloseAfterHello { get; set; }

    public IReadOnlyList<FakeConnection> Connections
    {
        get
        {
            lock (_lock)
            {
                return [.. _connections];
            }
        }
    }

    public IReadOnlyList<FakeFrame> Frames
    {
        get
        {
            lock (_lock)
            {
                return [.. _frames];
            }
        }
    }

    public IReadOnlyList<FakeFrame> Identifies => Frames.Where(f => f.Op == 2).ToArray();

    public IReadOnlyList<FakeFrame> Resumes => Frames.Where(f => f.Op == 6).ToArray();

    public IReadOnlyList<FakeFrame> Heartbeats => Frames.Where(f => f.Op == 1).ToArray();

    /// <summary>Heartbeat ACKs (op 11) sent so far; each is on the wire before this counts it.</summary>
    public int AcksSent => Volatile.Read(ref _acksSent);

    /// <summary>True while shard <paramref name="shard"/>'s current session has a connected socket.</summary>
    public bool IsAttached(int shard = 0)
    {
        lock (_lock)
        {
            return _currentByShard.TryGetValue(shard, out var session) && session.Socket is not null;
        }
    }

    /// <summary>Sends (or, while the bot is away, keeps) a dispatch; returns its sequence number.</summary>
    public Task<long> DispatchAsync(string type, JsonNode data, int shard = 0)
    {
        if (type == "INTERACTION_CREATE")
        {
            // Its 3 s (and its token's 15 minutes) run from now, however late the bot reads it.
            discord.InteractionCreated(data, DateTimeOffset.UtcNow);
        }

        return Session(shard).DispatchAsync(type, data.ToJsonString());
    }

    /// <summary>Sends op 7; returns the connection it was sent on.</summary>
    public Task<FakeConnection> SendReconnectAsync(int shard = 0) => SendToCurrentAsync(shard, """{"op":7,"d":null}""");

    public Task SendInvalidSessionAsync(bool resumable, int shard = 0) =>
        SendToCurrentAsync(shard, resumable ? """{"op":9,"d":true}""" : """{"op":9,"d":false}""");

    /// <summary>
    /// Sends op 1. With <paramref name="withholdAck"/>, the heartbeat that answers it gets no ACK, as when Discord's ACK
    /// is still on its way when the bot's next scheduled heartbeat is due.
    /// </summary>
    public Task RequestHeartbeatAsync(int shard = 0, bool withholdAck = false)
    {
        if (withholdAck)
        {
            Volatile.Write(ref _withholdNextAck, 1);
        }

        return SendToCurrentAsync(shard, """{"op":1,"d":null}""");
    }

    /// <summary>Closes the shard's connection with <paramref name="code"/>; dispatches after this are kept for a resume.</summary>
    public async Task CloseAsync(int code, int shard = 0)
    {
        var socket = Session(shard).Detach();
        if (socket is not null)
        {
            await socket.CloseAsync(code);
        }
    }

    public async ValueTask DisposeAsync()
    {
        FakeSocket[] sockets;
        lock (_lock)
        {
            sockets = [.. _sockets];
        }

        foreach (var socket in sockets)
        {
            socket.Abort();
        }

        await Task.CompletedTask;
    }

    internal async Task AcceptAsync(HttpContext context)
    {
        using var webSocket = await context.WebSockets.AcceptWebSocketAsync();
        FakeConnection connection;
        lock (_lock)
        {
            connection = new FakeConnection(_connections.Count + 1, context.Request.Path.Value ?? "", context.Request.QueryString.Value ?? "", DateTimeOffset.UtcNow);
            _connections.Add(connection);
        }

        var socket = new FakeSocket(webSocket, connection);
        lock (_lock)
        {
            _sockets.Add(socket);
        }

        discord.Changed.Pulse();
        try
        {
            await RunAsync(socket);
        }
        finally
        {
            connection.EndedAt = DateTimeOffset.UtcNow;
            lock (_lock)
            {
                _sockets.Remove(socket);
                foreach (var session in _sessions.Values)
                {
                    session.Detach(socket);
                }
            }

            discord.Changed.Pulse();
        }
    }

    private FakeSession Session(int shard)
    {
        lock (_lock)
        {
            return _currentByShard.TryGetValue(shard, out var session) ? session : throw new InvalidOperationException($"Shard {shard} has no session.");
        }
    }

    /// <summary>
    /// Sends an op to the shard's live connection and returns that connection. Discord sends to whatever connection
    /// the session is on, so when the bot has just moved to a new one, the op goes there instead of failing the test.
    /// </summary>
    private async Task<FakeConnection> SendToCurrentAsync(int shard, string json)
    {
        while (true)
        {
            await discord.WaitUntilAsync(() => IsAttached(shard), $"shard {shard} to be connected");
            var socket = Session(shard).Socket;
            if (socket is null)
            {
                continue;
            }

            try
            {
                await socket.SendAsync(json);
                return socket.Connection;
            }
            catch (Exception e) when (e is WebSocketException or ObjectDisposedException && socket.Connection.Ended)
            {
                // That connection ended before the frame was written; the session's next one gets it.
            }
        }
    }

    private void Record(FakeConnection connection, int op, string raw)
    {
        lock (_lock)
        {
            _frames.Add(new FakeFrame(connection.Number, op, raw, DateTimeOffset.UtcNow));
        }

        discord.Changed.Pulse();
    }

    private static async Task<string?> ReceiveTextAsync(WebSocket socket, byte[] buffer)
    {
        using var message = new MemoryStream();
        while (true)
        {
            var result = await socket.ReceiveAsync(buffer, CancellationToken.None);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return null;
            }

            message.Write(buffer, 0, result.Count);
            if (result.EndOfMessage)
            {
                return Encoding.UTF8.GetString(message.GetBuffer(), 0, (int)message.Length);
            }
        }
    }
}
