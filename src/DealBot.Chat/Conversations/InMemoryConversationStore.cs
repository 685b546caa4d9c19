using System.Collections.Concurrent;
using DealBot.Core.Queries;

namespace DealBot.Chat.Conversations;

/// <summary>
/// Context in process memory. Entries expire after <paramref name="timeToLive"/> (a follow-up an hour later is a new
/// question) and are swept away every <see cref="SweepEvery"/> writes, and the store is capped, so a busy server cannot
/// grow it without bound.
/// </summary>
public sealed class InMemoryConversationStore(TimeProvider clock, TimeSpan timeToLive, int capacity = 100_000) : IConversationStore
{
    /// <summary>Writes between sweeps of expired entries: rare enough to cost nothing per question.</summary>
    public const int SweepEvery = 1024;

    private readonly ConcurrentDictionary<ConversationKey, (DealQuery Query, DateTimeOffset At)> _entries = new();

    // ConcurrentDictionary.Count takes every lock; this count is kept alongside (approximate between sweeps, which
    // recount it) so a write never does.
    private int _count;
    private long _writes;

    /// <summary>Entries held, expired ones included until the next sweep.</summary>
    internal int Count => Volatile.Read(ref _count);

    public DealQuery? GetLast(ConversationKey key) =>
        _entries.TryGetValue(key, out var entry) && clock.GetUtcNow() - entry.At <= timeToLive ? entry.Query : null;

    public void SetLast(ConversationKey key, DealQuery query)
    {
        var now = clock.GetUtcNow();
        if (Interlocked.Increment(ref _writes) % SweepEvery == 0 || Volatile.Read(ref _count) >= capacity)
        {
            Sweep(now);
        }

        if (_entries.TryAdd(key, (query, now)))
        {
            Interlocked.Increment(ref _count);
        }
        else
        {
            _entries[key] = (query, now);
        }
    }

    /// <summary>Drops expired entries; when the live ones still fill the store, the oldest tenth goes too.</summary>
    private void Sweep(DateTimeOffset now)
    {
        foreach (var entry in _entries)
        {
            if (now - entry.Value.At > timeToLive)
            {
                _entries.TryRemove(entry);
            }
        }

        var live = _entries.Count;
        if (live >= capacity)
        {
            // Still full of live conversations: make room in one go (not one scan per write), keeping the newest.
            foreach (var oldest in _entries.OrderBy(e => e.Value.At).Take(live - (capacity - (capacity / 10) - 1)))
            {
                _entries.TryRemove(oldest);
            }

            live = _entries.Count;
        }

        Volatile.Write(ref _count, live);
    }
}
