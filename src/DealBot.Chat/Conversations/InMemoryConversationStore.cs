using System.Collections.Concurrent;
using DealBot.Core.Queries;

namespace DealBot.Chat.Conversations;

/// <summary>
/// Context in process memory. Entries expire after <paramref name="timeToLive"/> (a follow-up an hour later is a new
/// question) and the store is capped, so a busy server cannot grow it without bound.
/// </summary>
public sealed class InMemoryConversationStore(TimeProvider clock, TimeSpan timeToLive, int capacity = 100_000) : IConversationStore
{
    private readonly ConcurrentDictionary<ConversationKey, (DealQuery Query, DateTimeOffset At)> _entries = new();

    public DealQuery? GetLast(ConversationKey key) =>
        _entries.TryGetValue(key, out var entry) && clock.GetUtcNow() - entry.At <= timeToLive ? entry.Query : null;

    public void SetLast(ConversationKey key, DealQuery query)
    {
        var now = clock.GetUtcNow();
        if (_entries.Count >= capacity)
        {
            foreach (var stale in _entries.Where(e => now - e.Value.At > timeToLive).Select(e => e.Key).ToList())
            {
                _entries.TryRemove(stale, out _);
            }

            if (_entries.Count >= capacity)
            {
                // Still full of live entries: drop the oldest so the newest conversation keeps its context.
                var oldest = _entries.MinBy(e => e.Value.At).Key;
                _entries.TryRemove(oldest, out _);
            }
        }

        _entries[key] = (query, now);
    }
}
