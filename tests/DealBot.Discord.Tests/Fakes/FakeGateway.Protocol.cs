using System.Net.WebSockets;
using System.Text.Json.Nodes;

namespace DealBot.Discord.Tests.Fakes;

/// <summary>The server side of one connection: what Discord answers to each opcode.</summary>
public sealed partial class FakeGateway
{
    private async Task RunAsync(FakeSocket socket)
    {
        await socket.SendAsync(new JsonObject { ["op"] = 10, ["d"] = new JsonObject { ["heartbeat_interval"] = (int)HeartbeatInterval.TotalMilliseconds } }.ToJsonString());
        if (CloseAfterHello is { } code)
        {
            await socket.CloseAsync(code);
            return;
        }

        var buffer = new byte[16 * 1024];
        try
        {
            while (await ReceiveTextAsync(socket.WebSocket, buffer) is { } text)
            {
                var payload = JsonNode.Parse(text)!;
                var op = payload["op"]!.GetValue<int>();
                Record(socket.Connection, op, text);
                switch (op)
                {
                    case 1 when !WithholdAcks && Interlocked.Exchange(ref _withholdNextAck, 0) == 0:
                        await socket.SendAsync("""{"op":11}""");
                        Interlocked.Increment(ref _acksSent);
                        discord.Changed.Pulse();
                        break;
                    case 2:
                        await IdentifyAsync(socket, payload["d"]!);
                        break;
                    case 6:
                        await ResumeAsync(socket, payload["d"]!);
                        break;
                }
            }

            socket.Connection.ClientCloseCode = (int?)socket.WebSocket.CloseStatus;
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The bot dropped the connection without a close frame.
        }
    }

    private async Task IdentifyAsync(FakeSocket socket, JsonNode data)
    {
        discord.SpendSessionStart();
        var intents = data["intents"]!.GetValue<int>();
        if (data["token"]?.GetValue<string>() != discord.Token)
        {
            await socket.CloseAsync(4004);
            return;
        }

        if (CloseOnIdentify is { } code)
        {
            await socket.CloseAsync(code);
            return;
        }

        if ((intents & (1 << 15)) != 0 && !MessageContentAllowed)
        {
            await socket.CloseAsync(4014);
            return;
        }

        var shard = data["shard"]?.AsArray();
        var shardId = shard?[0]?.GetValue<int>() ?? 0;
        var shardCount = shard?[1]?.GetValue<int>() ?? 1;
        FakeSession session;
        lock (_lock)
        {
            session = new FakeSession($"fake-session-{++_sessionCount}", shardId, discord.Changed);
            _sessions[session.Id] = session;
            _currentByShard[shardId] = session;
        }

        var ready = new JsonObject
        {
            ["v"] = 10,
            ["user"] = new JsonObject { ["id"] = FakeDiscord.BotUserId, ["username"] = "DealBot", ["bot"] = true },
            ["guilds"] = new JsonArray(),
            ["session_id"] = session.Id,
            ["resume_gateway_url"] = discord.ResumeUrl.ToString().TrimEnd('/'),
            ["shard"] = new JsonArray(shardId, shardCount),
            ["application"] = new JsonObject { ["id"] = FakeDiscord.ApplicationId, ["flags"] = 0 },
        };
        await session.AttachAsync(socket, afterSequence: null, "READY", ready.ToJsonString());
    }

    private async Task ResumeAsync(FakeSocket socket, JsonNode data)
    {
        if (data["token"]?.GetValue<string>() != discord.Token)
        {
            await socket.CloseAsync(4004);
            return;
        }

        FakeSession? session;
        lock (_lock)
        {
            _sessions.TryGetValue(data["session_id"]?.GetValue<string>() ?? "", out session);
        }

        if (session is null || RejectResumes)
        {
            await socket.SendAsync("""{"op":9,"d":false}""");
            return;
        }

        var sequence = data["seq"]!.GetValue<long>();
        if (sequence > session.Sequence)
        {
            await socket.CloseAsync(4007);
            return;
        }

        if (!await session.AttachAsync(socket, ReplayOverlap ? sequence - 1 : sequence, "RESUMED", "{}"))
        {
            await socket.SendAsync("""{"op":9,"d":false}""");
        }
    }
}
