namespace DealBot.Chat.Safety;

/// <summary>
/// Makes text safe to post: @everyone, @here, role/user/channel mentions and Slack's special mentions are broken
/// with a zero-width space, so nothing DealBot says can ping anyone, whatever the question contained.
/// Platforms still send their own "allowed mentions: none" as the second guard.
/// </summary>
public static class MentionSanitizer
{
    private const string ZeroWidthSpace = "\u200B";

    public static string Neutralize(string text)
    {
        if (text.IndexOf('@') < 0 && text.IndexOf('<') < 0)
        {
            return text;
        }

        return text
            .Replace("@everyone", "@" + ZeroWidthSpace + "everyone", StringComparison.OrdinalIgnoreCase)
            .Replace("@here", "@" + ZeroWidthSpace + "here", StringComparison.OrdinalIgnoreCase)
            .Replace("@channel", "@" + ZeroWidthSpace + "channel", StringComparison.OrdinalIgnoreCase)
            .Replace("<@", "<" + ZeroWidthSpace + "@", StringComparison.Ordinal)
            .Replace("<!", "<" + ZeroWidthSpace + "!", StringComparison.Ordinal)
            .Replace("<#", "<" + ZeroWidthSpace + "#", StringComparison.Ordinal);
    }
}
