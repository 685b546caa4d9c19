using System.Buffers.Binary;
using System.Collections.Concurrent;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace DealBot.Chat.Safety;

/// <summary>
/// Answers each delivery once: platforms redeliver (Slack retries, gateway replays after a resume), and a second
/// reply to the same question is a bug users see. Ids are remembered for a window (10 minutes in the host).
/// </summary>
/// <remarks>
/// A busy bot sees hundreds of thousands of ids in a window, so each is kept small: the first 128 bits of its SHA-256
/// (two different ids sharing them is practically impossible) and the time in ticks, about 56 bytes in place of ~130
/// for the id string and a <see cref="DateTimeOffset"/>.
/// </remarks>
public sealed class DeliveryDeduplicator : IDeliveryDeduplicator
{
    private readonly TimeProvider _clock;
    private readonly TimeSpan _window;
    private readonly ConcurrentDictionary<UInt128, long> _seen = new();
    private readonly PeriodicSweep _sweep;

    public DeliveryDeduplicator(TimeProvider clock, TimeSpan window)
    {
        _clock = clock;
        _window = window;
        _sweep = new PeriodicSweep(Sweep, clock);
    }

    /// <summary>Ids remembered, expired ones included until the next sweep.</summary>
    internal int Count => _seen.Count;

    internal Task LastSweep => _sweep.LastSweep;

    /// <summary>True the first time an id is seen within the window; false for a repeat.</summary>
    public bool TryBegin(string deliveryId)
    {
        var now = _clock.GetUtcNow().UtcTicks;
        _sweep.Tick();

        var key = Digest(deliveryId);
        while (true)
        {
            if (_seen.TryAdd(key, now))
            {
                return true;
            }

            if (!_seen.TryGetValue(key, out var at) || now - at <= _window.Ticks)
            {
                return false;
            }

            // Expired: claim it again, but only if no other thread did first.
            if (_seen.TryUpdate(key, now, at))
            {
                return true;
            }
        }
    }

    private static UInt128 Digest(string id)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(MemoryMarshal.AsBytes(id.AsSpan()), hash);
        return BinaryPrimitives.ReadUInt128LittleEndian(hash);
    }

    private void Sweep(DateTimeOffset now)
    {
        foreach (var entry in _seen)
        {
            if (now.UtcTicks - entry.Value > _window.Ticks)
            {
                _seen.TryRemove(entry);
            }
        }
    }
}
