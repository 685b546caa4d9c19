using DealBot.Charts;
using DealBot.Discord.Json;
using DealBot.Discord.Rest;

namespace DealBot.Discord.Rendering;

/// <summary>
/// What DealBot posts: short content (what notifications show), at most one embed with the detail and, when the answer
/// was drawn, the chart as an attached file that the embed shows (<c>attachment://chart.png</c>).
/// </summary>
internal sealed record DiscordReply(string Content, JsonEmbed? Embed, ChartImage? Chart = null)
{
    /// <summary>Discord's limit on an attachment's description (its alt text).</summary>
    private const int AltTextMax = 1024;

    public List<JsonEmbed>? Embeds => Embed is null ? null : [Embed];

    /// <summary>The files to send as multipart parts (<c>files[0]</c>); null sends plain JSON.</summary>
    public IReadOnlyList<RestFile>? Files => Chart is null ? null : [new RestFile(Chart.FileName, "image/png", Chart.Png)];

    private List<JsonAttachment>? Attachments => Chart is null
        ? null
        : [new JsonAttachment { Id = 0, Filename = Chart.FileName, Description = DiscordLimits.Truncate(Chart.AltText, AltTextMax) }];

    /// <summary>
    /// A reply to a message: it references the question and pings nobody, the asker only if configured. The question's
    /// id (a snowflake, at most 20 digits) is the nonce: one question, one reply, however often the create is retried.
    /// </summary>
    public JsonCreateMessage ToMessage(string replyToMessageId, bool pingAsker) => new()
    {
        Nonce = replyToMessageId,
        EnforceNonce = true,
        Content = Content,
        Embeds = Embeds,
        AllowedMentions = new JsonAllowedMentions { Parse = [], RepliedUser = pingAsker },
        MessageReference = new JsonMessageReference { MessageId = replyToMessageId, FailIfNotExists = false },
        Attachments = Attachments,
    };

    /// <summary>An interaction response's message or an edit of it: pings nobody.</summary>
    public JsonCreateMessage ToEdit() =>
        new() { Content = Content, Embeds = Embeds, AllowedMentions = new JsonAllowedMentions { Parse = [] }, Attachments = Attachments };

    /// <summary>A follow-up message to an interaction (no chart: only notices go this way); 64 makes it ephemeral.</summary>
    public JsonCreateMessage ToFollowup(bool ephemeral) =>
        new() { Content = Content, Embeds = Embeds, AllowedMentions = new JsonAllowedMentions { Parse = [] }, Flags = ephemeral ? 64 : null };

    /// <summary>The first response to an interaction; it never carries the chart (that is edited in after, as multipart).</summary>
    public JsonInteractionCallbackData ToCallbackData(bool ephemeral) => new()
    {
        Content = Content,
        Embeds = Embeds,
        AllowedMentions = new JsonAllowedMentions { Parse = [] },
        Flags = ephemeral ? 64 : null,
    };
}
