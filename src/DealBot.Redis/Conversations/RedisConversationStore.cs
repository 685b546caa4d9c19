using DealBot.Chat.Conversations;
using DealBot.Core.Queries;
using StackExchange.Redis;

namespace DealBot.Redis.Conversations;

/// <summary>
/// Conversation context in Redis, so a follow-up is understood whichever replica receives it and after a restart.
/// Each conversation is one string key holding the last query in the same encoding the in-memory store keeps
/// (<see cref="ConversationCodec"/>) whose time-to-live is the conversation's lifetime, renewed by every understood
/// question; Redis does the expiry (and, with a maxmemory policy, the capping the in-memory store does by hand). An
/// entry the codec cannot read (another version, or JSON from before it) is no context. While Redis cannot be reached
/// (<see cref="RedisFallback"/>) context is kept in this replica's own memory, so a follow-up
/// asked at the same replica during the outage is still understood, and written to Redis once it is back, unless
/// another replica wrote a newer one meanwhile (<see cref="ConversationScripts.SetUnlessNewer"/>).
/// </summary>
public sealed class RedisConversationStore(IDatabase database, RedisKeys keys, TimeSpan lifetime, RedisFallback fallback) : IConversationStore
{
    private readonly InMemoryConversationStore _alone = new(fallback.Clock, lifetime);

    public ValueTask<DealQuery?> GetLastAsync(ConversationKey key, CancellationToken cancellationToken = default) => fallback.RunAsync(
        "conversation.get",
        async () => ConversationCodec.Decode((byte[]?)await database.StringGetAsync(Key(key)).ConfigureAwait(false)),
        () => _alone.GetLast(key),
        cancellationToken);

    public async ValueTask SetLastAsync(ConversationKey key, DealQuery query, CancellationToken cancellationToken = default)
    {
        var redisKey = Key(key);
        RedisValue[] arguments = [ConversationCodec.Encode(query), (fallback.Clock.GetUtcNow() + lifetime).ToUnixTimeMilliseconds()];
        Task<RedisResult> Write() => database.ScriptEvaluateAsync(ConversationScripts.SetUnlessNewer, [redisKey], arguments);
        await fallback.RunAsync(
            "conversation.set",
            Write,
            () =>
            {
                _alone.SetLast(key, query);
                fallback.DeferWrite(redisKey, Write);
                return RedisResult.Create(0);
            },
            cancellationToken).ConfigureAwait(false);
    }

    private string Key(ConversationKey key) => keys.Conversation(key.Platform, key.Place, key.User);
}
