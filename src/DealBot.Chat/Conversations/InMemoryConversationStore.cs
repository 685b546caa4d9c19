using System.Buffers.Binary;
using System.Collections.Concurrent;
using DealBot.Core.Queries;

namespace DealBot.Chat.Conversations;

/// <summary>
/// Context in process memory. Entries expire after a time to live (a follow-up an hour later is a new question) and
/// are swept away in the background every <see cref="PeriodicSweep.DefaultEvery"/> writes, and the store is capped, so
/// a busy server cannot grow it without bound.
/// </summary>
/// <remarks>
/// A busy server has tens of thousands of conversations, so each is kept small (about 120 bytes in place of ~515 for
/// the key's strings and the query object): the key's 128-bit <see cref="ConversationKey.Digest"/>, and one array
/// holding the time of the last question (8 bytes) then the query encoded (<see cref="ConversationCodec"/>), decoded
/// again only when a follow-up asks for it. A new question replaces the array whole, so readers never see half of one.
/// </remarks>
public sealed class InMemoryConversationStore : IConversationStore
{
    private const int TimeBytes = sizeof(long);

    private readonly ConcurrentDictionary<UInt128, byte[]> _entries = new();
    private readonly TimeProvider _clock;
    private readonly TimeSpan _timeToLive;
    private readonly int _capacity;
    private readonly PeriodicSweep _sweep;

    // ConcurrentDictionary.Count takes every lock; this count is kept alongside (approximate between sweeps, which
    // recount it) so a write never does.
    private int _count;

    public InMemoryConversationStore(TimeProvider clock, TimeSpan timeToLive, int capacity = 100_000)
    {
        _clock = clock;
        _timeToLive = timeToLive;
        _capacity = capacity;
        _sweep = new PeriodicSweep(Sweep, clock);
    }

    /// <summary>Entries held, expired ones included until the next sweep.</summary>
    internal int Count => Volatile.Read(ref _count);

    internal Task LastSweep => _sweep.LastSweep;

    public DealQuery? GetLast(ConversationKey key) =>
        _entries.TryGetValue(key.Digest(), out var entry) && !Expired(entry, _clock.GetUtcNow())
            ? ConversationCodec.Decode(entry.AsSpan(TimeBytes))
            : null;

    public void SetLast(ConversationKey key, DealQuery query)
    {
        var now = _clock.GetUtcNow();
        var entry = ConversationCodec.Encode(query, room: TimeBytes);
        BinaryPrimitives.WriteInt64LittleEndian(entry, now.UtcTicks);
        _sweep.Tick();
        if (Volatile.Read(ref _count) >= _capacity)
        {
            // Full: this write makes room itself rather than wait for the next background sweep.
            Sweep(now);
        }

        var digest = key.Digest();
        if (_entries.TryAdd(digest, entry))
        {
            Interlocked.Increment(ref _count);
        }
        else
        {
            _entries[digest] = entry;
        }
    }

    ValueTask<DealQuery?> IConversationStore.GetLastAsync(ConversationKey key, CancellationToken cancellationToken) => new(GetLast(key));

    ValueTask IConversationStore.SetLastAsync(ConversationKey key, DealQuery query, CancellationToken cancellationToken)
    {
        SetLast(key, query);
        return ValueTask.CompletedTask;
    }

    private static long At(byte[] entry) => BinaryPrimitives.ReadInt64LittleEndian(entry);

    private bool Expired(byte[] entry, DateTimeOffset now) => now.UtcTicks - At(entry) > _timeToLive.Ticks;

    /// <summary>Drops expired entries; when the live ones still fill the store, the oldest tenth goes too.</summary>
    private void Sweep(DateTimeOffset now)
    {
        foreach (var entry in _entries)
        {
            if (Expired(entry.Value, now))
            {
                _entries.TryRemove(entry);
            }
        }

        var live = _entries.Count;
        if (live >= _capacity)
        {
            // Still full of live conversations: make room in one go (not one scan per write), keeping the newest.
            foreach (var oldest in _entries.OrderBy(e => At(e.Value)).Take(live - (_capacity - (_capacity / 10) - 1)))
            {
                _entries.TryRemove(oldest);
            }

            live = _entries.Count;
        }

        Volatile.Write(ref _count, live);
    }
}
