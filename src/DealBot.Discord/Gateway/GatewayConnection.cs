using System.Buffers;
using System.Net.WebSockets;
using DealBot.Discord.Rest;

namespace DealBot.Discord.Gateway;

/// <summary>
/// One gateway WebSocket: whole text messages in, sends serialised and kept under Discord's 120 per 60 s (a few
/// slots are reserved for heartbeats so that a burst can never starve them), and a close that keeps the session
/// resumable unless told otherwise.
/// </summary>
internal sealed class GatewayConnection : IAsyncDisposable
{
    public const int SendLimit = 120;
    public const int HeartbeatReserve = 3;
    public static readonly TimeSpan SendWindow = TimeSpan.FromSeconds(60);

    private readonly ClientWebSocket _socket;
    private readonly TimeProvider _clock;
    private readonly TimeSpan _closeTimeout;
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly SlidingWindowLimiter _sendLimit = new(SendLimit, SendWindow);

    private GatewayConnection(ClientWebSocket socket, TimeProvider clock, TimeSpan closeTimeout)
    {
        _socket = socket;
        _clock = clock;
        _closeTimeout = closeTimeout;
    }

    public static async Task<GatewayConnection> ConnectAsync(Uri url, TimeProvider clock, TimeSpan closeTimeout, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        socket.Options.SetRequestHeader("User-Agent", DiscordRestClient.UserAgent);
        try
        {
            await socket.ConnectAsync(url, cancellationToken).ConfigureAwait(false);
            return new GatewayConnection(socket, clock, closeTimeout);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }

    /// <summary>Reads one whole message into <paramref name="buffer"/> (cleared first), or reports the close.</summary>
    public async ValueTask<GatewayReceive> ReceiveAsync(ArrayBufferWriter<byte> buffer, CancellationToken cancellationToken)
    {
        buffer.ResetWrittenCount();
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer.GetMemory(8192), cancellationToken).ConfigureAwait(false);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return new GatewayReceive(true, (int?)_socket.CloseStatus, _socket.CloseStatusDescription);
            }

            buffer.Advance(result.Count);
            if (result.EndOfMessage)
            {
                return new GatewayReceive(false, null, null);
            }
        }
    }

    public async ValueTask SendAsync(ReadOnlyMemory<byte> payload, bool heartbeat, CancellationToken cancellationToken)
    {
        var allowed = heartbeat ? SendLimit : SendLimit - HeartbeatReserve;
        while (_sendLimit.TryAcquire(_clock.GetUtcNow(), allowed) is var wait && wait > TimeSpan.Zero)
        {
            await ClockWait.UntilAsync(_clock, _clock.GetUtcNow() + wait, cancellationToken).ConfigureAwait(false);
        }

        await _sendLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _socket.SendAsync(payload, WebSocketMessageType.Text, endOfMessage: true, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _sendLock.Release();
        }
    }

    /// <summary>
    /// Sends a close frame with <paramref name="code"/> (best effort, bounded by the close timeout), then drops the
    /// connection. Any code but 1000/1001 keeps the session resumable. After Discord's close frame this is the reply
    /// that completes the handshake.
    /// </summary>
    public async Task CloseAsync(int code, string reason)
    {
        try
        {
            using var timeout = new CancellationTokenSource(_closeTimeout, _clock);
            if (await _sendLock.WaitAsync(_closeTimeout, timeout.Token).ConfigureAwait(false))
            {
                try
                {
                    if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
                    {
                        await _socket.CloseOutputAsync((WebSocketCloseStatus)code, reason, timeout.Token).ConfigureAwait(false);
                    }
                }
                finally
                {
                    _sendLock.Release();
                }
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // The connection is already gone; dropping it below is all that is left.
        }
        finally
        {
            _socket.Abort();
        }
    }

    public ValueTask DisposeAsync()
    {
        _socket.Abort();
        _socket.Dispose();
        _sendLock.Dispose();
        return ValueTask.CompletedTask;
    }
}

internal readonly record struct GatewayReceive(bool Closed, int? CloseCode, string? CloseReason);
