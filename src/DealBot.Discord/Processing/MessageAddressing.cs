using System.Text.RegularExpressions;
using DealBot.Discord.Json;

namespace DealBot.Discord.Processing;

/// <summary>
/// Whether a message is for the bot (a DM, a mention of the bot, or a reply to one of its messages) and the question
/// with the bot's mention taken out.
/// </summary>
internal readonly partial record struct MessageAddressing(bool Addressed, string Question)
{
    public static MessageAddressing Of(JsonMessage message, string? botUserId)
    {
        var content = message.Content ?? "";
        if (botUserId is null)
        {
            return new MessageAddressing(message.GuildId is null, content.Trim());
        }

        var mentioned = message.Mentions?.Exists(u => u.Id == botUserId) == true
            || content.Contains($"<@{botUserId}>", StringComparison.Ordinal)
            || content.Contains($"<@!{botUserId}>", StringComparison.Ordinal);
        var question = StripMention(content, botUserId);

        // Without the Message Content intent a reply that does not ping arrives empty: nothing to answer.
        var repliedTo = message.ReferencedMessage?.Author?.Id == botUserId && question.Length > 0;
        return new MessageAddressing(message.GuildId is null || mentioned || repliedTo, question);
    }

    public static string StripMention(string content, string botUserId)
    {
        if (content.IndexOf('<') < 0)
        {
            return content.Trim();
        }

        var stripped = content.Replace($"<@{botUserId}>", " ", StringComparison.Ordinal).Replace($"<@!{botUserId}>", " ", StringComparison.Ordinal);
        return Spaces().Replace(stripped, " ").Trim();
    }

    [GeneratedRegex(@"[ \t]{2,}")]
    private static partial Regex Spaces();
}
