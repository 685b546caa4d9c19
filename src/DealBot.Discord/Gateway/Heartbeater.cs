using System.Net.WebSockets;

namespace DealBot.Discord.Gateway;

/// <summary>
/// Heartbeats one connection: the first after <c>interval × jitter</c>, then every interval, each carrying the last
/// sequence. If no ACK at all arrived between two scheduled heartbeats the connection is a zombie: it is closed with
/// 4000 (resumable) so the shard reconnects and resumes instead of sitting on a dead socket. Heartbeats sent because
/// Discord asked (op 1) do not reset that check: one sent just before a scheduled beat may simply not be ACKed yet.
/// </summary>
internal sealed class Heartbeater(GatewayConnection connection, Func<long> lastSequence, TimeProvider clock, Random random)
{
    /// <summary>ACKs received on this connection; only the receive loop writes it.</summary>
    private int _acks;
    private volatile bool _zombie;

    public bool IsZombie => _zombie;

    public async Task RunAsync(TimeSpan interval, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(interval * random.NextDouble(), clock, cancellationToken).ConfigureAwait(false);
            int? acksAtLastBeat = null;
            while (true)
            {
                // Read before sending: this beat's own ACK can only arrive after it, so it counts toward the next check.
                var acks = Volatile.Read(ref _acks);
                if (acks == acksAtLastBeat)
                {
                    _zombie = true;
                    await connection.CloseAsync(GatewayCloseCodes.Resumable, "no heartbeat ACK").ConfigureAwait(false);
                    return;
                }

                acksAtLastBeat = acks;
                await BeatAsync(cancellationToken).ConfigureAwait(false);
                await Task.Delay(interval, clock, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException or ObjectDisposedException)
        {
            // The connection ended; the receive loop decides what happens next.
        }
    }

    /// <summary>Sends a heartbeat now (on schedule, or because Discord asked with op 1).</summary>
    public ValueTask BeatAsync(CancellationToken cancellationToken) =>
        connection.SendAsync(GatewayPayloads.Heartbeat(lastSequence()), heartbeat: true, cancellationToken);

    public void Acknowledge() => Interlocked.Increment(ref _acks);
}
