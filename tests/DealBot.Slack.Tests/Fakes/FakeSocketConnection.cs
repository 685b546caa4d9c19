using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DealBot.Slack.Tests.Fakes;

/// <summary>
/// The server side of one Socket Mode connection: the test sends hello, envelopes and disconnect notices, and reads
/// back the acks the bot sent (all of them, in order, so a double ack shows).
/// </summary>
public sealed class FakeSocketConnection(WebSocket socket, string ticket)
{
    private readonly SemaphoreSlim _send = new(1, 1);
    private readonly ConcurrentQueue<JsonElement> _acks = new();
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _abort = new();

    public string Ticket { get; } = ticket;

    public Task Closed => _closed.Task;

    public IReadOnlyList<JsonElement> Acks => _acks.ToArray();

    public Task SendHelloAsync() => SendAsync(new JsonObject
    {
        ["type"] = "hello",
        ["num_connections"] = 1,
        ["connection_info"] = new JsonObject { ["app_id"] = "A1" },
        ["debug_info"] = new JsonObject { ["host"] = "fake", ["approximate_connection_time"] = 18060 },
    });

    public Task SendEnvelopeAsync(string type, string envelopeId, JsonObject payload, int retryAttempt = 0) => SendAsync(new JsonObject
    {
        ["type"] = type,
        ["envelope_id"] = envelopeId,
        ["payload"] = payload,
        ["accepts_response_payload"] = type == "slash_commands",
        ["retry_attempt"] = retryAttempt,
        ["retry_reason"] = retryAttempt > 0 ? "timeout" : "",
    });

    public Task SendDisconnectAsync(string reason) => SendAsync(new JsonObject
    {
        ["type"] = "disconnect",
        ["reason"] = reason,
        ["debug_info"] = new JsonObject { ["host"] = "fake" },
    });

    public async Task SendAsync(JsonObject frame)
    {
        await _send.WaitAsync();
        try
        {
            await socket.SendAsync(Encoding.UTF8.GetBytes(frame.ToJsonString()), WebSocketMessageType.Text, true, CancellationToken.None);
        }
        finally
        {
            _send.Release();
        }
    }

    public async Task<JsonElement> WaitForAckAsync(string envelopeId)
    {
        await Wait.UntilAsync(() => AcksFor(envelopeId).Count > 0, $"ack for {envelopeId}");
        return AcksFor(envelopeId)[0];
    }

    public IReadOnlyList<JsonElement> AcksFor(string envelopeId) =>
        _acks.Where(a => a.TryGetProperty("envelope_id", out var id) && id.GetString() == envelopeId).ToArray();

    /// <summary>A clean close from the server side, as Slack does after a refresh.</summary>
    public async Task CloseAsync()
    {
        if (socket.State == WebSocketState.Open)
        {
            await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "refresh", CancellationToken.None);
        }

        await Closed.WaitAsync(Wait.Timeout);
    }

    /// <summary>The connection vanishes without a close frame (network drop).</summary>
    public void Drop() => _abort.Cancel();

    internal async Task RunAsync()
    {
        var buffer = new byte[64 * 1024];
        try
        {
            while (true)
            {
                using var message = new MemoryStream();
                WebSocketReceiveResult result;
                do
                {
                    result = await socket.ReceiveAsync(buffer, _abort.Token);
                    message.Write(buffer, 0, result.Count);
                }
                while (!result.EndOfMessage && result.MessageType != WebSocketMessageType.Close);

                if (result.MessageType == WebSocketMessageType.Close)
                {
                    if (socket.State == WebSocketState.CloseReceived)
                    {
                        await socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", CancellationToken.None);
                    }

                    break;
                }

                _acks.Enqueue(JsonSerializer.Deserialize<JsonElement>(message.ToArray()));
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
            socket.Abort();
        }
        finally
        {
            _closed.TrySetResult();
        }
    }
}
