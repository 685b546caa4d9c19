using System.Buffers;
using System.Collections.Concurrent;
using System.Net.WebSockets;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;

namespace DealBot.Slack.SocketMode;

/// <summary>
/// One Socket Mode WebSocket. It reads frames until the socket ends, acking every envelope by envelope_id (in a
/// <c>finally</c>, so a failing handler still acks) and keeps reading after a <c>disconnect</c> notice, so envelopes
/// Slack sends during a refresh are still acked while the next connection opens. A watchdog on the clock replaces a
/// socket that has gone quiet (half-open); WebSocket keep-alive pings catch a dead peer sooner.
/// </summary>
internal sealed partial class SocketModeConnection : IAsyncDisposable
{
    private const int MaxMessageBytes = 1024 * 1024;
    private static readonly TimeSpan AckTimeout = TimeSpan.FromSeconds(3);

    private readonly ClientWebSocket _socket = new();
    private readonly SemaphoreSlim _sendLock = new(1, 1);
    private readonly TaskCompletionSource<SocketEnd> _signal = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly ConcurrentDictionary<Task, bool> _inFlight = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly SocketEnvelopeHandler _handler;
    private readonly SlackOptions _options;
    private readonly TimeProvider _clock;
    private readonly ILogger _logger;
    private readonly int _id;
    private Task _receiving = Task.CompletedTask;
    private ITimer? _watchdog;
    private long _lastFrameTicks;
    private volatile bool _idle;
    private int _disposed;

    public SocketModeConnection(int id, SocketEnvelopeHandler handler, SlackOptions options, TimeProvider clock, ILogger logger)
    {
        _id = id;
        _handler = handler;
        _options = options;
        _clock = clock;
        _logger = logger;
        _socket.Options.KeepAliveInterval = options.SocketKeepAlive;
        _socket.Options.KeepAliveTimeout = options.SocketKeepAlive;
    }

    /// <summary>The first of: a disconnect notice (the socket keeps serving) or the end of the socket.</summary>
    public Task<SocketEnd> Signal => _signal.Task;

    public bool HelloReceived { get; private set; }

    public async Task ConnectAsync(Uri url, CancellationToken cancellationToken)
    {
        await _socket.ConnectAsync(url, cancellationToken);
        Touch();
        var period = _options.SocketIdleTimeout / 4;
        _watchdog = _clock.CreateTimer(_ => CheckIdle(), null, period, period);
        _receiving = Task.Run(ReceiveLoopAsync, CancellationToken.None);
    }

    /// <summary>After a refresh notice: keep acking until Slack closes the socket, at most the drain timeout (or until stop).</summary>
    public async Task DrainAsync(CancellationToken stoppingToken)
    {
        try
        {
            await _receiving.WaitAsync(_options.SocketDrainTimeout, _clock, stoppingToken);
        }
        catch (Exception e) when (e is TimeoutException or OperationCanceledException)
        {
            // Slack did not close it in time, or the host is stopping: close it ourselves.
        }

        await DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        if (_watchdog is not null)
        {
            await _watchdog.DisposeAsync();
        }

        // Acks in flight go out before the socket closes.
        await WhenInFlightDone();
        if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
        {
            try
            {
                using var timeout = new CancellationTokenSource(AckTimeout);
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, "bye", timeout.Token);
            }
            catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
            {
                // Closing a dying socket: nothing to save.
            }
        }

