using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace DealBot.Chat.Safety;

/// <summary>
/// Answers each delivery once: platforms redeliver (Slack retries, gateway replays after a resume), and a second
/// reply to the same question is a bug users see. Ids are remembered for at least a window (10 minutes in the host)
/// and forgotten within a quarter of a window after it.
/// </summary>
/// <remarks>
/// A busy bot sees hundreds of thousands of ids in a window, so each is kept small: the first 64 bits of its SHA-256
/// (with a million ids in a window, two sharing them has odds of about one in 36 million) in one of five generations,
/// each a quarter of the window long. An id is looked up in all of them; the oldest is dropped whole as time moves on,
/// so nothing stores a time per id or scans for expired ones. About 25–40 bytes an id.
/// </remarks>
public sealed class DeliveryDeduplicator : IDeliveryDeduplicator
{
    // Generations a window is split into; one more is kept, the one still filling.
    private const int GenerationsPerWindow = 4;

    private readonly TimeProvider _clock;
    private readonly long _generationTicks;
    private readonly HashSet<ulong>[] _generations = new HashSet<ulong>[GenerationsPerWindow + 1];
    private readonly Lock _gate = new();
    private long _current;

    public DeliveryDeduplicator(TimeProvider clock, TimeSpan window)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(window, TimeSpan.Zero);
        _clock = clock;
        _generationTicks = Math.Max(1, window.Ticks / GenerationsPerWindow);
        for (var i = 0; i < _generations.Length; i++)
        {
            _generations[i] = [];
        }

        _current = Generation();
    }

    /// <summary>Ids remembered.</summary>
    internal int Count
    {
        get
        {
            lock (_gate)
            {
                return _generations.Sum(g => g.Count);
            }
        }
    }

    /// <summary>True the first time an id is seen within the window; false for a repeat.</summary>
    public bool TryBegin(string deliveryId)
    {
        var key = Digest(deliveryId);
        var generation = Generation();
        lock (_gate)
        {
            MoveTo(generation);
            foreach (var seen in _generations)
            {
                if (seen.Contains(key))
                {
                    return false;
                }
            }

            return _generations[Slot(_current)].Add(key);
        }
    }

    /// <summary>In memory: completes at once.</summary>
    ValueTask<bool> IDeliveryDeduplicator.TryBeginAsync(string deliveryId, CancellationToken cancellationToken) => new(TryBegin(deliveryId));

    private long Generation() => _clock.GetUtcNow().UtcTicks / _generationTicks;

    private static int Slot(long generation) => (int)(generation % (GenerationsPerWindow + 1));

    /// <summary>Starts each generation that began since the last call, dropping the one that falls out of the window.</summary>
    private void MoveTo(long generation)
    {
        // A new set rather than Clear(): a burst's capacity is given back instead of kept for good.
        for (var g = Math.Max(_current + 1, generation - GenerationsPerWindow); g <= generation; g++)
        {
            _generations[Slot(g)] = [];
        }

        _current = Math.Max(_current, generation);
    }

    private static ulong Digest(string id)
    {
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(MemoryMarshal.AsBytes(id.AsSpan()), hash);
        return BinaryPrimitives.ReadUInt64LittleEndian(hash);
    }
}
