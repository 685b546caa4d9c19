using System.Net.WebSockets;
using DealBot.Discord.Json;
using Microsoft.Extensions.Logging;

namespace DealBot.Discord.Gateway;

/// <summary>
/// One shard's session for as long as the process runs: connect, IDENTIFY or RESUME, and after every disconnect
/// decide (<see cref="ConnectionAction"/>) whether to resume on <c>resume_gateway_url</c> with the last sequence,
/// start a new session on the gateway URL, or stop for good on a fatal close code. The reconnect loop is this
/// task, owned and awaited by <see cref="DiscordGateway"/>: nothing is fire-and-forget.
/// </summary>
internal sealed partial class GatewayShard(
    int id,
    int count,
    Uri gatewayUrl,
    GatewayShardContext context)
{
    private readonly ILogger _logger = context.Logger;
    private GatewaySession? _session;
    private long _sequence = -1;
    private volatile ShardState _state;
    private volatile bool _healthy;

    public int Id => id;

    public int Count => count;

    public ShardState State => _state;

    /// <summary>The close code that stopped the shard, when <see cref="State"/> is <see cref="ShardState.Failed"/>.</summary>
    public int? FatalCloseCode { get; private set; }

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var delays = context.Configuration.Reconnect.GetDelays().GetEnumerator();
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                var end = await ConnectOnceAsync(cancellationToken).ConfigureAwait(false);
                if (end is null)
                {
                    break;
                }

                if (end.Action == ConnectionAction.Stop)
                {
                    FatalCloseCode = end.CloseCode;
                    _state = ShardState.Failed;
                    context.OnFatal(this, end.CloseCode ?? 0);
                    return;
                }

                if (end.Action == ConnectionAction.Identify)
                {
                    _session = null;
                    Interlocked.Exchange(ref _sequence, -1);
                }

                if (end.Healthy)
                {
                    delays.Dispose();
                    delays = context.Configuration.Reconnect.GetDelays().GetEnumerator();
                }

                var backoff = delays.MoveNext() ? delays.Current : TimeSpan.FromMinutes(1);
                var delay = backoff > end.MinimumDelay ? backoff : end.MinimumDelay;
                _state = ShardState.Reconnecting;
                var how = _session is null ? "identify" : "resume";
                DiscordMetrics.Reconnect(how);
                LogReconnecting(id, end.Reason, how, delay.TotalMilliseconds);
                await Task.Delay(delay, context.Clock, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
        finally
        {
            delays.Dispose();
            if (_state != ShardState.Failed)
            {
                _state = ShardState.Stopped;
            }
        }
    }

    /// <summary>One connection from open to end; null when stopping.</summary>
    private async Task<ConnectionEnd?> ConnectOnceAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await RunConnectionAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return null;
        }
        catch (Exception e) when (e is WebSocketException or IOException or HttpRequestException or System.Text.Json.JsonException or OperationCanceledException)
        {
            LogConnectionFailed(id, e.GetType().Name, e.Message);
            return new ConnectionEnd(ConnectionAction.Resume, "connection failed", Healthy: false);
        }
    }

    private async Task<ConnectionEnd> RunConnectionAsync(CancellationToken cancellationToken)
    {
        var session = _session;
        _healthy = false;
        if (session is null)
        {
            // A new session spends the daily budget; when it is spent, wait before connecting rather than hold a socket open.
            _state = ShardState.WaitingToIdentify;
            await context.IdentifyBudget.SpendAsync(cancellationToken).ConfigureAwait(false);
        }

        _state = ShardState.Connecting;
        await using var connection = await GatewayConnection.ConnectAsync(
            GatewayUri(session?.ResumeUrl ?? gatewayUrl), context.Clock, context.Configuration.CloseTimeout, cancellationToken).ConfigureAwait(false);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>(16 * 1024);

        var first = await connection.ReceiveAsync(buffer, cancellationToken).ConfigureAwait(false);
        if (first.Closed)
        {
            await connection.CloseAsync(GatewayCloseCodes.Reply(first.CloseCode), "closed by Discord").ConfigureAwait(false);
            return ConnectionEnd.FromClose(first.CloseCode, first.CloseReason, healthy: false);
        }

        var hello = GatewayFrame.Parse(buffer.WrittenMemory);
        if (hello.Op != GatewayOpcode.Hello)
        {
            // op 7 can arrive even before HELLO.
            await connection.CloseAsync(GatewayCloseCodes.Resumable, "reconnecting").ConfigureAwait(false);
            return new ConnectionEnd(ConnectionAction.Resume, $"op {(int)hello.Op} before HELLO", Healthy: false);
        }

        var interval = TimeSpan.FromMilliseconds(System.Text.Json.JsonSerializer.Deserialize(hello.Data.Span, DiscordJsonContext.Default.JsonHello)!.HeartbeatInterval);
        var heartbeater = new Heartbeater(connection, () => Interlocked.Read(ref _sequence), context.Clock, context.Configuration.Random);
        using var connectionScope = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var heartbeat = heartbeater.RunAsync(interval, connectionScope.Token);
        try
        {
            if (session is null)
            {
                // Discord counts IDENTIFY sends, so the slot is taken right before sending (heartbeats keep the connection alive meanwhile).
                _state = ShardState.WaitingToIdentify;
                await context.IdentifyGate.WaitAsync(id, cancellationToken).ConfigureAwait(false);
                _state = ShardState.Identifying;
                await connection.SendAsync(GatewayPayloads.Identify(context.Token, context.Intents, id, count), heartbeat: false, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                _state = ShardState.Resuming;
                await connection.SendAsync(
                    GatewayPayloads.Resume(context.Token, session.SessionId, Interlocked.Read(ref _sequence)), heartbeat: false, cancellationToken).ConfigureAwait(false);
            }

            return await ReceiveLoopAsync(connection, buffer, heartbeater, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: 1000 ends the session cleanly (the bot shows offline at once).
            await connection.CloseAsync(GatewayCloseCodes.Normal, "shutting down").ConfigureAwait(false);
            throw;
        }
        catch (Exception e) when (heartbeater.IsZombie && e is WebSocketException or OperationCanceledException or ObjectDisposedException)
        {
            return Zombie();
        }
        catch (WebSocketException e)
        {
            return new ConnectionEnd(ConnectionAction.Resume, $"connection lost ({e.WebSocketErrorCode})", _healthy);
        }
        finally
        {
            await connectionScope.CancelAsync().ConfigureAwait(false);
            await heartbeat.ConfigureAwait(false);
        }
    }

    private ConnectionEnd Zombie()
    {
        LogZombie(id);
        return new ConnectionEnd(ConnectionAction.Resume, "no heartbeat ACK (zombie connection)", _healthy);
    }

    /// <summary>The gateway URL with the version and encoding DealBot speaks.</summary>
    private static Uri GatewayUri(Uri url) => new UriBuilder(url) { Query = "v=10&encoding=json" }.Uri;
}