        await _stop.CancelAsync();
        _socket.Abort();
        await _receiving;
        _socket.Dispose();
        _stop.Dispose();
    }

    private async Task ReceiveLoopAsync()
    {
        var buffer = new ArrayBufferWriter<byte>(16 * 1024);
        try
        {
            while (await ReceiveMessageAsync(buffer))
            {
                Touch();
                OnFrame(buffer.WrittenMemory);
                buffer.ResetWrittenCount();
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            LogDropped(_id, e.Message);
        }
        finally
        {
            _signal.TrySetResult(_idle ? SocketEnd.Idle : SocketEnd.Dropped);
        }
    }

    /// <summary>Reads one whole message into <paramref name="buffer"/>; false when the socket closed.</summary>
    private async Task<bool> ReceiveMessageAsync(ArrayBufferWriter<byte> buffer)
    {
        while (true)
        {
            var result = await _socket.ReceiveAsync(buffer.GetMemory(4096), _stop.Token);
            if (result.MessageType == WebSocketMessageType.Close)
            {
                return false;
            }

            buffer.Advance(result.Count);
            if (buffer.WrittenCount > MaxMessageBytes)
            {
                throw new WebSocketException("Socket Mode message over 1 MB");
            }

            if (result.EndOfMessage)
            {
                return true;
            }
        }
    }

    private void OnFrame(ReadOnlyMemory<byte> frame)
    {
        JsonElement root;
        try
        {
            root = JsonElement.Parse(frame.Span);
        }
        catch (JsonException)
        {
            LogBadFrame(_id);
            return;
        }

        var type = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("type", out var t) ? t.GetString() : null;
        if (type == "hello")
        {
            HelloReceived = true;
            LogHello(_id);
        }
        else if (type == "disconnect")
        {
            var reason = root.TryGetProperty("reason", out var r) ? r.GetString() : null;
            LogDisconnect(_id, reason);
            _signal.TrySetResult(reason switch
            {
                "link_disabled" => SocketEnd.LinkDisabled,
                "too_many_websockets" => SocketEnd.TooManyConnections,
                _ => SocketEnd.Refresh,
            });
        }
        else if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("envelope_id", out var id) && id.GetString() is { } envelopeId)
        {
            Track(Task.Run(() => HandleEnvelopeAsync(envelopeId, type, root)));
        }
    }

    private async Task HandleEnvelopeAsync(string envelopeId, string? type, JsonElement envelope)
    {
        JsonObject? payload = null;
        try
        {
            payload = await _handler.HandleAsync(envelopeId, type, envelope, _stop.Token);
        }
        catch (Exception e)
        {
            LogHandlerFailed(e, envelopeId);
        }
        finally
        {
            await AckAsync(envelopeId, payload);
        }
    }

    private async Task AckAsync(string envelopeId, JsonObject? payload)
    {
        var ack = new JsonObject { ["envelope_id"] = envelopeId };
        if (payload is not null)
        {
            ack["payload"] = payload;
        }

        // The node writes itself: same bytes as the serializer gave, without reflection (Native AOT).
        var bytes = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(bytes))
        {
            ack.WriteTo(writer);
        }

        try
        {
            await _sendLock.WaitAsync(_stop.Token);
            try
            {
                await _socket.SendAsync(bytes.WrittenMemory, WebSocketMessageType.Text, endOfMessage: true, _stop.Token);
            }
            finally
            {
                _sendLock.Release();
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            // Slack redelivers an unacked envelope; the event_id dedupe keeps that from doubling an answer.
            LogAckLost(_id, envelopeId);
        }
    }

    private void Track(Task task)
    {
        _inFlight[task] = true;
        task.ContinueWith(t => _inFlight.TryRemove(t, out _), TaskScheduler.Default);
    }

    private async Task WhenInFlightDone()
    {
        try
        {
            await Task.WhenAll(_inFlight.Keys).WaitAsync(AckTimeout);
        }
        catch (TimeoutException)
        {
            // An ack that could not go out in 3 s is late anyway; Slack will redeliver.
        }
    }

    private void Touch() => Interlocked.Exchange(ref _lastFrameTicks, _clock.GetUtcNow().UtcTicks);

    private void CheckIdle()
    {
        var quiet = _clock.GetUtcNow().UtcTicks - Interlocked.Read(ref _lastFrameTicks);
        if (quiet > _options.SocketIdleTimeout.Ticks && !_idle)
        {
            _idle = true;
            LogIdle(_id);
            _socket.Abort();
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack Socket Mode connection {ConnectionId}: hello")]
    private partial void LogHello(int connectionId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack Socket Mode connection {ConnectionId}: disconnect ({Reason})")]
    private partial void LogDisconnect(int connectionId, string? reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Slack Socket Mode connection {ConnectionId} ended: {Reason}")]
    private partial void LogDropped(int connectionId, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack Socket Mode connection {ConnectionId}: no frame within the idle timeout; replacing it")]
    private partial void LogIdle(int connectionId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack Socket Mode connection {ConnectionId}: frame is not JSON")]
    private partial void LogBadFrame(int connectionId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Slack envelope {EnvelopeId} failed; acknowledging it anyway")]
    private partial void LogHandlerFailed(Exception exception, string envelopeId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Slack Socket Mode connection {ConnectionId}: ack for {EnvelopeId} not sent")]
    private partial void LogAckLost(int connectionId, string envelopeId);
}
