using DealBot.Redis.Conversations;
using DealBot.Redis.Safety;
using StackExchange.Redis;

namespace DealBot.Redis.Tests.Fixtures;

/// <summary>
/// What one bot replica holds: its own Redis connection and its own store objects, sharing only the server and the
/// key prefix with the other replicas of the same test. Disposing it is a replica going away.
/// </summary>
public sealed class BotInstance(RedisServer server, string prefix, TimeProvider? clock = null) : IDisposable
{
    private readonly IConnectionMultiplexer _connection = server.Connect();
    private readonly RecordingLogger<RedisFallback> _log = new();
    private RedisFallback? _fallback;

    public TimeProvider Clock { get; } = clock ?? TimeProvider.System;

    public RedisKeys Keys { get; } = new(prefix);

    public IDatabase Database => _connection.GetDatabase();

    /// <summary>
    /// This replica's breaker, with a generous call timeout (a busy test machine can be slow; these tests are about
    /// sharing): what it logs is in <see cref="Failures"/>.
    /// </summary>
    public RedisFallback Fallback => _fallback ??= new(_log, Clock, Patience);

    /// <summary>How long these tests let one Redis call, or one message's calls, take.</summary>
    public static TimeSpan Patience { get; } = TimeSpan.FromSeconds(5);

    /// <summary>Redis failures this replica fell back on; tests of shared state expect none.</summary>
    public IReadOnlyCollection<string> Failures => _log.Messages;

    public RedisConversationStore Conversations(TimeSpan lifetime) => new(Database, Keys, lifetime, Fallback);

    public RedisDeliveryDeduplicator Deduplicator(TimeSpan window) => new(Database, Keys, window, Fallback);

    public RedisUserRateLimiter RateLimiter(int perMinute, int burst) => new(Database, Keys, Clock, perMinute, burst, Fallback);

    /// <summary>A key prefix no other test uses.</summary>
    public static string NewPrefix() => $"test-{Guid.NewGuid():N}:";

    public void Dispose()
    {
        _connection.Dispose();
        _fallback?.Dispose();
        Assert.True(_log.Messages.IsEmpty, $"Redis failed, so the fallback answered: {string.Join(" | ", _log.Messages)}");
    }
}
