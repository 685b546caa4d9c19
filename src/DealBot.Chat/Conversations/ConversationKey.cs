namespace DealBot.Chat.Conversations;

/// <summary>
/// Identifies one conversation for follow-ups: a platform, a place (channel, thread or DM) and a person, so that
/// two people in one channel each keep their own context.
/// </summary>
public readonly record struct ConversationKey(string Platform, string Place, string User)
{
    public override string ToString() => $"{Platform}:{Place}:{User}";
}
