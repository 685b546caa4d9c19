using System.Net.WebSockets;

namespace DealBot.Discord.Gateway;

/// <summary>
/// Heartbeats one connection: the first after <c>interval × jitter</c>, then every interval, each carrying the last
/// sequence. If the previous heartbeat was never ACKed the connection is a zombie: it is closed with 4000 (resumable)
/// so the shard reconnects and resumes instead of sitting on a dead socket.
/// </summary>
internal sealed class Heartbeater(GatewayConnection connection, Func<long> lastSequence, TimeProvider clock, Random random)
{
    private int _awaitingAck;
    private volatile bool _zombie;

    public bool IsZombie => _zombie;

    public async Task RunAsync(TimeSpan interval, CancellationToken cancellationToken)
    {
        try
        {
            await Task.Delay(interval * random.NextDouble(), clock, cancellationToken).ConfigureAwait(false);
            while (true)
            {
                if (Volatile.Read(ref _awaitingAck) != 0)
                {
                    _zombie = true;
                    await connection.CloseAsync(GatewayCloseCodes.Resumable, "no heartbeat ACK").ConfigureAwait(false);
                    return;
                }

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
    public ValueTask BeatAsync(CancellationToken cancellationToken)
    {
        Volatile.Write(ref _awaitingAck, 1);
        return connection.SendAsync(GatewayPayloads.Heartbeat(lastSequence()), heartbeat: true, cancellationToken);
    }

    public void Acknowledge() => Volatile.Write(ref _awaitingAck, 0);
}
