using System.Collections.Concurrent;
using DealBot.Core.Queries;

namespace DealBot.Chat.Conversations;

/// <summary>
/// Context in process memory. Entries expire after a time to live (a follow-up an hour later is a new question) and
/// are swept away in the background every <see cref="PeriodicSweep.DefaultEvery"/> writes, and the store is capped, so
/// a busy server cannot grow it without bound. Each query is held encoded (<see cref="ConversationCodec"/>): a few dozen
/// bytes instead of a few hundred for the object, decoded again only when a follow-up asks for it.
/// </summary>
public sealed class InMemoryConversationStore : IConversationStore
{
    private readonly ConcurrentDictionary<ConversationKey, (byte[] Encoded, DateTimeOffset At)> _entries = new();
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
        _entries.TryGetValue(key, out var entry) && _clock.GetUtcNow() - entry.At <= _timeToLive
            ? ConversationCodec.Decode(entry.Encoded)
            : null;

    public void SetLast(ConversationKey key, DealQuery query)
    {
        var encoded = ConversationCodec.Encode(query);
        var now = _clock.GetUtcNow();
        _sweep.Tick();
        if (Volatile.Read(ref _count) >= _capacity)
        {
            // Full: this write makes room itself rather than wait for the next background sweep.
            Sweep(now);
        }

        if (_entries.TryAdd(key, (encoded, now)))
        {
            Interlocked.Increment(ref _count);
        }
        else
        {
            _entries[key] = (encoded, now);
        }
    }

    /// <summary>Drops expired entries; when the live ones still fill the store, the oldest tenth goes too.</summary>
    private void Sweep(DateTimeOffset now)
    {
        foreach (var entry in _entries)
        {
            if (now - entry.Value.At > _timeToLive)
            {
                _entries.TryRemove(entry);
            }
        }

        var live = _entries.Count;
        if (live >= _capacity)
        {
            // Still full of live conversations: make room in one go (not one scan per write), keeping the newest.
            foreach (var oldest in _entries.OrderBy(e => e.Value.At).Take(live - (_capacity - (_capacity / 10) - 1)))
            {
                _entries.TryRemove(oldest);
            }

            live = _entries.Count;
        }

        Volatile.Write(ref _count, live);
    }
}
