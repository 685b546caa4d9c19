using DealBot.Core.Queries;

namespace DealBot.Chat.Conversations;

/// <summary>Remembers the last understood question of each conversation, so "and per year?" has a referent.</summary>
public interface IConversationStore
{
    DealQuery? GetLast(ConversationKey key);

    void SetLast(ConversationKey key, DealQuery query);
}
