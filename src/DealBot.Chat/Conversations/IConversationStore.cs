using DealBot.Core.Queries;

namespace DealBot.Chat.Conversations;

/// <summary>
/// Remembers the last understood question of each conversation, so "and per year?" has a referent. Asynchronous, so a
/// store that waits on I/O holds no thread.
/// </summary>
public interface IConversationStore
{
    ValueTask<DealQuery?> GetLastAsync(ConversationKey key, CancellationToken cancellationToken = default);

    ValueTask SetLastAsync(ConversationKey key, DealQuery query, CancellationToken cancellationToken = default);
}
