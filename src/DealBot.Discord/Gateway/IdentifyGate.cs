namespace DealBot.Discord.Gateway;

/// <summary>
/// Discord allows <c>max_concurrency</c> IDENTIFYs per 5 s, one per bucket <c>shard_id % max_concurrency</c>. Each
/// shard reserves the next free slot of its bucket in arrival order, so buckets start in order and a reconnect storm
/// cannot burn the 1000-a-day identify budget faster than Discord permits.
/// </summary>
internal sealed class IdentifyGate(int maxConcurrency, TimeSpan interval, TimeProvider clock)
{
    private readonly DateTimeOffset[] _nextFree = new DateTimeOffset[Math.Max(1, maxConcurrency)];

    public int MaxConcurrency => _nextFree.Length;

    /// <summary>The instant at which <paramref name="shardId"/> may identify; the slot is taken.</summary>
    public DateTimeOffset Reserve(int shardId)
    {
        lock (_nextFree)
        {
            var bucket = shardId % _nextFree.Length;
            var now = clock.GetUtcNow();
            var slot = _nextFree[bucket] > now ? _nextFree[bucket] : now;
            _nextFree[bucket] = slot + interval;
            return slot;
        }
    }

    public ValueTask WaitAsync(int shardId, CancellationToken cancellationToken) =>
        ClockWait.UntilAsync(clock, Reserve(shardId), cancellationToken);
}
