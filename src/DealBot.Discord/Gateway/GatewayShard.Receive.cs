using System.Buffers;
using System.Text.Json;
using DealBot.Discord.Json;

namespace DealBot.Discord.Gateway;

/// <summary>The receive loop: it only reads, records the sequence and hands events on; answering happens elsewhere.</summary>
internal sealed partial class GatewayShard
{
    private async Task<ConnectionEnd> ReceiveLoopAsync(
        GatewayConnection connection, ArrayBufferWriter<byte> buffer, Heartbeater heartbeater, CancellationToken cancellationToken)
    {
        while (true)
        {
            var received = await connection.ReceiveAsync(buffer, cancellationToken).ConfigureAwait(false);
            if (received.Closed)
            {
                // Complete the close handshake instead of dropping the socket; the reply keeps the session resumable.
                await connection.CloseAsync(GatewayCloseCodes.Reply(received.CloseCode), "closed by Discord").ConfigureAwait(false);
                return heartbeater.IsZombie ? Zombie() : ConnectionEnd.FromClose(received.CloseCode, received.CloseReason, _healthy);
            }

            var frame = GatewayFrame.Parse(buffer.WrittenMemory);
            switch (frame.Op)
            {
                case GatewayOpcode.Dispatch:
                    if (frame.Sequence is { } sequence)
                    {
                        Interlocked.Exchange(ref _sequence, sequence);
                    }

                    await DispatchAsync(frame, cancellationToken).ConfigureAwait(false);
                    break;

                case GatewayOpcode.Heartbeat:
                    await heartbeater.BeatAsync(cancellationToken).ConfigureAwait(false);
                    break;

                case GatewayOpcode.HeartbeatAck:
                    heartbeater.Acknowledge();
                    break;

                case GatewayOpcode.Reconnect:
                    await connection.CloseAsync(GatewayCloseCodes.Resumable, "reconnect requested").ConfigureAwait(false);
                    return new ConnectionEnd(ConnectionAction.Resume, "Discord asked for a reconnect (op 7)", _healthy);

                case GatewayOpcode.InvalidSession:
                    var resumable = frame.DataIsTrue;
                    await connection.CloseAsync(resumable ? GatewayCloseCodes.Resumable : GatewayCloseCodes.Normal, "invalid session").ConfigureAwait(false);
                    return new ConnectionEnd(
                        resumable ? ConnectionAction.Resume : ConnectionAction.Identify,
                        resumable ? "invalid session (resumable, op 9)" : "invalid session (op 9)",
                        _healthy,
                        context.Configuration.InvalidSessionDelay());
            }
        }
    }

    private async ValueTask DispatchAsync(GatewayFrame frame, CancellationToken cancellationToken)
    {
        try
        {
            switch (frame.Type)
            {
                case "MESSAGE_CREATE":
                    var message = JsonSerializer.Deserialize(frame.Data.Span, DiscordJsonContext.Default.JsonMessage)!;
                    await context.Sink.OnMessageCreatedAsync(message, context.Clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
                    break;

                case "INTERACTION_CREATE":
                    var interaction = JsonSerializer.Deserialize(frame.Data.Span, DiscordJsonContext.Default.JsonInteraction)!;
                    await context.Sink.OnInteractionCreatedAsync(interaction, context.Clock.GetUtcNow(), cancellationToken).ConfigureAwait(false);
                    break;

                case "READY":
                    OnReady(JsonSerializer.Deserialize(frame.Data.Span, DiscordJsonContext.Default.JsonReady)!);
                    break;

                case "RESUMED":
                    _healthy = true;
                    _state = ShardState.Ready;
                    LogResumed(id, Interlocked.Read(ref _sequence));
                    break;
            }
        }
        catch (JsonException e)
        {
            LogBadEvent(id, frame.Type, e.Message);
        }
    }

    private void OnReady(JsonReady ready)
    {
        var resumeUrl = Uri.TryCreate(ready.ResumeGatewayUrl, UriKind.Absolute, out var url) ? url : gatewayUrl;
        _session = new GatewaySession(ready.SessionId, resumeUrl);
        context.Identity.OnReady(ready.User.Id, ready.Application?.Id);
        _healthy = true;
        _state = ShardState.Ready;
        LogReady(id, count, ready.User.Id);
        context.OnReady(this);
    }
}
