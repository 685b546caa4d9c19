using DealBot.Discord.Json;

namespace DealBot.Discord.Rendering;

/// <summary>What DealBot posts: short content (what notifications show) and at most one embed with the detail.</summary>
internal sealed record DiscordReply(string Content, JsonEmbed? Embed)
{
    public List<JsonEmbed>? Embeds => Embed is null ? null : [Embed];

    /// <summary>A reply to a message: it references the question and pings nobody, the asker only if configured.</summary>
    public JsonCreateMessage ToMessage(string replyToMessageId, bool pingAsker) => new()
    {
        Content = Content,
        Embeds = Embeds,
        AllowedMentions = new JsonAllowedMentions { Parse = [], RepliedUser = pingAsker },
        MessageReference = new JsonMessageReference { MessageId = replyToMessageId, FailIfNotExists = false },
    };

    /// <summary>An interaction response's message or an edit of it: pings nobody.</summary>
    public JsonCreateMessage ToEdit() => new() { Content = Content, Embeds = Embeds, AllowedMentions = new JsonAllowedMentions { Parse = [] } };

    public JsonInteractionCallbackData ToCallbackData(bool ephemeral) => new()
    {
        Content = Content,
        Embeds = Embeds,
        AllowedMentions = new JsonAllowedMentions { Parse = [] },
        Flags = ephemeral ? 64 : null,
    };
}
